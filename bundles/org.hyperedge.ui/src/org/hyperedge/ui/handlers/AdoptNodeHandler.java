package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.connector.Connector;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.ui.nodes.NodesPart;

import jakarta.inject.Named;

/** Opens the adoption wizard, once the master is open and its connector in the context. */
public class AdoptNodeHandler {

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master, @Optional Connector connector) {
        return master != null && connector != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master, Connector connector) {
        NodesPart.openAdoption(shell, master, connector);
    }
}
