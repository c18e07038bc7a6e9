package org.hyperedge.ui.topology.view;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.hyperedge.ui.theme.Palette;

/**
 * The canvas's colours, in one place so boxes, links and markers speak the same language as the other views; one set
 * for a light console and one for a dark one, chosen by the canvas's background (which the theme's CSS sets).
 */
record Colors(Color background, Color grid, Color box, Color boxBorder, Color header, Color text, Color muted,
        Color selection, Color link, Color problem, Color problemFill, Color good, Color goodFill, Color waiting,
        Color waitingFill, Color stale, Color portIn, Color portOut, Color preview, Color rubberBand) {

    static final Colors LIGHT = new Colors(new Color(248, 249, 251), new Color(226, 229, 234), new Color(255, 255, 255),
            new Color(150, 158, 170), new Color(233, 237, 244), new Color(33, 37, 41), new Color(104, 112, 122),
            new Color(35, 110, 220), new Color(90, 98, 110), new Color(200, 40, 40), new Color(253, 232, 232),
            new Color(46, 139, 87), new Color(226, 244, 233), new Color(196, 130, 0), new Color(253, 243, 220),
            new Color(150, 150, 150), new Color(120, 128, 140), new Color(35, 110, 220), new Color(90, 60, 160),
            new Color(35, 110, 220));

    /** The same roles on a dark canvas: dark boxes with light text, fills as dim tints, strokes brighter. */
    static final Colors DARK = new Colors(new Color(31, 33, 37), new Color(46, 49, 54), new Color(43, 46, 51),
            new Color(106, 113, 124), new Color(54, 58, 64), new Color(228, 231, 235), new Color(160, 166, 176),
            new Color(88, 150, 240), new Color(150, 158, 170), new Color(240, 96, 96), new Color(78, 40, 42),
            new Color(92, 190, 130), new Color(34, 66, 48), new Color(230, 170, 60), new Color(74, 60, 30),
            new Color(130, 130, 130), new Color(140, 148, 160), new Color(88, 150, 240), new Color(170, 140, 240),
            new Color(88, 150, 240));

    /** The set that reads on a canvas of this background colour. */
    static Colors on(RGB background) {
        return Palette.isDark(background) ? DARK : LIGHT;
    }
}
