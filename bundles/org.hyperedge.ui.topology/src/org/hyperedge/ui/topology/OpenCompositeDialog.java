package org.hyperedge.ui.topology;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.ui.topology.edit.CompositeFiles;

/** Chooses a composite to open: the workspace's own, then the examples shipped in the catalog. */
final class OpenCompositeDialog extends Dialog {

    static final String TITLE = "Open Composite Service";
    static final String LIST_KEY = "org.hyperedge.ui.topology.open.list";

    private final List<String> choices;
    private final List<String> own;
    private org.eclipse.swt.widgets.List list;
    private String chosen;

    OpenCompositeDialog(Shell parent, CompositeFiles files) {
        super(parent);
        this.choices = files.choices();
        this.own = files.names();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(choices.isEmpty() ? "No composite service yet: create one with New." : "Composite services in the workspace, "
                + "and the examples of the catalog (opening an example copies it into the workspace):");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(label);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData(LIST_KEY, Boolean.TRUE);
        for (String choice : choices) {
            list.add(own.contains(choice) ? choice : choice + "  (example)");
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 200).applyTo(list);
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        if (!choices.isEmpty()) {
            list.select(0);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index < 0 ? null : choices.get(index);
        super.okPressed();
    }

    String chosen() {
        return chosen;
    }
}
