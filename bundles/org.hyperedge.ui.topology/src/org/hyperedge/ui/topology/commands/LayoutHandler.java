package org.hyperedge.ui.topology.commands;

import org.hyperedge.ui.topology.EditorActions;

/** Edit › Lay Out Services (Ctrl+L): lays the services out in link order, as one undoable edit. */
public class LayoutHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canLayout();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.layout();
    }
}
