package org.hyperedge.ui.instances;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.parts.ConsoleIcons;

/**
 * Start, stop or destroy the selected instances: after a confirmation that says how many and which, in a
 * job, with what the master refused shown afterwards. Used by the view's tool bar and the key bindings.
 */
public final class InstanceActions {

    public static final String ACTION_KEY = "org.hyperedge.ui.instances.action";
    /** The tool item and command parameter value for a bang, beside the three requested states. */
    public static final String BANG = "bang";
    /** Names listed in a confirmation before "and N more". */
    static final int NAMED = 8;

    private InstanceActions() {
    }

    static void createBar(Composite parent, InstancesPart part) {
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        for (RequestedState state : RequestedState.values()) {
            ToolItem item = new ToolItem(bar, SWT.PUSH);
            item.setImage(ConsoleIcons.image(parent.getDisplay(), icon(state)));
            item.setToolTipText(verb(state) + " the selected instances (" + key(state) + ")");
            item.setData(ACTION_KEY, state);
            item.addListener(SWT.Selection, event -> run(bar.getShell(), part.master(), part.current(), state));
        }
        ToolItem bang = new ToolItem(bar, SWT.PUSH);
        bang.setImage(ConsoleIcons.image(parent.getDisplay(), "bang"));
        bang.setToolTipText("Bang: re-process the selected instances on their nodes, from their files up (Ctrl+Shift+B)");
        bang.setData(ACTION_KEY, BANG);
        bang.addListener(SWT.Selection, event -> bang(bar.getShell(), part.master(), part.current()));
    }

    /** The question asked before a bang. */
    public static String bangConfirmation(List<InstanceRow> rows) {
        return "Re-process " + rows.size() + (rows.size() == 1 ? " instance" : " instances") + "?\n\n" + names(rows)
                + "\n\nTheir processes restart from freshly rendered files; data in their partitions is kept.";
    }

    public static void bang(Shell shell, EmbeddedMaster master, List<InstanceRow> rows) {
        if (master == null || rows.isEmpty()) {
            MessageDialog.openInformation(shell, "Bang", "Select one or more instances first.");
            return;
        }
        if (!MessageDialog.openConfirm(shell, "Bang instances", bangConfirmation(rows))) {
            return;
        }
        Job.create("Bang " + rows.size() + " instances", monitor -> {
            report(shell, "Bang instances", rows.size(), master.bang(rows));
            return Status.OK_STATUS;
        }).schedule();
    }

    private static void report(Shell shell, String title, int asked, List<String> refused) {
        if (!refused.isEmpty() && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, title, "The master refused "
                    + refused.size() + " of " + asked + ":\n\n" + String.join("\n", refused)));
        }
    }

    private static String names(List<InstanceRow> rows) {
        String names = rows.stream().limit(NAMED).map(row -> "  • " + row.title() + (row.nodeId() == null ? ""
                : " on " + row.nodeId())).collect(Collectors.joining("\n"));
        return names + (rows.size() > NAMED ? "\n  … and " + (rows.size() - NAMED) + " more" : "");
    }

    /** The question asked before acting: how many instances, and which. */
    public static String confirmation(List<InstanceRow> rows, RequestedState state) {
        String warning = state == RequestedState.DESTROYED
                ? "\n\nDestroying is final: their partitions are wiped and a destroyed root takes its whole tree with it."
                : "";
        return verb(state) + " " + rows.size() + (rows.size() == 1 ? " instance" : " instances") + "?\n\n" + names(rows)
                + warning;
    }

    /**
     * Asks, then requests {@code state} for those of the rows it changes (the tool bar and the keys act on any
     * selection; the context menu offers only what changes something).
     */
    public static void run(Shell shell, EmbeddedMaster master, List<InstanceRow> selected, RequestedState state) {
        if (master == null || selected.isEmpty()) {
            MessageDialog.openInformation(shell, verb(state), "Select one or more instances first.");
            return;
        }
        List<InstanceRow> rows = InstanceContextMenu.changing(selected, state);
        if (rows.isEmpty()) {
            MessageDialog.openInformation(shell, verb(state), "Nothing to " + verb(state).toLowerCase(java.util.Locale.ROOT)
                    + ": " + (selected.size() == 1 ? "the selected instance is" : "every selected instance is")
                    + " already " + state.getLiteral() + " or destroyed.");
            return;
        }
        if (!MessageDialog.openConfirm(shell, verb(state) + " instances", confirmation(rows, state))) {
            return;
        }
        Job.create(verb(state) + " " + rows.size() + " instances", monitor -> {
            monitor.beginTask(verb(state), rows.size());
            List<String> refused = master.changeState(rows, state);
            monitor.done();
            report(shell, verb(state) + " instances", rows.size(), refused);
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The icon of the action, the same as the Instances menu shows for it. */
    static String icon(RequestedState state) {
        return switch (state) {
            case STARTED -> "start";
            case STOPPED -> "stop";
            case DESTROYED -> "destroy";
        };
    }

    /** The key binding of the action in Application.e4xmi, named in its tool tip. */
    private static String key(RequestedState state) {
        return switch (state) {
            case STARTED -> "Ctrl+Shift+S";
            case STOPPED -> "Ctrl+Shift+X";
            case DESTROYED -> "Shift+Delete";
        };
    }

    /** The verb with its menu mnemonic: S for start, T for stop, D for destroy. */
    static String mnemonicVerb(RequestedState state) {
        return switch (state) {
            case STARTED -> "&Start";
            case STOPPED -> "S&top";
            case DESTROYED -> "&Destroy";
        };
    }

    static String verb(RequestedState state) {
        return switch (state) {
            case STARTED -> "Start";
            case STOPPED -> "Stop";
            case DESTROYED -> "Destroy";
        };
    }
}
