package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.hyperedge.console.core.master.EmbeddedMaster;

/** Reads every view's data again now, as if the master had changed. */
public class RefreshHandler {

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master) {
        return master != null;
    }

    @Execute
    public void execute(EmbeddedMaster master) {
        master.changed();
    }
}
