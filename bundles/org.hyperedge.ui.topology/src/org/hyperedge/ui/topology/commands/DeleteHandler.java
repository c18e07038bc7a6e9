package org.hyperedge.ui.topology.commands;

import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.topology.EditorActions;

/** Edit › Delete (Delete, Backspace): deletes the selected services and links, or the focused field's selected text. */
public class DeleteHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canDelete();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.delete();
    }

    @Override
    protected boolean appliesToText() {
        return true;
    }

    @Override
    protected void onText(Text text) {
        text.insert("");
    }
}
