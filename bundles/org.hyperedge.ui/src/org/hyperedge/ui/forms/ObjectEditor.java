package org.hyperedge.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;

/**
 * A group of named properties. The root of a form is the same without a frame. Notes (further properties
 * allowed, rules checked on the whole) open the group, then its help, then each property.
 */
final class ObjectEditor extends FieldEditor {

    /** Data key on a folded group's Show button (the group's path label). */
    static final String UNFOLD_KEY = "hyperedge.group.unfold";

    private final Composite body;
    private final List<FieldEditor> properties = new ArrayList<>();
    private Button unfold;
    private boolean built;

    ObjectEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        this(parent, context, field, path, label, false);
    }

    /** {@code frameless}: the properties go straight into the parent's area (the root, a chosen alternative). */
    ObjectEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label, boolean frameless) {
        super(context, field, path);
        if (frameless || path.isRoot() && label == null) {
            body = new Composite(parent, SWT.NONE);
            body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        } else {
            Group group = new Group(parent, SWT.NONE);
            group.setText(label + (field.required() ? " *" : ""));
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            body = group;
        }
        body.setLayout(FormStyle.grid(2));
        if (!(body instanceof Group)) {
            ((org.eclipse.swt.layout.GridLayout) body.getLayout()).verticalSpacing = 6;
        } else {
            ((org.eclipse.swt.layout.GridLayout) body.getLayout()).marginWidth = 8;
            ((org.eclipse.swt.layout.GridLayout) body.getLayout()).marginHeight = 6;
        }
        body.setData(FIELD_KEY, path.label());
        helpLines(body, field, 2);
        problemLineHere(body, 2);
        if (context.largeForm && body instanceof Group) {
            // a large form opens with its groups folded: their fields are made when the operator opens one
            unfold = new Button(body, SWT.PUSH);
            unfold.setText("Show " + Fields.count(field) + " fields");
            unfold.setData(UNFOLD_KEY, path.label());
            unfold.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false, 2, 1));
            unfold.addListener(SWT.Selection, e -> {
                unfold();
                context.relayout();
            });
        } else {
            build();
        }
    }

    /** Makes the group's fields, once. */
    private void build() {
        if (built) {
            return;
        }
        built = true;
        if (unfold != null) {
            unfold.dispose();
        }
        for (FormField property : field.properties()) {
            if (isConstant(property)) {
                // a fixed value (the discriminator of a choice) is set by the form, not typed
                continue;
            }
            properties.add(Editors.create(body, context, property, path.child(property.name()), property.label()));
        }
        if (field.properties().isEmpty() && path.isRoot()) {
            Label none = new Label(body, SWT.NONE);
            none.setText("This software type takes no parameters.");
            none.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false, 2, 1));
        }
    }

    @Override
    boolean unfold() {
        if (built) {
            return false;
        }
        build();
        return true;
    }

    private static boolean isConstant(FormField property) {
        return property.kind() == FieldKind.ENUM && property.readOnly() && property.values().size() == 1
                && property.defaultValue() != null;
    }

    @Override
    Control control() {
        return body;
    }

    @Override
    void refresh() {
        properties.forEach(FieldEditor::refresh);
    }
}
