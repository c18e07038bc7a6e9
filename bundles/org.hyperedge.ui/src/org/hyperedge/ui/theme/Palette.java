package org.hyperedge.ui.theme;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * The colours the console draws itself (charts, state text in rows, notes), chosen to read on the background of the
 * widget they are drawn on: the theme's CSS sets that background, so what is drawn follows the theme without knowing
 * which one is on. Colours made without a device hold no OS resource and need no disposing.
 */
public final class Palette {

    /** Below this relative luminance (0 black, 1 white) a background counts as dark. */
    public static final double DARK_BELOW = 0.4;

    private static final Palette LIGHT = new Palette(false, new Color(96, 100, 108), new Color(176, 0, 32),
            new Color(168, 104, 0), new Color(96, 72, 0), new Color(228, 228, 228), new Color(238, 238, 238),
            new Color(160, 160, 160), new Color(255, 250, 220), new Color(170, 160, 120));

    private static final Palette DARK = new Palette(true, new Color(160, 166, 176), new Color(255, 118, 118),
            new Color(240, 180, 70), new Color(226, 196, 120), new Color(70, 74, 80), new Color(56, 60, 66),
            new Color(120, 126, 134), new Color(64, 60, 40), new Color(130, 120, 80));

    private final boolean dark;
    private final Color muted;
    private final Color alarm;
    private final Color warning;
    private final Color note;
    private final Color grid;
    private final Color minorGrid;
    private final Color axis;
    private final Color readOutFill;
    private final Color readOutBorder;

    private Palette(boolean dark, Color muted, Color alarm, Color warning, Color note, Color grid, Color minorGrid,
            Color axis, Color readOutFill, Color readOutBorder) {
        this.dark = dark;
        this.muted = muted;
        this.alarm = alarm;
        this.warning = warning;
        this.note = note;
        this.grid = grid;
        this.minorGrid = minorGrid;
        this.axis = axis;
        this.readOutFill = readOutFill;
        this.readOutBorder = readOutBorder;
    }

    /** The theme the console started with; null before (or without) a start, e.g. in a bare SWT test. */
    private static volatile ConsoleTheme started;

    /** Records the theme the console is styled with, for colours picked before its CSS reached a widget. */
    public static void started(ConsoleTheme theme) {
        started = theme;
    }

    /**
     * The palette for things shown on {@code control}: the started theme's, else by the control's background as it is
     * now. The theme wins because rows are often filled in the same turn their table is made, before the theme's CSS
     * has set the table's background.
     */
    public static Palette of(Control control) {
        ConsoleTheme theme = started;
        return theme != null ? forTheme(theme) : forBackground(control.getBackground().getRGB());
    }

    public static Palette forTheme(ConsoleTheme theme) {
        return theme == ConsoleTheme.DARK ? DARK : LIGHT;
    }

    public static Palette forBackground(RGB background) {
        return isDark(background) ? DARK : LIGHT;
    }

    public static boolean isDark(RGB color) {
        return luminance(color) < DARK_BELOW;
    }

    /** The relative luminance of an sRGB colour as WCAG defines it: 0 for black, 1 for white. */
    public static double luminance(RGB color) {
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public boolean dark() {
        return dark;
    }

    /** Secondary text: notes beside a title, "no data", a row without a node. */
    public Color muted() {
        return muted;
    }

    /** Text that says something is wrong: a failing instance, a silent node, an error message. */
    public Color alarm() {
        return alarm;
    }

    /** Text that says something needs a look soon: a node whose report is getting old. */
    public Color warning() {
        return warning;
    }

    /** A remark that is neither help nor a problem, as the forms show under a field. */
    public Color note() {
        return note;
    }

    /** The chart's value grid lines. */
    public Color grid() {
        return grid;
    }

    /** The chart's time grid lines, quieter than the value grid. */
    public Color minorGrid() {
        return minorGrid;
    }

    /** The chart's axis lines and tick marks. */
    public Color axis() {
        return axis;
    }

    public Color readOutFill() {
        return readOutFill;
    }

    public Color readOutBorder() {
        return readOutBorder;
    }
}
