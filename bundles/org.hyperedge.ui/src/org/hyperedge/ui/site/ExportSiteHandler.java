package org.hyperedge.ui.site;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;

import jakarta.inject.Named;

/** File › Site › Export Bundle: a site bundle at the office, or a site's return bundle. */
public class ExportSiteHandler {

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master) {
        return master != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master) {
        SiteHandlers.openExport(shell, master);
    }
}
