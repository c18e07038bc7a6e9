package org.hyperedge.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.hyperedge.console.core.forms.SchemaSource;

/** An editable list: one row per item (edited with the item's field) with move and remove buttons, and Add. */
final class ArrayEditor extends FieldEditor {

    /** Data keys on the list's buttons, for tests and keyboard users' tools. */
    static final String ADD_KEY = "hyperedge.list.add";
    static final String REMOVE_KEY = "hyperedge.list.remove";

    private final Group group;
    private final Composite items;
    private final Button add;
    private final List<FieldEditor> rows = new ArrayList<>();
    private final List<Composite> rowControls = new ArrayList<>();

    ArrayEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        super(context, field, path);
        group = framedGroup(parent, field, label);
        items = rowsIn(group, field);
        add = addButton(group, "Add " + itemName());
        add.addListener(SWT.Selection, e -> addItem());
        refresh();
    }

    private String itemName() {
        String title = field.item() == null ? null : field.item().title();
        return title != null && !title.isBlank() ? title.toLowerCase(java.util.Locale.ROOT) : "item";
    }

    @Override
    Control control() {
        return group;
    }

    private ArrayNode array() {
        JsonNode value = context.value(path);
        return value instanceof ArrayNode array ? array : null;
    }

    private void addItem() {
        ArrayNode array = array();
        ArrayNode updated = array == null ? SchemaSource.JSON.createArrayNode() : array.deepCopy();
        updated.add(FormValues.newItem(field.itemAt(updated.size())));
        context.write(path, updated);
        refresh();
        context.relayout();
    }

    private void removeItem(int index) {
        ArrayNode updated = array().deepCopy();
        updated.remove(index);
        context.write(path, updated);
        refresh();
        context.relayout();
    }

    private void moveItem(int index, int by) {
        ArrayNode updated = array().deepCopy();
        JsonNode item = updated.get(index);
        updated.set(index, updated.get(index + by));
        updated.set(index + by, item);
        context.write(path, updated);
        refresh();
    }

    @Override
    void refresh() {
        ArrayNode array = array();
        int size = array == null ? 0 : array.size();
        if (size != rows.size()) {
            rebuild(size);
        } else {
            rows.forEach(FieldEditor::refresh);
        }
        // a tuple without further items ends after its positions
        add.setEnabled((field.rules().maxItems() == null || size < field.rules().maxItems()) && field.itemAt(size) != null);
    }

    private void rebuild(int size) {
        rowControls.forEach(Composite::dispose);
        rowControls.clear();
        rows.clear();
        context.forget(path);
        context.editors.put(path, this);
        for (int i = 0; i < size; i++) {
            Composite row = new Composite(items, SWT.NONE);
            row.setLayout(FormStyle.grid(2));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Composite body = new Composite(row, SWT.NONE);
            body.setLayout(FormStyle.grid(2));
            body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            FormField item = field.itemAt(i);
            if (item == null) {
                // an item beyond a closed tuple: the schema check names it, the JSON tab removes it
                row.dispose();
                continue;
            }
            String label = item.title() != null && i < field.positions().size() ? item.title()
                    : item.kind() == FieldKind.OBJECT || item.kind() == FieldKind.ARRAY
                            ? capitalized(itemName()) + " " + (i + 1) : (i + 1) + ".";
            rows.add(Editors.create(body, context, item, path.index(i), label));
            buttons(row, i, size);
            rowControls.add(row);
        }
    }

    private void buttons(Composite row, int index, int size) {
        Composite buttons = new Composite(row, SWT.NONE);
        buttons.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        buttons.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false));
        if (field.positions().isEmpty()) {
            // a tuple's items mean what their position says: they are not reordered
            Button up = button(buttons, "↑", "Move up", () -> moveItem(index, -1));
            up.setEnabled(index > 0);
            Button down = button(buttons, "↓", "Move down", () -> moveItem(index, 1));
            down.setEnabled(index < size - 1);
        }
        button(buttons, "Remove", "Remove this item", () -> removeItem(index)).setData(REMOVE_KEY, path.index(index).label());
    }

    private Button button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        // later: the row holding the button is rebuilt by the action
        button.addListener(SWT.Selection, e -> parent.getDisplay().asyncExec(() -> {
            if (!group.isDisposed()) {
                action.run();
            }
        }));
        return button;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
