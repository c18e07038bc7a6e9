package org.hyperedge.ui.topology.view;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.view.PortCatalog.Ports;

/**
 * Draws a {@link Scene} into a GC: links under boxes, then boxes with their ports, state and markers, then
 * the gesture in progress. Only what meets the visible area is drawn, and below a zoom where text could
 * not be read, boxes and lines are drawn without it, so a composite of a thousand services pans smoothly.
 */
public final class TopologyPainter {

    /** A node silent for longer than this is shown grey however its services were. */
    static final long STALE_SECONDS = 120;

    /** Below this zoom, text and ports are too small to read and are left out. */
    static final double TEXT_ZOOM = 0.45;

    private final Display display;
    private final Map<Integer, Font> plainFonts = new HashMap<>();
    private final Map<Integer, Font> boldFonts = new HashMap<>();
    private final FontData base;
    private Instant now = Instant.now();
    private int boxesDrawn;
    private int linksDrawn;
    private double lastPaintMillis;
    private Color penColor;
    private int penWidth = -1;
    private int penStyle = -1;
    private Colors colors = Colors.LIGHT;

    public TopologyPainter(Display display) {
        this.display = display;
        this.base = display.getSystemFont().getFontData()[0];
    }

    /** Draws in the colours that read on a canvas of this background: light boxes on light, dark ones on dark. */
    public void drawOn(RGB canvasBackground) {
        colors = Colors.on(canvasBackground);
    }

    public void paint(GC gc, Rectangle area, Scene scene) {
        long start = System.nanoTime();
        try {
            paintScene(gc, area, scene);
        } finally {
            lastPaintMillis = (System.nanoTime() - start) / 1e6;
        }
    }

    /** How long the last paint took, for the benchmark. */
    public double lastPaintMillis() {
        return lastPaintMillis;
    }

    private void paintScene(GC gc, Rectangle area, Scene scene) {
        now = Instant.now();
        boxesDrawn = 0;
        linksDrawn = 0;
        gc.setBackground(colors.background());
        gc.fillRectangle(area);
        if (scene.composite() == null) {
            return;
        }
        Viewport view = scene.viewport();
        drawGrid(gc, area, view);
        double vx = view.toModelX(area.x);
        double vy = view.toModelY(area.y);
        double vw = area.width / view.zoom();
        double vh = area.height / view.zoom();
        boolean detailed = view.zoom() >= TEXT_ZOOM;
        penColor = null;
        penWidth = -1;
        penStyle = -1;
        gc.setAntialias(detailed && scene.composite().getNodes().size() <= 200 ? SWT.ON : SWT.OFF);
        gc.setTextAntialias(SWT.ON);
        List<double[]> labelled = new java.util.ArrayList<>();
        List<Link> labels = new java.util.ArrayList<>();
        Map<ServiceNode, NodeFigure> figures = new java.util.IdentityHashMap<>();
        for (ServiceNode node : scene.composite().getNodes()) {
            figures.put(node, scene.figure(node));
        }
        for (Link link : scene.composite().getLinks()) {
            double[] ends = LinkPath.ends(figures::get, link);
            if (ends != null && LinkPath.mayCross(ends, vx, vy, vw, vh)) {
                drawLink(gc, scene, link, ends, detailed);
                linksDrawn++;
                if (detailed) {
                    labelled.add(ends);
                    labels.add(link);
                }
            }
        }
        for (ServiceNode node : scene.composite().getNodes()) {
            NodeFigure figure = figures.get(node);
            if (figure.intersects(vx, vy, vw, vh)) {
                drawBox(gc, scene, figure, detailed);
                boxesDrawn++;
            }
        }
        // names on top of the boxes, so a short link between close boxes still says what it carries
        for (int i = 0; i < labels.size(); i++) {
            drawLinkLabel(gc, scene, labels.get(i), labelled.get(i));
        }
        drawGesture(gc, scene);
    }

    /** Boxes drawn by the last paint (the others were outside the view). */
    public int boxesDrawn() {
        return boxesDrawn;
    }

    public int linksDrawn() {
        return linksDrawn;
    }

    public void dispose() {
        plainFonts.values().forEach(Font::dispose);
        boldFonts.values().forEach(Font::dispose);
        plainFonts.clear();
        boldFonts.clear();
    }

    private void drawGrid(GC gc, Rectangle area, Viewport view) {
        int step = view.scale(40);
        if (step < 12) {
            return;
        }
        gc.setForeground(colors.grid());
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        int startX = view.toScreenX(Math.floor(view.toModelX(area.x) / 40) * 40);
        int startY = view.toScreenY(Math.floor(view.toModelY(area.y) / 40) * 40);
        for (int x = startX; x < area.x + area.width; x += step) {
            gc.drawLine(x, area.y, x, area.y + area.height);
        }
        for (int y = startY; y < area.y + area.height; y += step) {
            gc.drawLine(area.x, y, area.x + area.width, y);
        }
    }

