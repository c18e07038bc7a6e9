package org.hyperedge.ui.forms;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.ui.theme.Tone;

/** The look of a generated form in one place: colours, fonts and grid settings. */
final class FormStyle {

    /** Wide enough for a sentence of help, narrow enough for a dialog. */
    static final int HELP_WIDTH = 440;

    private FormStyle() {
    }

    static GridLayout grid(int columns) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 10;
        layout.verticalSpacing = 4;
        return layout;
    }

    static Font monospace() {
        return JFaceResources.getTextFont();
    }

    /** A wrapped line of text under a field's control (after an empty first cell when span is 1). */
    static Label line(Composite parent, Tone tone, String text, int span) {
        Label spacer = null;
        if (span == 1) {
            spacer = new Label(parent, SWT.NONE);
            spacer.setLayoutData(new GridData());
        }
        Label line = new Label(parent, SWT.WRAP);
        tone.applyTo(line);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = HELP_WIDTH;
        line.setLayoutData(data);
        line.setData(SPACER, spacer);
        show(line, text);
        return line;
    }

    /** Shows the line with this text, or hides it (and its empty first cell) leaving no gap. */
    static void show(Label line, String text) {
        boolean visible = text != null && !text.isEmpty();
        line.setText(visible ? text : "");
        setVisible(line, visible);
        if (line.getData(SPACER) instanceof Label spacer) {
            setVisible(spacer, visible);
        }
    }

    /** Puts a line made later where it belongs: right after {@code anchor} (first in its parent when none). */
    static void placeAfter(Label line, org.eclipse.swt.widgets.Control anchor) {
        org.eclipse.swt.widgets.Control first = line.getData(SPACER) instanceof Label spacer ? spacer : line;
        if (anchor == null) {
            first.moveAbove(null);
        } else {
            first.moveBelow(anchor);
        }
        if (first != line) {
            line.moveBelow(first);
        }
    }

    private static void setVisible(Label label, boolean visible) {
        label.setVisible(visible);
        ((GridData) label.getLayoutData()).exclude = !visible;
    }

    private static final String SPACER = "hyperedge.form.spacer";
}
