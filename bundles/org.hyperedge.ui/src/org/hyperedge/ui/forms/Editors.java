package org.hyperedge.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;

/** The editor for a field, by its kind. */
final class Editors {

    private Editors() {
    }

    static FieldEditor create(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        return switch (field.kind()) {
            case OBJECT -> new ObjectEditor(parent, context, field, path, label);
            case ARRAY -> new ArrayEditor(parent, context, field, path, label);
            case MAP -> new MapEditor(parent, context, field, path, label);
            case CHOICE -> new ChoiceEditor(parent, context, field, path, label);
            case RAW -> new RawEditor(parent, context, field, path, label);
            default -> new ScalarEditor(parent, context, field, path, label);
        };
    }
}
