package org.hyperedge.ui.topology.canvas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.edit.CompositeClipboard;
import org.hyperedge.ui.topology.edit.TopologyDocument;
import org.hyperedge.ui.topology.edit.TopologyEdits;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;
import org.hyperedge.ui.topology.view.TopologyPainter;

/**
 * The topology canvas: draws the scene double-buffered and turns mouse and keyboard into edits. Click
 * selects (Ctrl adds), a drag on empty space is a rubber band, a drag of a box moves the selection, a drag
 * from a connection parameter (the blue ports on the right) to a parameter draws a link, the wheel zooms at
 * the pointer and the middle button pans. Keys: arrows (move the selection, or pan), + − 0 (zoom, fit), Escape;
 * the editing keys (undo, redo, cut, copy, paste, delete, select all, layout, save) are the editor's e4 commands,
 * bound in the fragment, which call the methods here.
 */
public final class TopologyCanvas {

    public static final String CANVAS_KEY = "org.hyperedge.ui.topology.canvas";
    /** Data key on the SWT canvas holding this object (for tests and the benchmark to reach the scene). */
    public static final String EDITOR_KEY = "org.hyperedge.ui.topology.editor";
    static final int PAN_STEP = 60;
    static final int NUDGE = 10;

    private final Canvas canvas;
    private final Scene scene;
    private final TopologyPainter painter;
    private final CompositeClipboard clipboard = new CompositeClipboard();
    private TopologyDocument document;
    private TopologyEdits edits;
    private LinkChecker linkChecker = (s, c, t, p) -> java.util.Optional.empty();
    private Runnable selectionListener = () -> { };
    private Consumer<String> messages = message -> { };

    private org.eclipse.swt.graphics.Image buffer;
    private final CanvasMouse mouse;
    private int pasteCount;

    public TopologyCanvas(Composite parent, Scene scene) {
        this.scene = scene;
        // double buffered by hand: the scene is drawn into an image in the client's memory (ClientImage), then
        // copied to the window in one go, which is many times faster than thousands of small drawing calls to the X server
        this.canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.BORDER);
        this.painter = new TopologyPainter(parent.getDisplay());
        canvas.setData(CANVAS_KEY, Boolean.TRUE);
        canvas.setData(EDITOR_KEY, this);
        canvas.addListener(SWT.Paint, this::paint);
        mouse = new CanvasMouse(this);
        canvas.addListener(SWT.MouseDown, mouse::down);
        canvas.addListener(SWT.MouseMove, mouse::move);
        canvas.addListener(SWT.MouseUp, mouse::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
        canvas.addListener(SWT.Dispose, e -> {
            painter.dispose();
            if (buffer != null) {
                buffer.dispose();
            }
        });
        acceptDrops();
    }

    private void paint(Event e) {
        Rectangle area = canvas.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        if (buffer == null || buffer.getBounds().width != area.width || buffer.getBounds().height != area.height) {
            if (buffer != null) {
                buffer.dispose();
            }
            buffer = ClientImage.of(canvas.getDisplay(), area.width, area.height);
        }
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(buffer);
        try {
            painter.drawOn(canvas.getBackground().getRGB());
            painter.paint(gc, new Rectangle(0, 0, area.width, area.height), scene);
        } finally {
            gc.dispose();
        }
        e.gc.drawImage(buffer, 0, 0);
    }

    public Canvas control() {
        return canvas;
    }

    public Scene scene() {
        return scene;
    }

    public TopologyPainter painter() {
        return painter;
    }

    public void document(TopologyDocument newDocument) {
        document = newDocument;
        edits = newDocument == null ? null : new TopologyEdits(newDocument);
        scene.composite(newDocument == null ? null : newDocument.composite());
        pasteCount = 0;
        redraw();
    }

    public TopologyEdits edits() {
        return edits;
    }

    LinkChecker linkChecker() {
        return linkChecker;
    }

    void say(String message) {
        messages.accept(message);
    }

    public void linkChecker(LinkChecker checker) {
        linkChecker = checker;
    }

    public void onSelectionChanged(Runnable listener) {
        selectionListener = listener;
    }

    /** Where refusals and hints go (the part's message line). */
    public void onMessage(Consumer<String> listener) {
        messages = listener;
    }

    public void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    // --- view -----------------------------------------------------------------------------------

    public void zoomIn() {
        zoomAtCentre(org.hyperedge.ui.topology.view.Viewport.STEP);
    }

    public void zoomOut() {
        zoomAtCentre(1 / org.hyperedge.ui.topology.view.Viewport.STEP);
    }

    private void zoomAtCentre(double factor) {
        Rectangle area = canvas.getClientArea();
        scene.viewport().zoomAt(factor, area.width / 2, area.height / 2);
        redraw();
    }

    /** Zooms and pans so the whole composite shows. */
    public void fit() {
        double[] bounds = scene.bounds();
        Rectangle area = canvas.getClientArea();
        if (bounds == null) {
            scene.viewport().reset();
        } else {
            scene.viewport().fit(bounds[0], bounds[1], bounds[2], bounds[3], area.width, area.height, 30);
        }
        redraw();
    }

    public void pan(int dx, int dy) {
        scene.viewport().pan(dx, dy);
        redraw();
    }

    // --- selection and clipboard -------------------------------------------------------------------

    public void selectAll() {
        if (scene.composite() != null) {
            scene.select(scene.composite().getNodes(), scene.composite().getLinks());
            selectionChanged();
        }
    }

