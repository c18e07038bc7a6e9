package org.hyperedge.ui.forms;

import java.math.BigDecimal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.hyperedge.console.core.forms.ChoiceBuilder;
import org.hyperedge.console.core.forms.FieldKind;
import org.hyperedge.console.core.forms.FieldPath;
import org.hyperedge.console.core.forms.FormField;

/**
 * Text, number, whole number, check box and combo fields. A number that does not parse is kept as the text
 * typed, so validation can say so instead of the form silently dropping it; an emptied field is absent.
 */
final class ScalarEditor extends FieldEditor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The combo entry of an optional enum left unset. */
    static final String UNSET = "(not set)";

    /** Lines a multi-line text field shows; it scrolls beyond them. */
    private static final int MULTI_LINE_ROWS = 5;

    private final Control control;

    ScalarEditor(Composite parent, FormContext context, FormField field, FieldPath path, String label) {
        super(context, field, path);
        Label labelCell = label(parent, field, label);
        if (field.multiLine()) {
            ((GridData) labelCell.getLayoutData()).verticalAlignment = SWT.TOP;
        }
        control = switch (field.kind()) {
            case BOOLEAN -> checkBox(parent);
            case ENUM -> combo(parent);
            default -> text(parent);
        };
        control.setData(FIELD_KEY, path.label());
        if (control instanceof Text text) {
            // shown, selectable and copied, never typed into
            text.setEditable(!field.readOnly());
            if (field.readOnly()) {
                text.setBackground(parent.getBackground());
            }
        } else {
            control.setEnabled(!field.readOnly());
        }
        lines(parent);
        refresh();
    }

    @Override
    Control control() {
        return control;
    }

    private Control text(Composite parent) {
        int style = field.secret() ? SWT.PASSWORD : field.multiLine() ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
        Text text = new Text(parent, SWT.BORDER | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = field.kind() == FieldKind.TEXT ? 320 : 140;
        if (field.multiLine()) {
            data.heightHint = text.getLineHeight() * MULTI_LINE_ROWS;
            data.verticalAlignment = SWT.TOP;
        }
        if (field.kind() != FieldKind.TEXT) {
            data.horizontalAlignment = SWT.LEAD;
            data.grabExcessHorizontalSpace = false;
        }
        text.setLayoutData(data);
        if (field.defaultValue() != null && !field.secret()) {
            // an emptied field shows what the master fills in when it stays empty
            text.setMessage("default: " + ChoiceBuilder.label(field.defaultValue()));
        }
        text.addModifyListener(e -> context.write(path, parse(text.getText())));
        return text;
    }

    private JsonNode parse(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        if (field.kind() == FieldKind.TEXT) {
            return NODES.textNode(typed);
        }
        try {
            return number(new BigDecimal(typed.strip()));
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(typed);
        }
    }

    /** The narrowest node for the number, as the JSON reader would give it, so equal values compare equal. */
    static JsonNode number(BigDecimal number) {
        if (number.signum() == 0 || number.stripTrailingZeros().scale() <= 0) {
            java.math.BigInteger whole = number.toBigIntegerExact();
            return whole.bitLength() < 32 ? NODES.numberNode(whole.intValue())
                    : whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        }
        double approximate = number.doubleValue();
        return new BigDecimal(Double.toString(approximate)).compareTo(number) == 0 ? NODES.numberNode(approximate)
                : NODES.numberNode(number);
    }

    private Control checkBox(Composite parent) {
        Button box = new Button(parent, SWT.CHECK);
        box.setLayoutData(new GridData(SWT.LEAD, SWT.CENTER, false, false));
        box.addListener(SWT.Selection, e -> context.write(path, NODES.booleanNode(box.getSelection())));
        return box;
    }

    private Control combo(Composite parent) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        if (!field.required()) {
            combo.add(UNSET);
        }
        field.valueLabels().forEach(combo::add);
        combo.setLayoutData(new GridData(SWT.LEAD, SWT.CENTER, false, false));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex() - (field.required() ? 0 : 1);
            context.write(path, index < 0 ? null : field.values().get(index).deepCopy());
        });
        return combo;
    }

    @Override
    void refresh() {
        JsonNode value = context.value(path);
        boolean was = context.refreshing;
        context.refreshing = true;
        try {
            if (control instanceof Text text) {
                String shown = value == null || value.isNull() ? "" : value.isTextual() ? value.textValue() : value.toString();
                if (value != null && value.isBigDecimal()) {
                    shown = value.decimalValue().toPlainString();
                }
                if (!text.getText().equals(shown) && !sameNumber(text.getText(), value)) {
                    text.setText(shown);
                }
            } else if (control instanceof Button box) {
                box.setSelection(value != null && value.asBoolean(false));
            } else if (control instanceof Combo combo) {
                int index = value == null ? -1 : field.values().indexOf(value);
                combo.select(field.required() ? index : index + 1);
            }
        } finally {
            context.refreshing = was;
        }
    }

    /** "1.50" typed and 1.5 stored are the same: the caret stays where the operator left it. */
    private static boolean sameNumber(String typed, JsonNode value) {
        if (value == null || !value.isNumber()) {
            return false;
        }
        try {
            return new BigDecimal(typed.strip()).compareTo(value.decimalValue()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
