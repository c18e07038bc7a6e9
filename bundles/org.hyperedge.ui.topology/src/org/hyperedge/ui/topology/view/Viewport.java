package org.hyperedge.ui.topology.view;

/**
 * Zoom and pan of the canvas: model coordinates (where the composite keeps each service's place) to screen
 * pixels and back. Zooming at a point keeps that point under the mouse.
 */
public final class Viewport {

    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4.0;
    public static final double STEP = 1.2;

    private double zoom = 1.0;
    private double originX;
    private double originY;

    public double zoom() {
        return zoom;
    }

    public int toScreenX(double modelX) {
        return (int) Math.round((modelX - originX) * zoom);
    }

    public int toScreenY(double modelY) {
        return (int) Math.round((modelY - originY) * zoom);
    }

    public double toModelX(int screenX) {
        return screenX / zoom + originX;
    }

    public double toModelY(int screenY) {
        return screenY / zoom + originY;
    }

    public int scale(double modelLength) {
        return (int) Math.round(modelLength * zoom);
    }

    /** Moves the view by screen pixels: the content follows the mouse. */
    public void pan(int dx, int dy) {
        originX -= dx / zoom;
        originY -= dy / zoom;
    }

    /** Multiplies the zoom by {@code factor} (clamped), keeping the model point under ({@code screenX}, {@code screenY}) in place. */
    public void zoomAt(double factor, int screenX, int screenY) {
        double modelX = toModelX(screenX);
        double modelY = toModelY(screenY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        originX = modelX - screenX / zoom;
        originY = modelY - screenY / zoom;
    }

    /** Shows the model rectangle whole and centred in a view of {@code width} × {@code height} pixels, never above 100 %. */
    public void fit(double x, double y, double w, double h, int width, int height, int margin) {
        if (w <= 0 || h <= 0 || width <= 2 * margin || height <= 2 * margin) {
            zoom = 1.0;
            originX = x - margin;
            originY = y - margin;
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(1.0, Math.min((width - 2.0 * margin) / w, (height - 2.0 * margin) / h)));
        originX = x + w / 2 - width / 2.0 / zoom;
        originY = y + h / 2 - height / 2.0 / zoom;
    }

    public void reset() {
        zoom = 1.0;
        originX = 0;
        originY = 0;
    }
}
