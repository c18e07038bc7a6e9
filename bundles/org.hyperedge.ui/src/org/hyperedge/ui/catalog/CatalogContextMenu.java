package org.hyperedge.ui.catalog;

import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.ui.catalog.CatalogPart.TypeChoice;
import org.hyperedge.ui.parts.ClipboardText;
import org.hyperedge.ui.parts.MenuItems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalog rows' menu: request the row's software type (a release row: its first type, as the Request button
 * does), copy the release id a command line or a composite names it by, and read the type's parameter schema whole.
 */
final class CatalogContextMenu {

    /** The data key of each item: its action, for tests and tools. */
    static final String ACTION_KEY = "org.hyperedge.ui.catalog.contextAction";
    static final String REQUEST = "request";
    static final String COPY_ID = "copy-release-id";
    static final String SHOW_SCHEMA = "show-schema";

    private CatalogContextMenu() {
    }

    static Menu create(Control tree, Supplier<TypeChoice> selected, Runnable request) {
        Menu menu = new Menu(tree);
        MenuItem requestItem = item(menu, "&Request…", "request", REQUEST, request);
        MenuItem copyId = item(menu, "&Copy Release Id", "copy", COPY_ID, () -> {
            TypeChoice choice = selected.get();
            if (choice != null) {
                ClipboardText.put(tree.getDisplay(), choice.release().id());
            }
        });
        MenuItem schema = item(menu, "Show &Schema…", "part-properties", SHOW_SCHEMA, () -> {
            TypeChoice choice = selected.get();
            if (choice != null) {
                new SchemaDialog(tree.getShell(), choice).open();
            }
        });
        menu.addListener(SWT.Show, event -> {
            boolean any = selected.get() != null;
            requestItem.setEnabled(any);
            copyId.setEnabled(any);
            schema.setEnabled(any);
        });
        return menu;
    }

    private static MenuItem item(Menu menu, String label, String icon, String action, Runnable run) {
        return MenuItems.push(menu, label, icon, ACTION_KEY, action, run);
    }

    /** The type's description and its parameter and connection schemas as JSON, read-only and selectable. */
    static final class SchemaDialog extends Dialog {

        static final String TEXT_KEY = "org.hyperedge.ui.catalog.schema";
        private final TypeChoice choice;

        SchemaDialog(Shell parent, TypeChoice choice) {
            super(parent);
            this.choice = choice;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Schema of " + choice.release().id() + " · " + choice.type());
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            var type = choice.release().types().get(choice.type());
            Label description = new Label(area, SWT.WRAP);
            description.setText(choice.release().name() + " " + choice.release().version() + " · " + choice.type() + "\n"
                    + type.description());
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(description);
            Text json = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
            json.setData(TEXT_KEY, Boolean.TRUE);
            json.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
            json.setText("Parameters:\n" + pretty(type.parameterSchema()) + "\n\nConnection:\n" + pretty(type.connectionSchema()));
            GridDataFactory.fillDefaults().grab(true, true).hint(560, 360).applyTo(json);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }

        static String pretty(Object schema) {
            if (schema == null) {
                return "(none)";
            }
            try {
                return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema);
            } catch (JsonProcessingException e) {
                return schema.toString();
            }
        }
    }
}
