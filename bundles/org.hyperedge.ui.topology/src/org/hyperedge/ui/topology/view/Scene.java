package org.hyperedge.ui.topology.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/**
 * Everything the canvas shows, in model terms: the composite with each box's geometry, the selection,
 * validation markers, the live overlay and the dry-run preview, and the gesture in progress (a rubber band,
 * a link being drawn, boxes being dragged). The painter draws a scene; the canvas changes it.
 */
public final class Scene {

    /** A link being drawn: from a service's connection parameter to the mouse. */
    public record LinkDraft(ServiceNode source, String connectionParameter, double toX, double toY) {
    }

    private final Viewport viewport = new Viewport();
    private CompositeService composite;
    private PortCatalog catalog = PortCatalog.empty();
    private final Set<ServiceNode> selectedNodes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Link> selectedLinks = Collections.newSetFromMap(new IdentityHashMap<>());
    private Markers markers = Markers.NONE;
    private Map<String, LiveState> live = Map.of();
    private Map<String, String> preview = Map.of();
    private double[] rubberBand;
    private LinkDraft linkDraft;
    private double dragDx;
    private double dragDy;

    public Viewport viewport() {
        return viewport;
    }

    public CompositeService composite() {
        return composite;
    }

    public void composite(CompositeService newComposite) {
        composite = newComposite;
        selectedNodes.clear();
        selectedLinks.clear();
        markers = Markers.NONE;
        live = Map.of();
        preview = Map.of();
    }

    public PortCatalog catalog() {
        return catalog;
    }

    public void catalog(PortCatalog newCatalog) {
        catalog = newCatalog;
    }

    /** The box of {@code node}, moved by the drag in progress when it is selected. */
    public NodeFigure figure(ServiceNode node) {
        NodeFigure figure = NodeFigure.of(node, catalog.ports(node));
        if ((dragDx != 0 || dragDy != 0) && selectedNodes.contains(node)) {
            return new NodeFigure(node, figure.ports(), (int) Math.round(figure.x() + dragDx), (int) Math.round(figure.y() + dragDy),
                    figure.width(), figure.height());
        }
        return figure;
    }

    public List<NodeFigure> figures() {
        if (composite == null) {
            return List.of();
        }
        List<NodeFigure> figures = new ArrayList<>(composite.getNodes().size());
        composite.getNodes().forEach(node -> figures.add(figure(node)));
        return figures;
    }

    /** The model rectangle holding every box ({x, y, w, h}), or null for an empty composite. */
    public double[] bounds() {
        List<NodeFigure> figures = figures();
        if (figures.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeFigure f : figures) {
            minX = Math.min(minX, f.x());
            minY = Math.min(minY, f.y());
            maxX = Math.max(maxX, f.right());
            maxY = Math.max(maxY, f.bottom());
        }
        return new double[] { minX, minY, maxX - minX, maxY - minY };
    }

    public Set<ServiceNode> selectedNodes() {
        return selectedNodes;
    }

    public Set<Link> selectedLinks() {
        return selectedLinks;
    }

    public void select(java.util.Collection<ServiceNode> nodes, java.util.Collection<Link> links) {
        selectedNodes.clear();
        selectedLinks.clear();
        selectedNodes.addAll(nodes);
        selectedLinks.addAll(links);
    }

    /** Drops from the selection what the composite no longer holds (after an undo or a delete). */
    public void forgetRemoved() {
        if (composite == null) {
            selectedNodes.clear();
            selectedLinks.clear();
            return;
        }
        Set<ServiceNode> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        nodes.addAll(composite.getNodes());
        selectedNodes.retainAll(nodes);
        Set<Link> links = Collections.newSetFromMap(new IdentityHashMap<>());
        links.addAll(composite.getLinks());
        selectedLinks.retainAll(links);
    }

    public ServiceNode singleSelection() {
        return selectedNodes.size() == 1 && selectedLinks.isEmpty() ? new LinkedHashSet<>(selectedNodes).iterator().next() : null;
    }

    public Markers markers() {
        return markers;
    }

    public void markers(Markers newMarkers) {
        markers = newMarkers;
    }

    public Map<String, LiveState> live() {
        return live;
    }

    public void live(Map<String, LiveState> states) {
        live = Map.copyOf(states);
    }

    public Map<String, String> preview() {
        return preview;
    }

    /** The dry run's word per service title ({@code → vm/p003 · ports 20010-20019}, or why it would wait). */
    public void preview(Map<String, String> placements) {
        preview = Map.copyOf(placements);
    }

    public double[] rubberBand() {
        return rubberBand;
    }

    public void rubberBand(double[] band) {
        rubberBand = band;
    }

    public LinkDraft linkDraft() {
        return linkDraft;
    }

    public void linkDraft(LinkDraft draft) {
        linkDraft = draft;
    }

    public void drag(double dx, double dy) {
        dragDx = dx;
        dragDy = dy;
    }

    public double dragDx() {
        return dragDx;
    }

    public double dragDy() {
        return dragDy;
    }
}
