package org.hyperedge.cli.input;

import java.math.BigDecimal;

/**
 * Numbers from the command line, each within its bounds: a value beyond them is refused with the range, never
 * clamped, and nothing Java says about it (NumberFormatException's "For input string") reaches the user.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A whole number from {@code min} to {@code max}; {@code unit} says what it counts ("days"), or is empty. */
    public static long whole(String what, String text, long min, long max, String unit) {
        String accepted = "give a whole number" + (unit.isEmpty() ? "" : " of " + unit) + " from " + min + " to " + max;
        String digits = text.strip();
        if (!digits.matches("[+-]?[0-9]{1,30}")) {
            throw new InputRefused(what + " " + Text.quote(text) + " is not a whole number; " + accepted);
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InputRefused(what + " " + digits + " is out of range; " + accepted);
        }
        return value.longValueExact();
    }

    /** As {@link #whole(String, String, long, long, String)}, for a value that fits an int. */
    public static int wholeInt(String what, String text, int min, int max, String unit) {
        return (int) whole(what, text, min, max, unit);
    }

    /**
     * A decimal number from {@code min} to {@code max} with at most {@code decimals} decimals: no exponent, no NaN,
     * no infinity, so what is typed is what is meant.
     */
    public static BigDecimal decimal(String what, String text, BigDecimal min, BigDecimal max, int decimals, String unit) {
        String accepted = "give a decimal number" + (unit.isEmpty() ? "" : " of " + unit) + " from " + min.toPlainString()
                + " to " + max.toPlainString() + " with at most " + decimals + " decimals";
        String digits = text.strip();
        if (!digits.matches("[+-]?[0-9]{1,40}(\\.[0-9]{1,40})?")) {
            throw new InputRefused(what + " " + Text.quote(text) + " is not a decimal number like 0.5; " + accepted);
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InputRefused(what + " " + digits + " is out of range; " + accepted);
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            throw new InputRefused(what + " " + digits + " has more than " + decimals + " decimals; " + accepted);
        }
        return value;
    }
}
