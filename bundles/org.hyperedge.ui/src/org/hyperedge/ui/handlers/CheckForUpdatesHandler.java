package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.update.UpdatesDialog;
import org.hyperedge.update.ConsoleUpdater;
import org.hyperedge.update.UpdateSite;

import jakarta.inject.Named;

/** Help › Check for Updates: the update site from the preferences, checked and installed in {@link UpdatesDialog}. */
public class CheckForUpdatesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsolePreferences preferences,
            IWorkbench workbench) {
        UpdateSite site;
        try {
            site = UpdateSite.parse(preferences.updateSite());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(shell, UpdatesDialog.TITLE, e.getMessage());
            return;
        }
        new UpdatesDialog(shell, site, ConsoleUpdater::forRunningConsole, workbench::restart).open();
    }
}
