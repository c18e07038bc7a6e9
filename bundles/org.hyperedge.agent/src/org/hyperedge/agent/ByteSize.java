package org.hyperedge.agent;

import java.util.Locale;

/** A size as an operator writes it: bytes, or a number with K, M, G or T (powers of 1024), e.g. {@code 256M}. */
final class ByteSize {

    private ByteSize() {
    }

    /** Reads {@code text} as a size between {@code min} and {@code max} bytes; every problem names {@code what}. */
    static long parse(String what, String text, long min, long max) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("\\d{1,16}[KMGT]?B?")) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a size (a number of bytes, or with K, M, G "
                    + "or T, such as 256M)");
        }
        value = value.endsWith("B") ? value.substring(0, value.length() - 1) : value;
        char unit = value.charAt(value.length() - 1);
        int shift = switch (unit) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> 0;
        };
        long number = Long.parseLong(shift == 0 ? value : value.substring(0, value.length() - 1));
        if (number > (max >> shift) || (number << shift) < min) {
            throw new IllegalArgumentException(what + " " + text.strip() + " is outside " + format(min) + "-" + format(max));
        }
        return number << shift;
    }

    static String format(long bytes) {
        for (String unit : new String[] { "T", "G", "M", "K" }) {
            int shift = switch (unit) {
                case "T" -> 40;
                case "G" -> 30;
                case "M" -> 20;
                default -> 10;
            };
            if (bytes >= 1L << shift && bytes % (1L << shift) == 0) {
                return (bytes >> shift) + unit;
            }
        }
        return Long.toString(bytes);
    }
}
