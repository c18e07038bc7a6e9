package org.hyperedge.ui.topology.canvas;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * An off-screen image whose pixels live in this process. On GTK 3 under X11, {@code new Image(display, w, h)} is
 * a pixmap in the X server: every line, box and glyph drawn into it is a request the X server must handle, so a
 * frame of thousands of calls waits on the X server's share of the processor. An image made from pixel data is
 * drawn by cairo here, then reaches the window in one copy.
 */
final class ClientImage {

    private static final PaletteData RGB = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);

    private ClientImage() {
    }

    /** A blank image of this size in points, with as many pixels as the display's scale asks for. */
    static Image of(Display display, int width, int height) {
        ImageDataProvider blank = zoom -> new ImageData(Math.max(1, width * zoom / 100), Math.max(1, height * zoom / 100), 24, RGB);
        return new Image(display, blank);
    }
}
