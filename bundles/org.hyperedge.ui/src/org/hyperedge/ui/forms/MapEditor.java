package org.hyperedge.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;
import org.hyperedge.console.core.forms.MapKeys;
import org.hyperedge.console.core.forms.SchemaSource;

/**
 * A map whose names the operator chooses: one row per entry, its name in a text field and its value edited
 * with the map's value field, then Remove; Add makes a new entry. A name is renamed when the operator leaves
 * its field (or presses Enter), keeping the entries' order; a name already taken or emptied is put back.
 */
final class MapEditor extends FieldEditor {

    /** Data key on each entry's name field: the entry's path label ({@code tags.team}). */
    static final String NAME_KEY = "hyperedge.map.name";

    private final Group group;
    private final Composite entries;
    private final List<String> shownNames = new ArrayList<>();
    private final List<FieldEditor> rows = new ArrayList<>();

    MapEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        super(context, field, path);
        group = framedGroup(parent, field, label);
        entries = rowsIn(group, field);
        Button add = addButton(group, "Add entry");
        add.addListener(SWT.Selection, e -> addEntry());
        refresh();
    }

    @Override
    Control control() {
        return group;
    }

    private ObjectNode map() {
        JsonNode value = context.value(path);
        return value instanceof ObjectNode object ? object : null;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        ObjectNode map = map();
        if (map != null) {
            map.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private void addEntry() {
        ObjectNode map = map();
        ObjectNode updated = map == null ? SchemaSource.JSON.createObjectNode() : map.deepCopy();
        updated.set(MapKeys.fresh(names()), FormValues.newItem(field.item()));
        context.write(path, updated);
        refresh();
        context.relayout();
    }

    private void remove(String name) {
        ObjectNode updated = map().deepCopy();
        updated.remove(name);
        context.write(path, updated);
        refresh();
        context.relayout();
    }

    /** Renames an entry in place (its position kept); a name emptied or already taken is put back. */
    private void rename(String from, Text nameField) {
        String to = nameField.getText().strip();
        ObjectNode map = map();
        if (to.equals(from) || map == null) {
            return;
        }
        if (to.isEmpty() || map.has(to)) {
            nameField.setText(from);
            return;
        }
        ObjectNode updated = SchemaSource.JSON.createObjectNode();
        map.fields().forEachRemaining(entry -> updated.set(entry.getKey().equals(from) ? to : entry.getKey(), entry.getValue()));
        context.write(path, updated);
        // the row's editors are bound to the old name: build them again once this event is over
        group.getDisplay().asyncExec(() -> {
            if (!group.isDisposed()) {
                refresh();
                context.relayout();
            }
        });
    }

    @Override
    void refresh() {
        List<String> names = names();
        if (!names.equals(shownNames)) {
            rebuild(names);
        } else {
            rows.forEach(FieldEditor::refresh);
        }
    }

    private void rebuild(List<String> names) {
        for (Control old : entries.getChildren()) {
            old.dispose();
        }
        rows.clear();
        shownNames.clear();
        shownNames.addAll(names);
        context.forget(path);
        context.editors.put(path, this);
        for (String name : names) {
            Composite row = new Composite(entries, SWT.NONE);
            row.setLayout(FormStyle.grid(3));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Text nameField = new Text(row, SWT.BORDER);
            nameField.setText(name);
            nameField.setMessage("name");
            nameField.setData(NAME_KEY, path.child(name).label());
            GridData nameData = new GridData(SWT.LEAD, SWT.TOP, false, false);
            nameData.widthHint = 160;
            nameField.setLayoutData(nameData);
            nameField.addListener(SWT.FocusOut, e -> rename(name, nameField));
            nameField.addListener(SWT.DefaultSelection, e -> rename(name, nameField));
            Composite body = new Composite(row, SWT.NONE);
            body.setLayout(FormStyle.grid(2));
            body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            rows.add(Editors.create(body, context, field.item(), path.child(name), "="));
            Button remove = new Button(row, SWT.PUSH);
            remove.setText("Remove");
            remove.setToolTipText("Remove this entry");
            remove.setData(ArrayEditor.REMOVE_KEY, path.child(name).label());
            remove.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false));
            // later: the row holding the button is disposed by the removal
            remove.addListener(SWT.Selection, e -> group.getDisplay().asyncExec(() -> {
                if (!group.isDisposed()) {
                    remove(name);
                }
            }));
        }
    }
}
