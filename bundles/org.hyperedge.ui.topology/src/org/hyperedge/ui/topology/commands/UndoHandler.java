package org.hyperedge.ui.topology.commands;

import org.hyperedge.ui.topology.EditorActions;

/** Edit › Undo (Ctrl+Z): undoes the editor's last edit. */
public class UndoHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canUndo();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.undo();
    }
}
