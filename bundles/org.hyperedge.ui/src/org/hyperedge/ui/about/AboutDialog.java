package org.hyperedge.ui.about;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.ui.ConsoleEnvironment;

/** Help › About HyperEdge: product, platform, Java and data directory, copyable for a support request. */
public class AboutDialog extends Dialog {

    public static final String TABLE_KEY = "org.hyperedge.ui.about.table";
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final ConsoleEnvironment environment;

    public AboutDialog(Shell parent, ConsoleEnvironment environment) {
        super(parent);
        this.environment = environment;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About HyperEdge");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label title = new Label(area, SWT.NONE);
        title.setText("HyperEdge — everything is a service");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());

        Table facts = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        facts.setData(TABLE_KEY, Boolean.TRUE);
        facts.setLinesVisible(true);
        TableColumn key = new TableColumn(facts, SWT.NONE);
        TableColumn value = new TableColumn(facts, SWT.NONE);
        environment.rows().forEach((k, v) -> new TableItem(facts, SWT.NONE).setText(new String[] { k, v }));
        key.pack();
        value.pack();
        GridDataFactory.fillDefaults().grab(true, true).hint(Math.min(760, key.getWidth() + value.getWidth() + 8), SWT.DEFAULT)
                .applyTo(facts);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "Copy to Clipboard", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { environment.asText() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }
}
