package org.hyperedge.ui.topology.commands;

import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.topology.EditorActions;

/** Edit › Select All (Ctrl+A): selects every service and link, or the focused field's text. */
public class SelectAllHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canSelectAll();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.selectAll();
    }

    @Override
    protected boolean appliesToText() {
        return true;
    }

    @Override
    protected void onText(Text text) {
        text.selectAll();
    }
}
