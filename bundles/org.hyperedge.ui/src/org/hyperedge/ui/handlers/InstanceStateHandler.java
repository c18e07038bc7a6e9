package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.request.RequestedStates;
import org.hyperedge.ui.instances.InstanceActions;
import org.hyperedge.ui.instances.InstanceSelection;

import jakarta.inject.Named;

/** Starts, stops, destroys or bangs the selected instances (the command's state parameter says which). */
public class InstanceStateHandler {

    public static final String STATE = "org.hyperedge.ui.instanceState";

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master,
            @Optional @Named(org.hyperedge.ui.parts.ConsoleSelection.KEY) Object selection) {
        return master != null && selection instanceof InstanceSelection instances && !instances.isEmpty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master,
            @Named(org.hyperedge.ui.parts.ConsoleSelection.KEY) InstanceSelection selection, @Named(STATE) String state) {
        if (InstanceActions.BANG.equals(state)) {
            InstanceActions.bang(shell, master, selection.rows());
        } else {
            InstanceActions.run(shell, master, selection.rows(), RequestedStates.parse(state));
        }
    }
}
