package org.hyperedge.ui.topology.commands;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.topology.EditorActions;
import org.hyperedge.ui.topology.TopologyPart;

import jakarta.inject.Named;

/**
 * A handler of one of the topology editor's commands, declared on its part descriptor: it acts on the active
 * part's editor, and is enabled when that editor can do it now. Stateless: everything comes by injection.
 * Where the command also means something to a focused text field of the editor (cut, paste, delete, select all
 * from the Edit menu), the field has it.
 */
public abstract class EditorHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional Display display) {
        if (focusedText(display) != null) {
            return true;
        }
        EditorActions actions = actions(part);
        return actions != null && enabled(actions);
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional Display display) {
        Text text = focusedText(display);
        if (text != null) {
            onText(text);
            return;
        }
        EditorActions actions = actions(part);
        if (actions != null && enabled(actions)) {
            run(actions);
        }
    }

    /** Whether the editor can do it now. */
    protected abstract boolean enabled(EditorActions actions);

    /** Does it in the editor. */
    protected abstract void run(EditorActions actions);

    /** Does it in the focused text field, for a command that {@link #appliesToText() applies to text}. */
    protected void onText(Text text) {
    }

    private Text focusedText(Display display) {
        if (display == null || !(display.getFocusControl() instanceof Text text) || !text.getEditable()) {
            return null;
        }
        return appliesToText() ? text : null;
    }

    /** Whether the command acts on a focused text field instead of the canvas. */
    protected boolean appliesToText() {
        return false;
    }

    /** The editor of the part, when the part is the topology editor and its content is built. */
    static EditorActions actions(MPart part) {
        return part != null && part.getObject() instanceof TopologyPart editor ? editor.actions() : null;
    }
}
