package org.hyperedge.ui.forms;

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
import org.hyperedge.console.core.forms.RuleHint;
import org.hyperedge.ui.theme.Tone;

/**
 * The widgets of one field in a two-column grid: its label, its control, a line of help and a line for its
 * problems. It shows the document's value at its path ({@link #refresh}) and writes what is typed there.
 */
abstract class FieldEditor {

    /** Data key on every field's main control: the field's path label ({@code disk.size}), for tests and tools. */
    static final String FIELD_KEY = "hyperedge.field";
    /** Data key on a field's problem line. */
    static final String PROBLEM_KEY = "hyperedge.problem";

    final FormContext context;
    final FormField field;
    final FieldPath path;
    Label problemLine;

    FieldEditor(FormContext context, FormField field, FieldPath path) {
        this.context = context;
        this.field = field;
        this.path = path;
        context.editors.put(path, this);
    }

    /** Makes the fields of a folded group; true when there were some to make (the form must be laid out again). */
    boolean unfold() {
        return false;
    }

    /** Shows the document's current value. */
    abstract void refresh();

    /** The control a test or a caller focuses for this field. */
    abstract Control control();

    /** Where the problem line goes once there is a problem, and how many columns it spans. */
    private Composite problemParent;
    private Control problemAnchor;
    private int problemSpan;

    /** The framed group a structured field (a list, a map, a choice) is drawn in: its label, two columns. */
    static Group framedGroup(Composite parent, FormField field, String label) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(label + (field.required() ? " *" : ""));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        var layout = FormStyle.grid(2);
        layout.marginWidth = 8;
        layout.marginHeight = 6;
        group.setLayout(layout);
        return group;
    }

    /**
     * A list's or a map's frame below its label: the field's help and problem line, the composite its rows go in,
     * and the button that adds one (data {@link ArrayEditor#ADD_KEY}, the field's path).
     */
    Composite rowsIn(Group group, FormField field) {
        group.setData(FIELD_KEY, path.label());
        helpLines(group, field, 2);
        problemLineHere(group, 2);
        Composite rows = new Composite(group, SWT.NONE);
        rows.setLayout(FormStyle.grid(1));
        rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return rows;
    }

    Button addButton(Group group, String text) {
        Button add = new Button(group, SWT.PUSH);
        add.setText(text);
        add.setData(ArrayEditor.ADD_KEY, path.label());
        add.setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false, 2, 1));
        return add;
    }

    /**
     * Keeps the place of the field's problem line, right after what its parent holds now. The line itself is
     * made with the first problem: most fields never have one, and a large form opens faster without
     * hundreds of hidden labels.
     */
    void problemLineHere(Composite parent, int span) {
        Control[] children = parent.getChildren();
        problemParent = parent;
        problemAnchor = children.length == 0 ? null : children[children.length - 1];
        problemSpan = span;
    }

    /** Shows the field's own problems (or none); true when what is shown changed (the form needs a new layout). */
    boolean showProblems(List<String> messages) {
        String text = String.join("\n", messages);
        if (problemLine == null && !text.isEmpty() && problemParent != null && !problemParent.isDisposed()) {
            problemLine = FormStyle.line(problemParent, Tone.ALARM, "", problemSpan);
            problemLine.setData(PROBLEM_KEY, path.label());
            FormStyle.placeAfter(problemLine, problemAnchor == null || problemAnchor.isDisposed() ? null : problemAnchor);
        }
        if (problemLine == null || problemLine.isDisposed() || problemLine.getText().equals(text)) {
            return false;
        }
        FormStyle.show(problemLine, text);
        return true;
    }

    /** The label cell: the field's label, with an asterisk when it is required. */
    static Label label(Composite parent, FormField field, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text + (field.required() ? " *" : ""));
        if (field.required()) {
            label.setToolTipText("required");
        }
        label.setLayoutData(new GridData(SWT.LEAD, SWT.CENTER, false, false));
        return label;
    }

    /**
     * The help line under the control: the description, what the rules ask, that it is read-only, and what
     * became of a default that broke the field's own rules (the operator still sees what was suggested).
     */
    static String help(FormField field) {
        StringBuilder help = new StringBuilder(field.description() == null ? "" : field.description().strip());
        sentence(help, RuleHint.of(field));
        if (field.readOnly() && field.kind() != FieldKind.ENUM) {
            // a read-only text looks like any other in GTK: the help line says why it cannot be typed into
            sentence(help, "Read-only: the service sets it.");
        }
        sentence(help, field.defaultNote());
        return help.toString();
    }

    /** Adds a sentence to the help, ending the one before with a full stop. */
    private static void sentence(StringBuilder help, String more) {
        if (more == null || more.isEmpty()) {
            return;
        }
        if (help.length() > 0 && ".!?:".indexOf(help.charAt(help.length() - 1)) < 0) {
            help.append('.');
        }
        help.append(help.length() == 0 ? "" : " ").append(more);
    }

    /** Help and notes as lines spanning {@code span} columns: help in grey, notes (why JSON, what else) in amber. */
    static void helpLines(Composite parent, FormField field, int span) {
        String help = help(field);
        if (!help.isEmpty()) {
            FormStyle.line(parent, Tone.MUTED, help, span);
        }
        if (!field.notes().isEmpty()) {
            FormStyle.line(parent, Tone.NOTE, String.join("\n", field.notes()), span);
        }
    }

    /** Adds the help and problem lines under a control in the second column. */
    void lines(Composite parent) {
        helpLines(parent, field, 1);
        problemLineHere(parent, 1);
    }
}
