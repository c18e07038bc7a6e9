package org.hyperedge.ui.topology.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.view.Hit;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;

/**
 * The canvas's mouse gestures: select and toggle, move the selection, draw a link from a connection
 * parameter to a parameter, rubber-band selection, and pan with the middle button (or Alt).
 */
final class CanvasMouse {

    private final TopologyCanvas owner;
    private final Scene scene;
    private final Canvas canvas;
    private Gesture gesture = Gesture.NONE;
    private int downX;
    private int downY;
    private int lastX;
    private int lastY;

    CanvasMouse(TopologyCanvas owner) {
        this.owner = owner;
        this.scene = owner.scene();
        this.canvas = owner.control();
    }

    /** Drops the gesture in progress (Escape): nothing moves, links or selects. */
    void cancel() {
        gesture = Gesture.NONE;
        scene.linkDraft(null);
        scene.rubberBand(null);
        scene.drag(0, 0);
    }

    void down(Event e) {
        where(e);
        canvas.setFocus();
        downX = lastX = e.x;
        downY = lastY = e.y;
        if (scene.composite() == null) {
            return;
        }
        if (e.button == 2 || e.button == 1 && (e.stateMask & SWT.ALT) != 0) {
            gesture = Gesture.PANNING;
            return;
        }
        if (e.button != 1) {
            return;
        }
        double mx = scene.viewport().toModelX(e.x);
        double my = scene.viewport().toModelY(e.y);
        Hit hit = Hit.at(scene, mx, my);
        boolean adding = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        switch (hit.kind()) {
            case OUTPUT -> {
                gesture = Gesture.LINKING;
                scene.linkDraft(new Scene.LinkDraft(hit.node(), hit.port(), mx, my));
                owner.say("Drop on a parameter of another service to link " + hit.node().getTitle() + "." + hit.port());
            }
            case NODE, INPUT -> {
                if (adding) {
                    toggle(hit.node());
                } else if (!scene.selectedNodes().contains(hit.node())) {
                    scene.select(List.of(hit.node()), List.of());
                }
                gesture = Gesture.MOVING;
                owner.selectionChanged();
            }
            case LINK -> {
                if (adding) {
                    if (!scene.selectedLinks().remove(hit.link())) {
                        scene.selectedLinks().add(hit.link());
                    }
                } else {
                    scene.select(List.of(), List.of(hit.link()));
                }
                gesture = Gesture.NONE;
                owner.selectionChanged();
            }
            case NOTHING -> {
                if (!adding) {
                    scene.select(List.of(), List.of());
                    owner.selectionChanged();
                }
                gesture = Gesture.BANDING;
                scene.rubberBand(new double[] { mx, my, 0, 0 });
            }
        }
    }

    /**
     * GTK gives a drawn control root coordinates of 0,0 for pointer events synthesized through XTest (remote
     * desktops, UI tests under Xvfb); where an event claims the screen's very corner, the pointer's actual
     * position is used instead.
     */
    private void where(Event e) {
        Point onScreen = canvas.toDisplay(e.x, e.y);
        if (onScreen.x == 0 && onScreen.y == 0) {
            Point pointer = canvas.toControl(canvas.getDisplay().getCursorLocation());
            e.x = pointer.x;
            e.y = pointer.y;
        }
    }

    private void toggle(ServiceNode node) {
        if (!scene.selectedNodes().remove(node)) {
            scene.selectedNodes().add(node);
        }
    }

    void move(Event e) {
        where(e);
        double mx = scene.viewport().toModelX(e.x);
        double my = scene.viewport().toModelY(e.y);
        switch (gesture) {
            case PANNING -> scene.viewport().pan(e.x - lastX, e.y - lastY);
            case MOVING -> scene.drag((e.x - downX) / scene.viewport().zoom(), (e.y - downY) / scene.viewport().zoom());
            case LINKING -> scene.linkDraft(new Scene.LinkDraft(scene.linkDraft().source(), scene.linkDraft().connectionParameter(), mx, my));
            case BANDING -> {
                double sx = scene.viewport().toModelX(downX);
                double sy = scene.viewport().toModelY(downY);
                scene.rubberBand(new double[] { Math.min(sx, mx), Math.min(sy, my), Math.abs(mx - sx), Math.abs(my - sy) });
            }
            case NONE -> {
                return;
            }
        }
        lastX = e.x;
        lastY = e.y;
        owner.redraw();
    }

    void up(Event e) {
        where(e);
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        switch (ended) {
            case MOVING -> finishMove();
            case LINKING -> finishLink(scene.viewport().toModelX(e.x), scene.viewport().toModelY(e.y));
            case BANDING -> finishBand((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0);
            case PANNING, NONE -> {
            }
        }
        owner.redraw();
    }

    private void finishMove() {
        int dx = (int) Math.round(scene.dragDx());
        int dy = (int) Math.round(scene.dragDy());
        scene.drag(0, 0);
        if ((dx != 0 || dy != 0) && owner.edits() != null) {
            owner.moveSelection(dx, dy);
        }
    }

    private void finishLink(double x, double y) {
        Scene.LinkDraft draft = scene.linkDraft();
        scene.linkDraft(null);
        Hit hit = Hit.at(scene, x, y);
        if (owner.edits() == null || hit.node() == null) {
            owner.say("No link: drop the link on a parameter of another service");
            return;
        }
        String parameter = hit.kind() == Hit.Kind.INPUT ? hit.port() : Hit.nearestInput(scene.figure(hit.node()), y);
        if (parameter == null) {
            owner.say("No link: '" + hit.node().getTitle() + "' has no parameter to link to");
            return;
        }
        java.util.Optional<String> refusal = owner.linkChecker().refusal(draft.source(), draft.connectionParameter(), hit.node(), parameter);
        if (refusal.isPresent()) {
            owner.say("Link refused: " + refusal.get());
            return;
        }
        Link link = owner.edits().link(draft.source(), draft.connectionParameter(), hit.node(), parameter);
        scene.select(List.of(), List.of(link));
        owner.say("Linked " + draft.source().getTitle() + "." + draft.connectionParameter() + " → " + hit.node().getTitle() + "."
                + parameter);
        owner.selectionChanged();
    }

    private void finishBand(boolean adding) {
        double[] band = scene.rubberBand();
        scene.rubberBand(null);
        if (band == null || band[2] < 2 && band[3] < 2) {
            return;
        }
        List<ServiceNode> inside = new ArrayList<>();
        for (NodeFigure figure : scene.figures()) {
            if (figure.intersects(band[0], band[1], band[2], band[3])) {
                inside.add(figure.node());
            }
        }
        if (adding) {
            scene.selectedNodes().addAll(inside);
        } else {
            scene.select(inside, List.of());
        }
        owner.selectionChanged();
    }
}