    public void select(List<ServiceNode> nodes) {
        scene.select(nodes, List.of());
        selectionChanged();
    }

    public void copy() {
        if (scene.composite() != null && !scene.selectedNodes().isEmpty()) {
            clipboard.copy(scene.composite(), scene.selectedNodes());
            pasteCount = 0;
            messages.accept(scene.selectedNodes().size() + " service(s) copied");
        }
    }

    public void cut() {
        copy();
        deleteSelection();
    }

    public boolean hasSelection() {
        return scene.composite() != null && (!scene.selectedNodes().isEmpty() || !scene.selectedLinks().isEmpty());
    }

    public boolean canCopy() {
        return scene.composite() != null && !scene.selectedNodes().isEmpty();
    }

    public boolean canPaste() {
        return edits != null && !clipboard.contents().isEmpty();
    }

    public void paste() {
        if (edits == null || clipboard.contents().isEmpty()) {
            return;
        }
        pasteCount++;
        List<ServiceNode> added = edits.paste(clipboard.contents(), 30 * pasteCount, 30 * pasteCount);
        scene.select(added, List.of());
        selectionChanged();
    }

    public void deleteSelection() {
        if (edits == null || scene.selectedNodes().isEmpty() && scene.selectedLinks().isEmpty()) {
            return;
        }
        edits.delete(new ArrayList<>(scene.selectedNodes()), new ArrayList<>(scene.selectedLinks()));
        scene.select(List.of(), List.of());
        selectionChanged();
    }

    void selectionChanged() {
        redraw();
        selectionListener.run();
    }

    void moveSelection(int dx, int dy) {
        Map<ServiceNode, int[]> places = new IdentityHashMap<>();
        scene.selectedNodes().forEach(node -> places.put(node, new int[] { node.getX() + dx, node.getY() + dy }));
        edits.move(places);
    }

    private void wheel(Event e) {
        if (scene.composite() == null || e.count == 0) {
            return;
        }
        if ((e.stateMask & SWT.SHIFT) != 0) {
            pan(e.count > 0 ? PAN_STEP : -PAN_STEP, 0);
        } else {
            scene.viewport().zoomAt(e.count > 0 ? org.hyperedge.ui.topology.view.Viewport.STEP
                    : 1 / org.hyperedge.ui.topology.view.Viewport.STEP, e.x, e.y);
            redraw();
        }
        e.doit = false;
    }

    // --- keyboard ---------------------------------------------------------------------------------

    private void key(Event e) {
        if (scene.composite() == null || (e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> arrow(-1, 0);
            case SWT.ARROW_RIGHT -> arrow(1, 0);
            case SWT.ARROW_UP -> arrow(0, -1);
            case SWT.ARROW_DOWN -> arrow(0, 1);
            case SWT.ESC -> {
                mouse.cancel();
                scene.select(List.of(), List.of());
                selectionChanged();
            }
            case SWT.KEYPAD_ADD -> zoomIn();
            case SWT.KEYPAD_SUBTRACT -> zoomOut();
            default -> {
                switch (e.character) {
                    case '+', '=' -> zoomIn();
                    case '-' -> zoomOut();
                    case '0' -> fit();
                    default -> {
                        return;
                    }
                }
            }
        }
        e.doit = false;
    }

    private void arrow(int dx, int dy) {
        if (!scene.selectedNodes().isEmpty() && edits != null) {
            moveSelection(dx * NUDGE, dy * NUDGE);
            redraw();
        } else {
            pan(-dx * PAN_STEP, -dy * PAN_STEP);
        }
    }

    public boolean canUndo() {
        return document != null && document.canUndo();
    }

    public boolean canRedo() {
        return document != null && document.canRedo();
    }

    public void undo() {
        if (document != null && document.canUndo()) {
            document.undo();
            scene.forgetRemoved();
            selectionChanged();
        }
    }

    public void redo() {
        if (document != null && document.canRedo()) {
            document.redo();
            scene.forgetRemoved();
            selectionChanged();
        }
    }

    // --- drops from the palette ------------------------------------------------------------------------

    private void acceptDrops() {
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                PaletteTransfer.decode(event.data).ifPresentOrElse(service -> {
                    Point at = canvas.toControl(event.x, event.y);
                    addService(service, at.x, at.y);
                }, () -> messages.accept("Only releases from the palette can be dropped here"));
            }
        });
    }

    /** Adds a service of the palette's choice with its box's top-left corner near the screen point. */
    public ServiceNode addService(PaletteTransfer service, int screenX, int screenY) {
        if (edits == null) {
            messages.accept("Open or create a composite first");
            return null;
        }
        int x = (int) Math.round(scene.viewport().toModelX(screenX)) - NodeFigure.WIDTH / 2;
        int y = (int) Math.round(scene.viewport().toModelY(screenY)) - NodeFigure.HEADER / 2;
        ServiceNode node = edits.addService(service.releaseId(), service.softwareType(), x, y);
        scene.select(List.of(node), List.of());
        canvas.setFocus();
        selectionChanged();
        return node;
    }

    /** Adds a service in the middle of the view (the palette's Enter and double-click). */
    public ServiceNode addServiceInView(PaletteTransfer service) {
        Rectangle area = canvas.getClientArea();
        return addService(service, area.width / 2, area.height / 3);
    }
}
