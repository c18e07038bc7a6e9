package org.hyperedge.ui.theme;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The operator's choice on Window › Preferences › Appearance: follow the desktop's light or dark preference, or pin
 * one of the two. Kept in the console preferences as its {@link #value()}.
 */
public enum Appearance {

    FOLLOW_DESKTOP("desktop", "Follow the desktop"),
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private final String value;
    private final String label;

    Appearance(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** How the preferences file spells it. */
    public String value() {
        return value;
    }

    /** How the preference page names it. */
    public String label() {
        return label;
    }

    /** The theme this choice gives on a desktop that prefers dark ({@code desktopDark}) or light. */
    public ConsoleTheme theme(boolean desktopDark) {
        return switch (this) {
        case LIGHT -> ConsoleTheme.LIGHT;
        case DARK -> ConsoleTheme.DARK;
        case FOLLOW_DESKTOP -> desktopDark ? ConsoleTheme.DARK : ConsoleTheme.LIGHT;
        };
    }

    /** The choice a preferences file spells {@code value}; a clear error naming the value and the ones there are. */
    public static Appearance parse(String value) {
        for (Appearance appearance : values()) {
            if (appearance.value.equals(value.strip())) {
                return appearance;
            }
        }
        throw new IllegalArgumentException("unknown appearance '" + value + "': expected one of "
                + Arrays.stream(values()).map(Appearance::value).collect(Collectors.joining(", ")));
    }
}
