package org.hyperedge.ui.master;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.master.PendingRestore;
import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.ui.site.SiteJobs;

import jakarta.inject.Named;

/**
 * File › Restore Master from Backup...: the backup chosen is checked whole in a job (signed by the trusted master,
 * every entry intact), the operator confirms, and the console restarts to rebuild its master from it before the
 * master opens ({@link PendingRestore}, carried out by {@link MasterAddon}). A backup refused changes nothing.
 */
public class RestoreMasterHandler {

    public static final String CONFIRM_TITLE = "Restart to Restore";
    public static final String REFUSED_TITLE = "Backup Refused";

    @CanExecute
    public boolean canExecute(@Optional EmbeddedMaster master) {
        return master != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EmbeddedMaster master, IWorkbench workbench,
            UISynchronize ui) {
        Path data = master.dataDirectory();
        RestoreMasterDialog dialog = new RestoreMasterDialog(shell, data);
        if (dialog.open() != Window.OK) {
            return;
        }
        Path backup = dialog.backup();
        String named = dialog.trustedFingerprint();
        Job.create("Checking the backup " + backup.getFileName(), monitor -> {
            try {
                String trusted = named != null ? named : MasterSite.identity(data).fingerprint();
                PendingRestore.Inspected checked = PendingRestore.check(backup, Trust.of(trusted), SiteJobs.progress(monitor));
                ui.asyncExec(() -> confirm(shell, workbench, ui, data, backup, checked));
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, REFUSED_TITLE, "Nothing is restored: " + e.getMessage()));
                return Status.info("the backup was refused: " + e.getMessage());
            } finally {
                monitor.done();
            }
        }).schedule();
    }

    private static void confirm(Shell shell, IWorkbench workbench, UISynchronize ui, Path data, Path backup, PendingRestore.Inspected checked) {
        boolean restart = MessageDialog.openConfirm(shell, CONFIRM_TITLE, "The backup " + backup + " taken "
                + checked.made() + " is whole and signed by master " + Fingerprints.shortForm(checked.signer())
                + ".\n\nRestart the console now and rebuild its master from it? The master in " + data
                + " is kept in its replaced-TIME folder; what was requested after the backup is not in it.");
        if (!restart) {
            return;
        }
        Job.create("Choosing the backup to restore", monitor -> {
            try {
                PendingRestore.choose(data, backup, checked.signer());
            } catch (java.io.IOException e) {
                return Status.error("cannot write down the restore: " + e.getMessage(), e);
            }
            ui.asyncExec(workbench::restart);
            return Status.OK_STATUS;
        }).schedule();
    }
}
