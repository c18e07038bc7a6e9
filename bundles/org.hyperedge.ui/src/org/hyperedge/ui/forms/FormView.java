package org.hyperedge.ui.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FieldProblem;
import org.hyperedge.console.core.forms.FormField;

/**
 * A form generated from a {@link FormField} model, editing a parameters document in place: what is typed
 * lands in the document at once, and {@link #refresh()} shows the document again after it changed elsewhere
 * (the raw JSON tab). Scrolls when taller than its space. Reusable wherever parameters are edited (the
 * request dialog, a topology node's properties).
 */
public final class FormView {

    /** Data key on each field's control: the field's path label, e.g. {@code disk.size}. */
    public static final String FIELD_KEY = FieldEditor.FIELD_KEY;
    /** Data key on each field's problem line. */
    public static final String PROBLEM_KEY = FieldEditor.PROBLEM_KEY;
    /** Data key on a list's Add button (the list's path label). */
    public static final String ADD_KEY = ArrayEditor.ADD_KEY;
    /** Data key on a folded group's Show button (the group's path label), in a large form. */
    public static final String UNFOLD_KEY = ObjectEditor.UNFOLD_KEY;
    /** Data key on each map entry's name field (the entry's path label, {@code tags.team}). */
    public static final String MAP_NAME_KEY = MapEditor.NAME_KEY;
    /** Data key on a choice's alternative combo (the choice's path label). */
    public static final String CHOICE_KEY = ChoiceEditor.CHOICE_KEY;

    /** The size a form asks for in a dialog's layout; it scrolls when its content is larger. */
    private static final int PREFERRED_WIDTH = 600;
    private static final int PREFERRED_HEIGHT = 400;

    private final ScrolledComposite scroller;
    private final FormLayouter layouter;
    private final Composite content;
    private final FormContext context;
    private final FieldEditor root;

    public FormView(Composite parent, FormField form, ObjectNode parameters) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL) {
            @Override
            public Point computeSize(int wHint, int hHint, boolean changed) {
                // a scroller wants the space it is given, not its content's size: asking the content would
                // measure every field whenever the dialog around the form is laid out
                return new Point(wHint == SWT.DEFAULT ? PREFERRED_WIDTH : wHint, hHint == SWT.DEFAULT ? PREFERRED_HEIGHT : hHint);
            }
        };
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        // a field focused (tabbing, or a problem shown) scrolls into view
        scroller.setShowFocusedControl(true);
        content = new Composite(scroller, SWT.NONE);
        var layout = FormStyle.grid(2);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        content.setLayout(layout);
        scroller.setContent(content);
        layouter = new FormLayouter(scroller, content);
        context = new FormContext(parameters, layouter::structureChanged);
        context.largeForm = Fields.count(form) > Fields.LARGE;
        root = Editors.create(content, context, form, FieldPath.ROOT, form.kind() == FieldKind.OBJECT ? null : "Parameters");
        scroller.addListener(SWT.Resize, e -> layouter.resized());
        layouter.now();
    }

    public Control control() {
        return scroller;
    }

    /** The document the form edits (the same object as given, kept up to date as the operator types). */
    public ObjectNode parameters() {
        return context.document;
    }

    /** Tells the listener after every change typed in the form. */
    public void addChangeListener(Runnable listener) {
        context.addListener(listener);
    }

    /** Replaces the parameters (e.g. from the raw JSON tab) and shows them. */
    public void setParameters(ObjectNode parameters) {
        context.document.removeAll();
        context.document.setAll(parameters);
        context.syntaxErrors.clear();
        refresh();
    }

    /** Shows the document's values again. */
    public void refresh() {
        root.refresh();
        layouter.structureChanged();
    }

    /** Parts typed as JSON that do not parse, as problems (the document kept their last good value). */
    public List<FieldProblem> syntaxProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        context.syntaxErrors.forEach((path, message) -> problems.add(new FieldProblem(path, message)));
        return problems;
    }

    /** Shows each problem under its field, or under the nearest enclosing field that has an editor. */
    public void showProblems(List<FieldProblem> problems) {
        Map<FieldEditor, List<String>> byEditor = new LinkedHashMap<>();
        context.editors.values().forEach(editor -> byEditor.put(editor, new ArrayList<>()));
        for (FieldProblem problem : problems) {
            FieldEditor editor = nearest(problem.path());
            String message = editor.path.equals(problem.path()) ? problem.message() : problem.toString();
            byEditor.get(editor).add(message);
        }
        Set<Control> changed = new HashSet<>();
        for (Map.Entry<FieldEditor, List<String>> entry : byEditor.entrySet()) {
            if (entry.getKey().showProblems(entry.getValue())) {
                changed.add(entry.getKey().problemLine);
            }
        }
        // laying out a large form is what typing would wait for: only the problem lines that came or went
        if (!changed.isEmpty()) {
            layouter.controlsChanged(changed);
        }
    }

    private FieldEditor nearest(FieldPath path) {
        FieldPath at = path;
        while (true) {
            FieldEditor editor = context.editors.get(at);
            if (editor != null) {
                return editor;
            }
            if (at.isRoot()) {
                return root;
            }
            at = new FieldPath(at.steps().subList(0, at.steps().size() - 1));
        }
    }

    /** Brings the field with this problem into view, with its problem line, and puts the caret there. */
    public void reveal(FieldPath path) {
        FieldEditor editor = nearest(path);
        // a field in a folded group: the groups on its way are opened
        while (editor.unfold()) {
            editor = nearest(path);
        }
        layouter.now();
        Control control = editor.control();
        if (control == null || control.isDisposed()) {
            return;
        }
        control.setFocus();
        scroller.showControl(control);
        if (editor.problemLine != null && !editor.problemLine.isDisposed() && editor.problemLine.getVisible()) {
            scroller.showControl(editor.problemLine);
        }
    }

    /** The main control of the field at the path label ({@code disk.size}), or {@code null}. */
    public Control fieldControl(String pathLabel) {
        return context.editors.values().stream().filter(e -> e.path.label().equals(pathLabel)).map(FieldEditor::control)
                .findFirst().orElse(null);
    }

    /** Lays the form out in a grid cell of its parent, filling it. */
    public FormView fill() {
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return this;
    }
}