    private void drawLink(GC gc, Scene scene, Link link, double[] ends, boolean detailed) {
        Viewport view = scene.viewport();
        int x1 = view.toScreenX(ends[0]);
        int y1 = view.toScreenY(ends[1]);
        int x2 = view.toScreenX(ends[2]);
        int y2 = view.toScreenY(ends[3]);
        boolean selected = scene.selectedLinks().contains(link);
        boolean wrong = !scene.markers().ofLink(link).isEmpty();
        Color color = wrong ? colors.problem() : selected ? colors.selection() : colors.link();
        pen(gc, color, selected ? 3 : wrong ? 2 : 1, wrong ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawLine(x1, y1, x2, y2);
        if (!detailed) {
            return;
        }
        gc.setBackground(color);
        arrowHead(gc, x1, y1, x2, y2);
    }

    private void drawLinkLabel(GC gc, Scene scene, Link link, double[] ends) {
        Viewport view = scene.viewport();
        int x1 = view.toScreenX(ends[0]);
        int y1 = view.toScreenY(ends[1]);
        int x2 = view.toScreenX(ends[2]);
        int y2 = view.toScreenY(ends[3]);
        boolean wrong = !scene.markers().ofLink(link).isEmpty();
        String label = link.getConnectionParameter() + " → " + link.getParameter();
        gc.setFont(font(false, 0.85, view.zoom()));
        org.eclipse.swt.graphics.Point size = gc.textExtent(label);
        int mx = (x1 + x2) / 2 - size.x / 2;
        int my = (y1 + y2) / 2 - size.y - 2;
        gc.setBackground(colors.background());
        gc.setForeground(wrong ? colors.problem() : scene.selectedLinks().contains(link) ? colors.selection() : colors.link());
        gc.drawText(label, mx, my, false);
        penColor = null;
    }

    /** Sets the line's colour, width and style only when they change: thousands of links share a few pens. */
    private void pen(GC gc, Color color, int width, int style) {
        if (color != penColor) {
            gc.setForeground(color);
            penColor = color;
        }
        if (width != penWidth) {
            gc.setLineWidth(width);
            penWidth = width;
        }
        if (style != penStyle) {
            gc.setLineStyle(style);
            penStyle = style;
        }
    }

    private static void arrowHead(GC gc, int x1, int y1, int x2, int y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int length = 9;
        int[] head = { x2, y2, (int) Math.round(x2 - length * Math.cos(angle - 0.4)), (int) Math.round(y2 - length * Math.sin(angle - 0.4)),
                (int) Math.round(x2 - length * Math.cos(angle + 0.4)), (int) Math.round(y2 - length * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private void drawBox(GC gc, Scene scene, NodeFigure figure, boolean detailed) {
        Viewport view = scene.viewport();
        ServiceNode node = figure.node();
        int x = view.toScreenX(figure.x());
        int y = view.toScreenY(figure.y());
        int w = view.scale(figure.width());
        int h = view.scale(figure.height());
        List<CompositeProblem> problems = scene.markers().ofNode(node.getTitle());
        LiveState live = scene.live().get(node.getTitle());
        boolean selected = scene.selectedNodes().contains(node);
        Color header = headerFill(problems, live);
        if (detailed) {
            gc.setBackground(colors.box());
            gc.fillRectangle(x, y, w, h);
        }
        // far out, a box is its header's colour: one fill instead of two
        gc.setBackground(header);
        gc.fillRectangle(x, y, w, detailed ? view.scale(NodeFigure.HEADER) : h);
        pen(gc, selected ? colors.selection() : problems.isEmpty() ? colors.boxBorder() : colors.problem(),
                selected ? 3 : problems.isEmpty() ? 1 : 2, SWT.LINE_SOLID);
        gc.drawRectangle(x, y, w, h);
        if (!detailed) {
            return;
        }
        double zoom = view.zoom();
        int pad = view.scale(8);
        gc.setFont(font(true, 1.0, zoom));
        gc.setForeground(colors.text());
        gc.drawText(clip(gc, node.getTitle() == null ? "(no title)" : node.getTitle(), w - 2 * pad - view.scale(22)), x + pad,
                y + view.scale(4), true);
        gc.setFont(font(false, 0.85, zoom));
        gc.setForeground(colors.muted());
        gc.drawText(clip(gc, node.getReleaseId() + " · " + PortCatalog.typeOf(node), w - 2 * pad), x + pad, y + view.scale(22), true);
        if (!problems.isEmpty()) {
            drawProblemBadge(gc, x + w - view.scale(22), y + view.scale(5), view.scale(16), problems.size());
        }
        drawStatus(gc, scene, figure, live, x + pad, y + view.scale(NodeFigure.HEADER + 2), w - 2 * pad);
        drawPorts(gc, scene, figure, x, w);
        penColor = null; // the text above set the foreground behind the pen's back
    }

    private Color headerFill(List<CompositeProblem> problems, LiveState live) {
        if (!problems.isEmpty()) {
            return colors.problemFill();
        }
        if (live == null) {
            return colors.header();
        }
        if (live.error() != null && !live.error().isBlank() || "started".equals(live.reportedState()) && !live.healthy()) {
            return colors.problemFill();
        }
        return live.good() ? colors.goodFill() : colors.waitingFill();
    }

    private void drawStatus(GC gc, Scene scene, NodeFigure figure, LiveState live, int x, int y, int width) {
        String text;
        String second;
        Color color;
        String preview = scene.preview().get(figure.node().getTitle());
        if (live != null) {
            Duration age = live.staleness(now);
            text = "● " + live.summary() + (age == null ? "" : " · reported " + age.toSeconds() + " s ago");
            second = live.url() != null ? live.url() : live.error() != null ? live.error() : live.pendingReason();
            color = live.good() ? (age != null && age.toSeconds() > STALE_SECONDS ? colors.stale() : colors.good())
                    : live.error() != null && !live.error().isBlank() ? colors.problem() : colors.waiting();
        } else if (preview != null) {
            int split = preview.indexOf(" · ");
            text = split < 0 ? preview : preview.substring(0, split);
            second = split < 0 ? null : preview.substring(split + 3);
            color = colors.preview();
        } else {
            return;
        }
        gc.setFont(font(false, 0.85, scene.viewport().zoom()));
        gc.setForeground(color);
        gc.drawText(clip(gc, text, width), x, y, true);
        if (second != null) {
            gc.setForeground(colors.muted());
            gc.drawText(clip(gc, second, width), x, y + scene.viewport().scale(16), true);
        }
    }

    private void drawPorts(GC gc, Scene scene, NodeFigure figure, int x, int w) {
        Viewport view = scene.viewport();
        Ports ports = figure.ports();
        int radius = Math.max(2, view.scale(NodeFigure.PORT_RADIUS));
        gc.setFont(font(false, 0.85, view.zoom()));
        int half = w / 2 - view.scale(12);
        for (int i = 0; i < ports.parameters().size(); i++) {
            String parameter = ports.parameters().get(i);
            int py = view.toScreenY(figure.inputY(i));
            boolean required = ports.required().contains(parameter);
            gc.setBackground(required ? colors.text() : colors.portIn());
            gc.fillOval(x - radius, py - radius, 2 * radius, 2 * radius);
            gc.setForeground(required ? colors.text() : colors.muted());
            String label = clip(gc, parameter + (required ? " *" : ""), half);
            gc.drawText(label, x + radius + view.scale(4), py - gc.getFontMetrics().getHeight() / 2, true);
        }
        for (int i = 0; i < ports.connectionParameters().size(); i++) {
            String parameter = ports.connectionParameters().get(i);
            int py = view.toScreenY(figure.outputY(i));
            gc.setBackground(colors.portOut());
            gc.fillOval(x + w - radius, py - radius, 2 * radius, 2 * radius);
            gc.setForeground(colors.portOut());
            String label = clip(gc, parameter, half);
            int width = gc.textExtent(label).x;
            gc.drawText(label, x + w - radius - view.scale(4) - width, py - gc.getFontMetrics().getHeight() / 2, true);
        }
    }

    private void drawProblemBadge(GC gc, int x, int y, int size, int count) {
        gc.setBackground(colors.problem());
        gc.fillOval(x, y, size, size);
        gc.setForeground(colors.box());
        String text = count > 9 ? "!" : Integer.toString(count);
        org.eclipse.swt.graphics.Point extent = gc.textExtent(text);
        gc.drawText(text, x + (size - extent.x) / 2, y + (size - extent.y) / 2, true);
    }

    private void drawGesture(GC gc, Scene scene) {
        Viewport view = scene.viewport();
        double[] band = scene.rubberBand();
        if (band != null) {
            gc.setForeground(colors.rubberBand());
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(view.toScreenX(band[0]), view.toScreenY(band[1]), view.scale(band[2]), view.scale(band[3]));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        Scene.LinkDraft draft = scene.linkDraft();
        if (draft != null) {
            NodeFigure from = scene.figure(draft.source());
            gc.setForeground(colors.selection());
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(view.toScreenX(from.right()), view.toScreenY(from.outputY(draft.connectionParameter())),
                    view.toScreenX(draft.toX()), view.toScreenY(draft.toY()));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private Font font(boolean bold, double scale, double zoom) {
        int height = Math.max(5, (int) Math.round(base.getHeight() * scale * Math.min(zoom, 2.0)));
        Map<Integer, Font> fonts = bold ? boldFonts : plainFonts;
        return fonts.computeIfAbsent(height, h -> new Font(display, base.getName(), h, bold ? SWT.BOLD : SWT.NORMAL));
    }

    private static String clip(GC gc, String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) {
            shortened = shortened.substring(0, Math.max(1, shortened.length() * 3 / 4));
        }
        return shortened + "…";
    }
}
