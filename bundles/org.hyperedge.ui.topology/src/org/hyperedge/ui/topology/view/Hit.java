package org.hyperedge.ui.topology.view;

import java.util.List;

import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/**
 * What lies under a model point: a service's connection parameter port (where a link starts), a parameter
 * port (where it ends), the box itself, a link, or nothing. Boxes drawn last are on top, so they win.
 */
public record Hit(Kind kind, ServiceNode node, String port, Link link) {

    public enum Kind {
        OUTPUT, INPUT, NODE, LINK, NOTHING
    }

    public static final Hit NOTHING = new Hit(Kind.NOTHING, null, null, null);

    /** Ports answer within this many model units of their centre; links within this of their line. */
    static final int TOLERANCE = 8;

    public static Hit at(Scene scene, double x, double y) {
        if (scene.composite() == null) {
            return NOTHING;
        }
        List<NodeFigure> figures = scene.figures();
        for (int i = figures.size() - 1; i >= 0; i--) {
            NodeFigure f = figures.get(i);
            if (x < f.x() - TOLERANCE || x > f.right() + TOLERANCE || y < f.y() || y > f.bottom()) {
                continue;
            }
            List<String> outs = f.ports().connectionParameters();
            for (int p = 0; p < outs.size(); p++) {
                if (Math.abs(x - f.right()) <= TOLERANCE && Math.abs(y - f.outputY(p)) <= NodeFigure.ROW / 2) {
                    return new Hit(Kind.OUTPUT, f.node(), outs.get(p), null);
                }
            }
            List<String> ins = f.ports().parameters();
            for (int p = 0; p < ins.size(); p++) {
                if (Math.abs(x - f.x()) <= TOLERANCE && Math.abs(y - f.inputY(p)) <= NodeFigure.ROW / 2) {
                    return new Hit(Kind.INPUT, f.node(), ins.get(p), null);
                }
            }
            if (f.contains(x, y)) {
                return new Hit(Kind.NODE, f.node(), null, null);
            }
        }
        java.util.Map<ServiceNode, NodeFigure> byNode = new java.util.IdentityHashMap<>();
        figures.forEach(f -> byNode.put(f.node(), f));
        for (Link link : scene.composite().getLinks()) {
            double[] ends = LinkPath.ends(byNode::get, link);
            if (ends != null && LinkPath.distance(ends, x, y) <= TOLERANCE) {
                return new Hit(Kind.LINK, null, null, link);
            }
        }
        return NOTHING;
    }

    /** The input port nearest to the point on {@code node}'s box, for dropping a link anywhere on the box's left half. */
    public static String nearestInput(NodeFigure figure, double y) {
        List<String> ins = figure.ports().parameters();
        String best = null;
        double distance = Double.MAX_VALUE;
        for (int p = 0; p < ins.size(); p++) {
            double d = Math.abs(y - figure.inputY(p));
            if (d < distance) {
                distance = d;
                best = ins.get(p);
            }
        }
        return best;
    }
}
