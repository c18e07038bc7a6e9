package org.hyperedge.ui.topology.view;

import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/** A link's line in model coordinates: from its source's connection parameter port to its target's parameter port. */
public final class LinkPath {

    private LinkPath() {
    }

    /** {x1, y1, x2, y2}, or null when an end is missing. */
    public static double[] ends(Scene scene, Link link) {
        return ends(scene::figure, link);
    }

    /** As {@link #ends(Scene, Link)}, with the boxes already made (a paint makes each box once, not once per link end). */
    public static double[] ends(java.util.function.Function<ServiceNode, NodeFigure> figures, Link link) {
        if (link.getSource() == null || link.getTarget() == null) {
            return null;
        }
        NodeFigure from = figures.apply(link.getSource());
        NodeFigure to = figures.apply(link.getTarget());
        if (from == null || to == null) {
            return null;
        }
        return new double[] { from.right(), from.outputY(link.getConnectionParameter()), to.x(), to.inputY(link.getParameter()) };
    }

    /** Distance from the point to the segment. */
    public static double distance(double[] s, double x, double y) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / length));
        double px = s[0] + t * dx - x;
        double py = s[1] + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }

    /** Whether the segment's bounding box meets the rectangle (cheap culling). */
    public static boolean mayCross(double[] s, double rx, double ry, double rw, double rh) {
        return Math.min(s[0], s[2]) <= rx + rw && Math.max(s[0], s[2]) >= rx && Math.min(s[1], s[3]) <= ry + rh
                && Math.max(s[1], s[3]) >= ry;
    }
}
