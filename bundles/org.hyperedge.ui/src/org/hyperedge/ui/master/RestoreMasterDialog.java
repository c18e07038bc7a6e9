package org.hyperedge.ui.master;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.Backups;
import org.hyperedge.master.site.Trust;

/**
 * Asks which backup to rebuild the console's master from, and whose signature to trust on it: the fingerprint
 * printed when it was taken, or none for this console's own master. Checks only what needs no I/O beyond a file's
 * existence; the backup itself is checked in a job once the dialog closes.
 */
public class RestoreMasterDialog extends TitleAreaDialog {

    public static final String TITLE = "Restore Master from Backup";
    /** Data keys on the dialog's own controls, for tests. */
    public static final String FILE_KEY = "hyperedge.restore.file";
    public static final String TRUST_KEY = "hyperedge.restore.trust";

    private final Path dataDirectory;
    private Text file;
    private Text trust;
    private Path chosen;
    private String trusted;

    public RestoreMasterDialog(Shell shell, Path dataDirectory) {
        super(shell);
        this.dataDirectory = dataDirectory;
        setShellStyle(getShellStyle() | SWT.RESIZE);
        setHelpAvailable(false);
    }

    /** The backup chosen, once the dialog closed with Restore. */
    public Path backup() {
        return chosen;
    }

    /** The fingerprint to trust, or {@code null} for this console's own master. */
    public String trustedFingerprint() {
        return trusted;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TITLE);
        setMessage("Rebuild this console's master from a backup. The console restarts to do it; the master in "
                + dataDirectory + " is kept in its replaced-TIME folder.");
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

        new Label(fields, SWT.NONE).setText("Backup file:");
        file = new Text(fields, SWT.BORDER);
        file.setData(FILE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> browse());

        new Label(fields, SWT.NONE).setText("Signed by master:");
        trust = new Text(fields, SWT.BORDER);
        trust.setData(TRUST_KEY, Boolean.TRUE);
        trust.setMessage("fingerprint printed when it was taken; empty: this console's own master");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(trust);
        Label hint = new Label(fields, SWT.WRAP);
        hint.setText("Anyone can sign a file with a key of their own: the backup is restored only if the master you "
                + "name here signed it, and only once every entry of it is checked.");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(520, SWT.DEFAULT).applyTo(hint);

        file.addListener(SWT.Modify, event -> validate());
        trust.addListener(SWT.Modify, event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Restore...", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.backup", "*" });
        dialog.setFilterPath(dataDirectory.resolve(Backups.DIRECTORY).toString());
        String picked = dialog.open();
        if (picked != null) {
            file.setText(picked);
        }
    }

    /** The file named must be there (a cheap check: the backup is read in a job), the fingerprint hex. */
    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || file == null) {
            return;
        }
        String problem = null;
        String named = file.getText().strip();
        if (named.isEmpty()) {
            problem = "Choose the backup file.";
        } else if (!Files.isRegularFile(Path.of(named))) {
            problem = named + " is not a file.";
        } else if (!trust.getText().isBlank()) {
            try {
                Trust.of(trust.getText());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        chosen = Path.of(file.getText().strip());
        trusted = trust.getText().isBlank() ? null : trust.getText().strip();
        super.okPressed();
    }
}
