package org.hyperedge.ui.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.seal.OperatorKeys.OperatorKey;

/**
 * Window › Preferences › Operator Key: where this console keeps its private sealing key, its fingerprint and the name the
 * master seals to it under, a button that makes and enrols it when that changes something (what {@code operators
 * enroll} does), and every key the master knows ({@code operators}). Reads and writes run as jobs.
 */
public class OperatorKeyPreferencePage extends PreferencePage {

    public static final String ID = "org.hyperedge.ui.preferences.operatorKey";
    public static final String FILE_KEY = "org.hyperedge.ui.preferences.operatorKey.file";
    public static final String SUMMARY_KEY = "org.hyperedge.ui.preferences.operatorKey.summary";
    public static final String ENROL_KEY = "org.hyperedge.ui.preferences.operatorKey.enrol";
    public static final String KEYS_KEY = "org.hyperedge.ui.preferences.operatorKey.keys";

    private final Supplier<EmbeddedMaster> master;
    private final Path file;
    private Text path;
    private Label summary;
    private Button enrol;
    private Table keys;

    /** {@code master} may give {@code null} while the console is still opening it; {@code file} is null for none. */
    public OperatorKeyPreferencePage(Supplier<EmbeddedMaster> master, Path file) {
        super("Operator Key");
        this.master = master;
        this.file = file;
        setDescription("Nodes seal secret connection values to the operators' keys. This console opens them with its "
                + "own key, kept apart from the master's data (./hyperedge operators lists the same keys).");
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
        new Label(page, SWT.NONE).setText("Key file:");
        path = new Text(page, SWT.READ_ONLY | SWT.BORDER);
        path.setData(FILE_KEY, Boolean.TRUE);
        path.setText(file == null ? "none" : file.toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        summary = new Label(page, SWT.WRAP);
        summary.setData(SUMMARY_KEY, Boolean.TRUE);
        summary.setText("Reading the key and the master's keys…");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(summary);
        enrol = new Button(page, SWT.PUSH);
        enrol.setData(ENROL_KEY, Boolean.TRUE);
        enrol.setText("&Make and Enrol Key");
        enrol.addListener(SWT.Selection, event -> makeAndEnrol());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(enrol);
        offerEnrol(false);
        Label heading = new Label(page, SWT.NONE);
        heading.setText("Keys the master seals to:");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
        keys = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        keys.setData(KEYS_KEY, Boolean.TRUE);
        keys.setHeaderVisible(true);
        keys.setLinesVisible(true);
        for (String[] column : new String[][] { { "Operator", "170" }, { "Key", "140" }, { "Added (UTC)", "150" } }) {
            TableColumn tableColumn = new TableColumn(keys, SWT.LEFT);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(keys);
        read();
        return page;
    }

    private void read() {
        EmbeddedMaster opened = master.get();
        Job job = Job.create("Reading the operator keys", monitor -> {
            List<OperatorKey> known = opened == null ? List.of() : opened.services().operatorKeys().list();
            OperatorKeyStatus status = OperatorKeyStatus.read(file, known);
            show(status, opened != null);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(OperatorKeyStatus status, boolean masterOpen) {
        if (summary.isDisposed()) {
            return;
        }
        summary.getDisplay().asyncExec(() -> {
            if (summary.isDisposed()) {
                return;
            }
            summary.setText(masterOpen ? status.summary() : status.summary() + " (The master is still opening.)");
            enrol.setText(status.buttonLabel());
            offerEnrol(masterOpen && status.canEnrol());
            keys.removeAll();
            String mine = status.keyId();
            java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneOffset.UTC);
            for (OperatorKey key : status.known()) {
                TableItem row = new TableItem(keys, SWT.NONE);
                row.setText(new String[] { key.name() + (key.key().id().equals(mine) ? " (this console)" : ""),
                        key.key().id(), time.format(key.addedAt()) });
            }
            summary.requestLayout();
            enrol.requestLayout();
        });
    }

    /** The button shows only when it changes something: a disabled one reads as "something is wrong" in the dark theme. */
    private void offerEnrol(boolean offered) {
        enrol.setEnabled(offered);
        enrol.setVisible(offered);
        ((org.eclipse.swt.layout.GridData) enrol.getLayoutData()).exclude = !offered;
        enrol.requestLayout();
    }

    /** What {@code operators enroll} does, through the console's master: the key made (0600) if absent, then added. */
    private void makeAndEnrol() {
        EmbeddedMaster opened = master.get();
        if (opened == null || file == null) {
            return;
        }
        if (!MessageDialog.openConfirm(getShell(), "Operator key", "Make (if absent) the key in\n  " + file
                + "\nand add its public half to this master?\n\nNodes seal secret values to it from their next desired "
                + "state; keep the file private: it opens every value sealed to it.")) {
            return;
        }
        offerEnrol(false);
        Job.create("Enrolling the operator key", monitor -> {
            String note = opened.useOperatorKey(file);
            if (!summary.isDisposed()) {
                summary.getDisplay().asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        setMessage(note, INFORMATION);
                        read();
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
