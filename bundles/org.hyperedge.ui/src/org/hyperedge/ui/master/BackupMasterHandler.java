package org.hyperedge.ui.master;

import java.time.Clock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.backup.MasterBackup;

import jakarta.inject.Named;

/**
 * File › Back Up Master Now: a signed backup of the console's master into its data directory's {@code backups/}
 * (the newest {@value #KEEP} kept), taken as a job; the file and how to restore it are shown when it is whole.
 */
public class BackupMasterHandler {

    public static final String DONE_TITLE = "Master Backed Up";
    static final int KEEP = 7;

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master) {
        return master != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master, UISynchronize ui) {
        Job.create("Backing up the master", monitor -> {
            monitor.beginTask("Backing up the master of " + master.dataDirectory(), IProgressMonitor.UNKNOWN);
            try {
                MasterBackup.Summary taken = new Backups(master, KEEP, Clock.systemUTC()).takeNow();
                ui.asyncExec(() -> MessageDialog.openInformation(shell, DONE_TITLE, "The master is backed up to\n"
                        + taken.file() + " (" + taken.bytes() / 1024 + " KiB).\n\nTo rebuild it on another machine:\n"
                        + "./hyperedge --data DIR restore FILE --trust " + taken.signer() + "\n\nThe newest " + KEEP
                        + " backups are kept."));
                return Status.OK_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, "Backup Failed", "The master could not be backed up: "
                        + e.getMessage()));
                return Status.error("the master could not be backed up", e);
            } finally {
                monitor.done();
            }
        }).schedule();
    }
}
