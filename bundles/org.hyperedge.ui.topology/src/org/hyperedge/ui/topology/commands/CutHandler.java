package org.hyperedge.ui.topology.commands;

import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.topology.EditorActions;

/** Edit › Cut (Ctrl+X): copies the selected services and deletes them, or cuts the focused field's text. */
public class CutHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canCopy();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.cut();
    }

    @Override
    protected boolean appliesToText() {
        return true;
    }

    @Override
    protected void onText(Text text) {
        text.cut();
    }
}
