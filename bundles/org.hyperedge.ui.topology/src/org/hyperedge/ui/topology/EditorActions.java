package org.hyperedge.ui.topology;

import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.edit.AutoLayout;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;

/**
 * What the editor's commands do, and whether each can now: the one place the e4 handlers of the fragment and
 * the editor's tool bar both go through, so a menu item, a key and a tool item do the same thing.
 */
public final class EditorActions {

    private final TopologyCanvas canvas;
    private final Runnable save;

    EditorActions(TopologyCanvas canvas, Runnable save) {
        this.canvas = canvas;
        this.save = save;
    }

    /** A composite is open in the editor. */
    public boolean isOpen() {
        return canvas.edits() != null;
    }

    /** The canvas has the keyboard focus (not a field of the properties, say). */
    public boolean canvasHasFocus() {
        return !canvas.control().isDisposed() && canvas.control().isFocusControl();
    }

    public boolean canUndo() {
        return canvas.canUndo();
    }

    public void undo() {
        canvas.undo();
    }

    public boolean canRedo() {
        return canvas.canRedo();
    }

    public void redo() {
        canvas.redo();
    }

    public boolean canCopy() {
        return canvas.canCopy();
    }

    public void copy() {
        canvas.copy();
    }

    public void cut() {
        canvas.cut();
    }

    public boolean canPaste() {
        return canvas.canPaste();
    }

    public void paste() {
        canvas.paste();
    }

    public boolean canDelete() {
        return isOpen() && canvas.hasSelection();
    }

    public void delete() {
        canvas.deleteSelection();
    }

    public boolean canSelectAll() {
        return isOpen() && !canvas.scene().composite().getNodes().isEmpty();
    }

    public void selectAll() {
        canvas.selectAll();
    }

    public boolean canLayout() {
        return canSelectAll();
    }

    /** Lays the services out in link order, as one undoable edit, and fits the view to them. */
    public void layout() {
        if (!canLayout()) {
            return;
        }
        Scene scene = canvas.scene();
        canvas.edits().layout(AutoLayout.places(scene.composite(), node -> NodeFigure.WIDTH,
                node -> NodeFigure.height(scene.catalog().ports(node))));
        canvas.fit();
    }

    /** Saves the composite (the workbench's Save calls the part's {@code @Persist}, which comes here). */
    public void save() {
        save.run();
    }
}
