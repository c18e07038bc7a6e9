package org.hyperedge.ui.site;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.site.SiteOperations;

/** Opens the site wizards and shows what they did. */
public final class SiteHandlers {

    /** Title of the dialog that shows a finished export's or import's summary. */
    public static final String EXPORTED_TITLE = "Bundle Exported";
    public static final String IMPORTED_TITLE = "Bundle Imported";

    private SiteHandlers() {
    }

    /** Reads this master's fingerprint in a job (its key may be created on first use), then opens the export wizard. */
    public static void openExport(Shell shell, EmbeddedMaster master) {
        Job job = Job.create("Reading this master's key", monitor -> {
            String fingerprint = new SiteOperations(master).fingerprint();
            shell.getDisplay().asyncExec(() -> {
                if (shell.isDisposed()) {
                    return;
                }
                ExportSiteWizard wizard = new ExportSiteWizard(master, fingerprint);
                if (new WizardDialog(shell, wizard).open() == Window.OK) {
                    MessageDialog.openInformation(shell, EXPORTED_TITLE, wizard.summary() + "\n\nSigned by this master: "
                            + fingerprint);
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    public static void openImport(Shell shell, EmbeddedMaster master) {
        ImportSiteWizard wizard = new ImportSiteWizard(master);
        if (new WizardDialog(shell, wizard).open() == Window.OK) {
            String signer = wizard.summaries().get(0).signer();
            MessageDialog.openInformation(shell, IMPORTED_TITLE, wizard.summaryText() + "\n\nSigned by the trusted master "
                    + org.hyperedge.protocol.tls.Fingerprints.shortForm(signer) + " (" + signer + ")");
        }
    }
}
