package org.hyperedge.ui.topology.view;

import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.view.PortCatalog.Ports;

/**
 * The geometry of a service's box in model coordinates: a header with title and release, two lines for the
 * live state and URL (or the dry run's placement), then one row per port, parameters on the left edge (where links end) and connection
 * parameters on the right edge (where links start).
 */
public record NodeFigure(ServiceNode node, Ports ports, int x, int y, int width, int height) {

    public static final int WIDTH = 260;
    public static final int HEADER = 40;
    public static final int STATUS = 34;
    public static final int ROW = 18;
    public static final int PORT_RADIUS = 5;

    public static NodeFigure of(ServiceNode node, Ports ports) {
        return new NodeFigure(node, ports, node.getX(), node.getY(), WIDTH, height(ports));
    }

    public static int height(Ports ports) {
        return HEADER + STATUS + Math.max(1, ports.rows()) * ROW + 6;
    }

    public int inputY(int index) {
        return y + HEADER + STATUS + index * ROW + ROW / 2;
    }

    public int outputY(int index) {
        return inputY(index);
    }

    public int inputY(String parameter) {
        int index = ports.parameters().indexOf(parameter);
        return index < 0 ? y + HEADER / 2 : inputY(index);
    }

    public int outputY(String connectionParameter) {
        int index = ports.connectionParameters().indexOf(connectionParameter);
        return index < 0 ? y + HEADER / 2 : outputY(index);
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean contains(double modelX, double modelY) {
        return modelX >= x && modelX <= x + width && modelY >= y && modelY <= y + height;
    }

    public boolean intersects(double rx, double ry, double rw, double rh) {
        return x < rx + rw && x + width > rx && y < ry + rh && y + height > ry;
    }
}
