package org.hyperedge.ui.nodes;

import java.time.Duration;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.sync.Enrolments;

/**
 * What {@code nodes enrol} does, from the Nodes view: after asking, a one-time token for one node behind NAT in a site,
 * made in a job, then shown with the master's fingerprint and the agent's command line, selectable to copy.
 */
public final class EnrolmentDialog extends Dialog {

    static final String TITLE = "Enrol a node behind NAT";
    static final String TEXT_KEY = "org.hyperedge.ui.nodes.enrolment";
    static final Duration VALIDITY = Enrolments.DEFAULT_VALIDITY;

    private final String site;
    private final Enrolments.Issued issued;
    private final String fingerprint;
    private final String endpoint;

    private EnrolmentDialog(Shell parent, String site, Enrolments.Issued issued, String fingerprint, String endpoint) {
        super(parent);
        this.site = site;
        this.issued = issued;
        this.fingerprint = fingerprint;
        this.endpoint = endpoint;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Asks, issues the token in a job, then shows it; {@code endpoint} is where nodes dial in (null: not set). */
    static void issue(Shell shell, EmbeddedMaster master, String site, String endpoint) {
        if (!MessageDialog.openConfirm(shell, TITLE, "Make a one-time enrolment token for one node in site " + site
                + ", valid " + VALIDITY.toHours() + " h?\n\nWhoever holds it can enrol one agent with this master until it "
                + "is spent or expires.")) {
            return;
        }
        Job.create("Making an enrolment token for site " + site, monitor -> {
            try {
                Enrolments.Issued issued = master.services().enrolments().issue(null, site, VALIDITY);
                String fingerprint = MasterSite.identity(master.dataDirectory()).fingerprint();
                if (!shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            new EnrolmentDialog(shell, site, issued, fingerprint, endpoint).open();
                        }
                    });
                }
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                return Status.error("cannot make an enrolment token for site " + site + ": " + e.getMessage(), e);
            }
        }).schedule();
    }

    /** The text shown: the token, the fingerprint, and the line to run on the node. */
    public static String text(String token, String fingerprint, String endpoint) {
        // one argument a line, joined by the shell's continuations: a wrapped line would break inside the token
        return "token:\n  " + token + "\nmaster fingerprint:\n  " + fingerprint + "\non the node:\n  ./hyperedge agent --master "
                + dialTo(endpoint) + " \\\n      --enrol " + token + " \\\n      --master-fingerprint " + fingerprint;
    }

    /** Where the node dials: the endpoint, but a wildcard listening address names no host the node can reach. */
    public static String dialTo(String endpoint) {
        if (endpoint == null) {
            return "HOST:PORT";
        }
        int colon = endpoint.lastIndexOf(':');
        String host = colon < 0 ? endpoint : endpoint.substring(0, colon);
        return host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? "HOST" + endpoint.substring(Math.max(colon, 0))
                : endpoint;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label about = new Label(area, SWT.WRAP);
        about.setText("One node in site " + site + " may enrol with this token until "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(issued.expiresAt()) + " UTC, once."
                + (endpoint == null ? " Set the endpoint nodes dial in to in Preferences › Master and Nodes." : ""));
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(about);
        Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL);
        text.setData(TEXT_KEY, Boolean.TRUE);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        text.setText(text(issued.token(), fingerprint, endpoint));
        GridDataFactory.fillDefaults().grab(true, true).hint(720, SWT.DEFAULT).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
