package org.hyperedge.ui.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.site.SiteOperations;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.resource.ModelResources;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * Exports, at the office, a site bundle for a composite service (with the site machines' pairing codes if
 * they are known), or, at a site, the return bundle of its records. The bundle is signed by this console's
 * master, whose fingerprint the page shows: the other side needs it to trust the bundle.
 */
public class ExportSiteWizard extends Wizard {

    public static final String FIELD_KEY = "org.hyperedge.ui.site.export.field";
    static final String[] BUILT_IN = { "factory-in-a-box", "web-and-database" };

    private final EmbeddedMaster master;
    private final String fingerprint;
    private Page page;
    private SiteSummary summary;

    /** {@code fingerprint}: this master's, read off the UI thread by the caller. */
    public ExportSiteWizard(EmbeddedMaster master, String fingerprint) {
        this.master = master;
        this.fingerprint = fingerprint;
        setWindowTitle("Export a Site or Return Bundle");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page(); // after the constructor: the page shows the fingerprint
        addPage(page);
    }

    public SiteSummary summary() {
        return summary;
    }

    @Override
    public boolean performFinish() {
        Path out = Path.of(page.out.getText().strip());
        boolean returning = page.returnBundle.getSelection();
        String composite = page.composite.getText().strip();
        String site = page.site.getText().strip();
        String pairings = page.pairings.getText();
        Path siteMaster = page.siteMaster.getText().isBlank() ? null : Path.of(page.siteMaster.getText().strip());
        try {
            summary = SiteJobs.run(getContainer(), "Exporting " + out.getFileName(), monitor -> {
                SiteOperations operations = new SiteOperations(master);
                if (returning) {
                    return operations.exportReturn(out, SiteJobs.progress(monitor));
                }
                return operations.exportSite(site, List.of(composite(composite)), pairings(pairings), siteMaster, out,
                        SiteJobs.progress(monitor));
            });
            return true;
        } catch (Exception e) {
            page.setErrorMessage("Not exported: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return false;
        }
    }

    static CompositeService composite(String name) {
        Path file = Path.of(name);
        if (name.endsWith("." + ModelResources.COMPOSITE_EXTENSION) && Files.isRegularFile(file)) {
            return ModelResources.loadComposite(file);
        }
        return CompositeXmi.builtIn(name).orElseThrow(() -> new IllegalArgumentException("no composite '" + name + "'"));
    }

    static List<SiteExport.Pairing> pairings(String lines) {
        List<SiteExport.Pairing> pairings = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (!line.isBlank()) {
                pairings.add(SiteExport.Pairing.parse(line.strip()));
            }
        }
        return pairings;
    }

    private final class Page extends WizardPage {

        private Button siteBundle;
        private Button returnBundle;
        private Combo composite;
        private Text site;
        private Text pairings;
        private Text siteMaster;
        private Text out;

        Page() {
            super("export");
            setTitle("Export a bundle");
            setDescription("Signed by this master, " + Fingerprints.shortForm(fingerprint) + ": give its fingerprint "
                    + "to whoever imports the bundle.");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            siteBundle = radio(body, "&Site bundle for a site (at the office)", "site");
            returnBundle = radio(body, "&Return bundle of this site's records (at the site)", "return");
            siteBundle.setSelection(true);
            new Label(body, SWT.NONE).setText("&Composite:");
            composite = new Combo(body, SWT.DROP_DOWN);
            composite.setItems(BUILT_IN);
            composite.setText(BUILT_IN[0]);
            composite.setData(FIELD_KEY, "composite");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(composite);
            site = text(body, "Site &name:", "factory", "site", 2);
            site.setText("factory");
            new Label(body, SWT.NONE).setText("&Pairings:");
            pairings = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
            pairings.setMessage("optional, one a line: HOST:PORT=PAIRING-CODE");
            pairings.setData(FIELD_KEY, "pairings");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(pairings);
            siteMaster = text(body, "Site &master:", "with pairings: the site master's certificate ('site identity --out')",
                    "site-master", 1);
            browse(body, siteMaster, SWT.OPEN);
            out = text(body, "&Output file:", "factory.hesite", "out", 1);
            browse(body, out, SWT.SAVE);
            Label signer = new Label(body, SWT.WRAP);
            signer.setText("This master's fingerprint: " + fingerprint);
            signer.setData(FIELD_KEY, "fingerprint");
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(signer);
            for (var control : new org.eclipse.swt.widgets.Control[] { composite, site, pairings, siteMaster, out }) {
                control.addListener(SWT.Modify, event -> validate());
            }
            siteBundle.addListener(SWT.Selection, event -> validate());
            returnBundle.addListener(SWT.Selection, event -> validate());
            setControl(body);
            validate();
        }

        private void browse(Composite body, Text target, int style) {
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(style == SWT.SAVE ? "B&rowse..." : "Bro&wse...");
            browse.addListener(SWT.Selection, event -> {
                FileDialog dialog = new FileDialog(getShell(), style);
                dialog.setOverwrite(style == SWT.SAVE);
                String chosen = dialog.open();
                if (chosen != null) {
                    target.setText(chosen);
                }
            });
        }

        private Button radio(Composite body, String label, String key) {
            Button radio = new Button(body, SWT.RADIO);
            radio.setText(label);
            radio.setData(FIELD_KEY, key);
            GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
            return radio;
        }

        private Text text(Composite body, String label, String hint, String key, int span) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER);
            text.setMessage(hint);
            text.setData(FIELD_KEY, key);
            GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
            return text;
        }

        private void validate() {
            boolean forSite = siteBundle.getSelection();
            composite.setEnabled(forSite);
            site.setEnabled(forSite);
            pairings.setEnabled(forSite);
            siteMaster.setEnabled(forSite);
            String problem = null;
            if (forSite && composite.getText().isBlank()) {
                problem = "Name a composite: a built-in example or a .composite file";
            } else if (forSite && !site.getText().strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
                problem = "The site name is 1-63 letters, digits, '.', '_' or '-'";
            } else if (forSite) {
                try {
                    boolean withPairings = !pairings(pairings.getText()).isEmpty();
                    if (withPairings && !Files.isRegularFile(Path.of(siteMaster.getText().strip()))) {
                        problem = "Pairing codes travel sealed to the site master: give its certificate file "
                                + "('./hyperedge --data SITE-DIR site identity --out FILE' writes it)";
                    }
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (problem == null && out.getText().isBlank()) {
                setErrorMessage(null);
                setPageComplete(false);
                return;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
