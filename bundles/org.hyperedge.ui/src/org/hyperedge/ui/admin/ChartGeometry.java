package org.hyperedge.ui.admin;

import java.time.Instant;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where a chart's plot area is and how times and values map onto it: the one mapping the painter draws with and the
 * hover reads back, so a read-out names exactly the point under the mouse.
 */
record ChartGeometry(Rectangle plot, Instant from, Instant to, double top) {

    int x(Instant at) {
        double fraction = (at.toEpochMilli() - from.toEpochMilli()) / (double) span();
        return plot.x + (int) Math.round(plot.width * Math.max(0, Math.min(1, fraction)));
    }

    int y(double value) {
        double fraction = top <= 0 ? 0 : Math.max(0, Math.min(1, value / top));
        return plot.y + plot.height - (int) Math.round(plot.height * fraction);
    }

    /** The time at a horizontal pixel of the plot. */
    Instant time(int x) {
        double fraction = (x - plot.x) / (double) Math.max(1, plot.width);
        return Instant.ofEpochMilli(from.toEpochMilli() + Math.round(span() * fraction));
    }

    boolean contains(int x, int y) {
        return x >= plot.x && x <= plot.x + plot.width && y >= plot.y && y <= plot.y + plot.height;
    }

    private long span() {
        return Math.max(1, to.toEpochMilli() - from.toEpochMilli());
    }
}
