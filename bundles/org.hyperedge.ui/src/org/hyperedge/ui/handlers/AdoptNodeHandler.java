package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.ui.nodes.NodesPart;

import jakarta.inject.Named;

/** Opens the adoption wizard. */
public class AdoptNodeHandler {

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master) {
        return master != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master) {
        NodesPart.openAdoption(shell, master);
    }
}
