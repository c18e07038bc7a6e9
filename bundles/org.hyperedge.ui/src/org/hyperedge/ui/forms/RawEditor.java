package org.hyperedge.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;
import org.hyperedge.console.core.forms.JsonText;
import org.hyperedge.console.core.forms.SchemaSource;

/**
 * JSON typed by hand for one part the form cannot render; its note says why. Text that does not parse is
 * kept in the editor and reported as a problem of this field; the document keeps its last good value.
 */
final class RawEditor extends FieldEditor {

    private final Text text;

    RawEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        super(context, field, path);
        FieldEditor.label(parent, field, label).setLayoutData(new GridData(SWT.LEAD, SWT.TOP, false, false));
        text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        text.setFont(FormStyle.monospace());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 320;
        data.heightHint = text.getLineHeight() * 4;
        text.setLayoutData(data);
        text.setData(FIELD_KEY, path.label());
        text.addModifyListener(e -> typed());
        lines(parent);
        refresh();
    }

    @Override
    Control control() {
        return text;
    }

    private void typed() {
        if (context.refreshing) {
            return;
        }
        String typed = text.getText().strip();
        if (typed.isEmpty()) {
            context.syntaxErrors.remove(path);
            context.write(path, null);
            return;
        }
        try {
            JsonNode value = SchemaSource.JSON.readTree(typed);
            if (path.isRoot() && !value.isObject()) {
                context.syntaxErrors.put(path, "must be a JSON object ({ ... }): parameters are named values");
                context.changed();
                return;
            }
            context.syntaxErrors.remove(path);
            context.write(path, value);
        } catch (JsonProcessingException e) {
            context.syntaxErrors.put(path, "is not valid JSON: " + e.getOriginalMessage());
            context.changed();
        }
    }

    @Override
    void refresh() {
        if (context.syntaxErrors.containsKey(path)) {
            return;
        }
        JsonNode value = context.value(path);
        String shown = value == null ? "" : JsonText.pretty(value);
        boolean was = context.refreshing;
        context.refreshing = true;
        try {
            if (!sameJson(text.getText(), value)) {
                text.setText(shown);
            }
        } finally {
            context.refreshing = was;
        }
    }

    private static boolean sameJson(String typed, JsonNode value) {
        try {
            JsonNode parsed = typed.isBlank() ? null : SchemaSource.JSON.readTree(typed);
            return parsed == null ? value == null : parsed.equals(value);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
