package org.hyperedge.ui.topology.commands;

import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.topology.EditorActions;

/** Edit › Paste (Ctrl+V): pastes the services copied, a little further each time, or text into the focused field. */
public class PasteHandler extends EditorHandler {

    @Override
    protected boolean enabled(EditorActions actions) {
        return actions.canPaste();
    }

    @Override
    protected void run(EditorActions actions) {
        actions.paste();
    }

    @Override
    protected boolean appliesToText() {
        return true;
    }

    @Override
    protected void onText(Text text) {
        text.paste();
    }
}
