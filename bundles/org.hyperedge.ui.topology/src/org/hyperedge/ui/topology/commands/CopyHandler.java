package org.hyperedge.ui.topology.commands;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Display;
import org.hyperedge.ui.topology.EditorActions;

import jakarta.inject.Named;

/**
 * Edit › Copy (Ctrl+C) in the topology editor: the selected services when the canvas has the focus; otherwise
 * what the console's own Copy copies (a field's text, a table's rows), as everywhere else in the window.
 */
public class CopyHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        EditorActions actions = EditorHandler.actions(part);
        return actions == null || !actions.canvasHasFocus() || actions.canCopy();
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, Display display) {
        EditorActions actions = EditorHandler.actions(part);
        if (actions != null && actions.canvasHasFocus()) {
            if (actions.canCopy()) {
                actions.copy();
            }
        } else {
            new org.hyperedge.ui.handlers.CopyHandler().execute(display);
        }
    }
}
