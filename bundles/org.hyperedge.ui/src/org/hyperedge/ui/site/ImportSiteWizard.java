package org.hyperedge.ui.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.site.SiteOperations;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * Imports a site bundle (then adopts the site's machines and provisions its plan) or, at the office, a site's
 * return bundle. Choosing the file checks its signature and every digest in a job and shows who signed it;
 * the operator types the fingerprint of the master they trust (given to them by the office, or by the field
 * engineer), and Finish stays disabled until it names the bundle's signer.
 */
public class ImportSiteWizard extends Wizard {

    public static final String FIELD_KEY = "org.hyperedge.ui.site.import.field";

    private final EmbeddedMaster master;
    private final Page page = new Page();
    private List<SiteSummary> summaries = List.of();

    public ImportSiteWizard(EmbeddedMaster master) {
        this.master = master;
        setWindowTitle("Import a Site or Return Bundle");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** What the import did, once finished: one summary per step. */
    public List<SiteSummary> summaries() {
        return summaries;
    }

    public String summaryText() {
        return summaries.stream().map(SiteSummary::toString).collect(Collectors.joining("\n\n"));
    }

    @Override
    public boolean performFinish() {
        Path file = Path.of(page.file.getText().strip());
        String trusted = page.trust.getText().strip();
        try {
            summaries = SiteJobs.run(getContainer(), "Importing " + file.getFileName(),
                    monitor -> new SiteOperations(master).importBundle(file, trusted, () -> SiteJobs.progress(monitor)));
            return true;
        } catch (Exception e) {
            page.setErrorMessage("Nothing imported: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return false;
        }
    }

    private final class Page extends WizardPage {

        private Text file;
        private Label info;
        private Text trust;
        private volatile SiteOperations.BundleInfo inspected;
        private volatile String inspectionProblem;

        Page() {
            super("import");
            setTitle("Import a bundle");
            setDescription("A site bundle from the office into this (empty) master, or a site's return bundle.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            new Label(body, SWT.NONE).setText("&Bundle file:");
            file = new Text(body, SWT.BORDER);
            file.setMessage("factory.hesite");
            file.setData(FIELD_KEY, "file");
            GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("B&rowse...");
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            info = new Label(body, SWT.WRAP);
            info.setData(FIELD_KEY, "info");
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(info);
            new Label(body, SWT.NONE).setText("&Trusted master:");
            trust = new Text(body, SWT.BORDER);
            trust.setMessage("the signer's fingerprint as you were given it, e.g. 4332:df6f:9049:34d6");
            trust.setData(FIELD_KEY, "trust");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(trust);
            file.addListener(SWT.Modify, event -> inspect());
            trust.addListener(SWT.Modify, event -> validate());
            setControl(body);
            validate();
        }

        /** Reads the chosen file's signer and contents in a job; the page shows them when it is done. */
        private void inspect() {
            inspected = null;
            inspectionProblem = null;
            String chosen = file.getText().strip();
            info.setText(chosen.isEmpty() ? "" : "Checking the signature and every entry...");
            validate();
            if (chosen.isEmpty() || !Files.isRegularFile(Path.of(chosen))) {
                return;
            }
            Job job = Job.create("Checking " + chosen, monitor -> {
                SiteOperations.BundleInfo read = null;
                String problem = null;
                try {
                    read = SiteOperations.inspect(Path.of(chosen));
                } catch (Exception e) {
                    problem = e.getMessage();
                }
                SiteOperations.BundleInfo result = read;
                String refusal = problem;
                if (!info.isDisposed()) {
                    info.getDisplay().asyncExec(() -> {
                        if (info.isDisposed() || !chosen.equals(file.getText().strip())) {
                            return;
                        }
                        inspected = result;
                        inspectionProblem = refusal;
                        info.setText(result != null ? result.describe() : "Refused: " + refusal);
                        info.getParent().layout(true, true);
                        validate();
                    });
                }
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }

        private void validate() {
            String problem = null;
            if (file.getText().isBlank()) {
                problem = null;
            } else if (!Files.isRegularFile(Path.of(file.getText().strip()))) {
                problem = "No file " + file.getText().strip();
            } else if (inspectionProblem != null) {
                problem = inspectionProblem;
            } else if (inspected != null && !trust.getText().isBlank()) {
                try {
                    if (!Trust.of(trust.getText()).accepts(inspected.signer())) {
                        problem = "The bundle is signed by " + Fingerprints.shortForm(inspected.signer())
                                + ", not by the master you trust: it will not be imported";
                    }
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            setErrorMessage(problem);
            setPageComplete(problem == null && inspected != null && !trust.getText().isBlank());
        }
    }
}
