package org.hyperedge.ui.nodes;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.connector.Connector;

/**
 * Adopts a node: its agent's address and the pairing code it printed at its first start, then a site and
 * labels. The TLS handshake and pairing run with progress in the wizard; a refusal is shown on the page
 * and nothing is recorded.
 */
public class AdoptNodeWizard extends Wizard {

    public static final String FIELD_KEY = "org.hyperedge.ui.nodes.adopt.field";

    private final Connector connector;
    /** Tells the master something changed, so its model (and the Nodes view) hears of the node at once. */
    private final Runnable changed;
    private final Page page = new Page();
    private String adopted;

    public AdoptNodeWizard(Connector connector, Runnable changed) {
        this.connector = connector;
        this.changed = changed;
        setWindowTitle("Adopt a Node");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** The id of the node adopted, once finished. */
    public String adopted() {
        return adopted;
    }

    @Override
    public boolean performFinish() {
        AdoptionForm form = page.form();
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Pairing with the agent at " + String.join(", ", form.addresses()), 1);
                try {
                    adopted = connector.adopt(form.addresses(), form.code().strip(), form.site().strip(),
                            form.labelMap());
                    changed.run();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage("Not adopted: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final class Page extends WizardPage {

        private Text address;
        private Text code;
        private Text site;
        private Text labels;

        Page() {
            super("adopt");
            setTitle("Adopt a node");
            setDescription("The agent printed its pairing code when it first started (or with --new-pairing).");
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
            address = field(body, "&Address:", "host:port, or several for a node on several links: 192.168.1.20:7443, 10.8.0.20:7443", "address");
            code = field(body, "Pairing &code:", "0123456789abcdef0123456789abcdef-abcd2345", "code");
            site = field(body, "&Site:", "e.g. factory-lyon", "site");
            site.setText("default");
            labels = field(body, "&Labels:", "optional: zone=hall-a, gpu=yes", "labels");
            for (Text text : new Text[] { address, code, site, labels }) {
                text.addListener(SWT.Modify, event -> validate());
            }
            setControl(body);
            validate();
        }

        private Text field(Composite body, String label, String hint, String key) {
            new Label(body, SWT.NONE).setText(label);
            Text text = new Text(body, SWT.BORDER);
            text.setMessage(hint);
            text.setData(FIELD_KEY, key);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
            return text;
        }

        AdoptionForm form() {
            return new AdoptionForm(address.getText(), code.getText(), site.getText(), labels.getText());
        }

        private void validate() {
            var problem = form().problem();
            boolean untouched = address.getText().isBlank() && code.getText().isBlank();
            setErrorMessage(untouched ? null : problem.orElse(null));
            setPageComplete(problem.isEmpty());
        }
    }
}
