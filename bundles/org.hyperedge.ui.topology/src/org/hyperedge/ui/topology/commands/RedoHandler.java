package org.hyperedge.ui.topology.commands;

import org.hyperedge.ui.topology.EditorActions;

/** Edit › Redo (Ctrl+Y, Ctrl+Shift+Z): redoes the edit last undone. */
public class RedoHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canRedo();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.redo();
    }
}
