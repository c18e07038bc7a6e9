package org.hyperedge.cli.input;

import java.util.regex.Pattern;

/**
 * Names and free text from the command line. Whatever ends up in a table or in another operator's terminal is
 * refused when it holds a control character (a line break would forge a row), a bidirectional control (it reorders
 * what follows it on screen) or another invisible formatting character, and when it is longer than its bound: it is
 * never cut silently.
 */
public final class Text {

    /** Values echoed in messages are cut to this many characters (a refused value may be megabytes long). */
    private static final int ECHO = 60;

    private Text() {
    }

    /**
     * A name that ends up in a table (a title, a tree, a site, a project, a label): 1 to {@code max} characters,
     * no control or bidirectional character, no white space at either end.
     */
    public static String name(String what, String value, int max) {
        String problem = nameProblem(value, max);
        if (problem != null) {
            throw new InputRefused(what + " " + quote(value) + " " + problem + "; give 1 to " + max
                    + " characters without control or bidirectional characters");
        }
        return value;
    }

    /** A name that also becomes part of a path or a URL-like key: as {@link #name}, and no '/' or '\'. */
    public static String plainName(String what, String value, int max) {
        name(what, value, max);
        if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
            throw new InputRefused(what + " " + quote(value) + " contains a path separator ('/' or '\\'); give a name "
                    + "without one");
        }
        return value;
    }

    /** A name that must also match a pattern, described in words for the message. */
    public static String name(String what, String value, int max, Pattern pattern, String accepted) {
        name(what, value, max);
        if (!pattern.matcher(value).matches()) {
            throw new InputRefused(what + " " + quote(value) + " is not " + accepted);
        }
        return value;
    }

    /** Free text (a ticket's subject, reason, note or comment): 1 to {@code max} characters, no control characters. */
    public static String text(String what, String value, int max) {
        if (value.isBlank()) {
            throw new InputRefused(what + " is empty; give 1 to " + max + " characters");
        }
        if (value.length() > max) {
            throw new InputRefused(what + " has " + value.length() + " characters, more than " + max
                    + "; nothing is cut: shorten it to " + max + " characters or fewer");
        }
        String forbidden = forbiddenCharacter(value);
        if (forbidden != null) {
            throw new InputRefused(what + " " + quote(value) + " contains " + forbidden
                    + "; give text without control or bidirectional characters");
        }
        return value;
    }

    /** Why the value is not a name, or null when it is one. */
    static String nameProblem(String value, int max) {
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.length() > max) {
            return "has " + value.length() + " characters, more than " + max;
        }
        String forbidden = forbiddenCharacter(value);
        if (forbidden != null) {
            return "contains " + forbidden;
        }
        if (!value.equals(value.strip())) {
            return "starts or ends with white space";
        }
        return null;
    }

    /**
     * The first character a name or a line of text must not hold, in words ("a line break (U+000A) at position 4"), or
     * null: control characters, line and paragraph separators, bidirectional controls, other invisible formatting
     * characters (zero-width spaces and joiners, byte order marks), and halves of a character.
     */
    public static String forbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String what = Character.isISOControl(c) ? (c == '\n' || c == '\r' ? "a line break" : c == '\t' ? "a tab"
                    : "a control character")
                    : c == '\u2028' || c == '\u2029' ? "a line break"
                    : isBidiControl(c) ? "a bidirectional control character"
                    : Character.getType(c) == Character.FORMAT ? "an invisible formatting character"
                    : Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                                    && Character.isHighSurrogate(value.charAt(i - 1))) ? "half a character"
                    : null;
            if (what != null) {
                return what + " (" + codePoint(c) + ") at position " + (i + 1);
            }
        }
        return null;
    }

    /**
     * The characters that change the display order of text: LRM, RLM, ALM, the embeddings and overrides
     * (U+202A-U+202E) and the isolates (U+2066-U+2069).
     */
    static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A value as a message quotes it: at most {@value #ECHO} characters, control and bidirectional characters
     * shown as U+XXXX, so the message itself can neither forge lines nor reorder the terminal.
     */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder("'");
        int shown = Math.min(value.length(), ECHO);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            quoted.append(forbiddenCharacter(String.valueOf(c)) != null && !Character.isSurrogate(c) ? "<" + codePoint(c) + ">"
                    : String.valueOf(c));
        }
        quoted.append(value.length() > ECHO ? "...' (" + value.length() + " characters)" : "'");
        return quoted.toString();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
