package org.hyperedge.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import com.fasterxml.jackson.databind.JsonNode;
import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.FormValues;

/**
 * {@code oneOf} / {@code anyOf} as a choice: a combo of the alternatives' titles, then the chosen
 * alternative's fields. Choosing another alternative starts it from its defaults; a value set elsewhere
 * (the JSON tab) selects the alternative it is.
 */
final class ChoiceEditor extends FieldEditor {

    /** Data key on the combo that picks the alternative. */
    static final String CHOICE_KEY = "hyperedge.choice";

    private final Combo combo;
    private final Composite area;
    private FieldEditor shown;
    private int shownIndex = -1;

    ChoiceEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        super(context, field, path);
        Group group = framedGroup(parent, field, label);
        helpLines(group, field, 2);
        Label kind = new Label(group, SWT.NONE);
        kind.setText("Kind");
        combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        if (!field.required()) {
            // an optional choice starts unset: typing into an alternative never chosen would lack its constants
            combo.add(ScalarEditor.UNSET);
        }
        field.alternatives().forEach(a -> combo.add(a.title()));
        combo.setData(CHOICE_KEY, path.label());
        combo.setData(FIELD_KEY, path.label());
        combo.setLayoutData(new GridData(SWT.LEAD, SWT.CENTER, false, false));
        combo.addListener(SWT.Selection, e -> choose(combo.getSelectionIndex() - offset()));
        problemLineHere(group, 1);
        area = new Composite(group, SWT.NONE);
        area.setLayout(FormStyle.grid(2));
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        refresh();
    }

    @Override
    Control control() {
        return combo;
    }

    /** Combo entries before the first alternative: "(not set)" for an optional choice. */
    private int offset() {
        return field.required() ? 0 : 1;
    }

    private void choose(int index) {
        if (index == shownIndex) {
            return;
        }
        if (index < 0) {
            context.write(path, null);
            show(-1);
            context.relayout();
            return;
        }
        FormField alternative = field.alternatives().get(index).field();
        JsonNode fresh = FormValues.initial(alternative);
        context.write(path, fresh == null ? FormValues.newItem(alternative) : fresh);
        show(index);
        context.relayout();
    }

    @Override
    void refresh() {
        JsonNode value = context.value(path);
        int index = value == null ? (field.required() ? Math.max(shownIndex, 0) : -1)
                : FormValues.activeAlternative(field, value);
        if (index != shownIndex) {
            show(index);
        } else if (shown != null) {
            shown.refresh();
        }
        combo.select(index + offset());
    }

    private void show(int index) {
        for (Control old : area.getChildren()) {
            old.dispose();
        }
        context.forget(path);
        context.editors.put(path, this);
        shownIndex = index;
        combo.select(index + offset());
        shown = null;
        if (index < 0) {
            return;
        }
        FormField alternative = field.alternatives().get(index).field();
        // an object alternative shows its properties directly under the combo: no second frame
        shown = alternative.kind() == FieldKind.OBJECT ? new ObjectEditor(area, context, alternative, path, null, true)
                : Editors.create(area, context, alternative, path, "Value");
        context.editors.put(path, this);
    }
}
