package org.hyperedge.ui.theme;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;

/**
 * The colour a line of text says something with (a failure, a warning, a quiet aside), as a CSS class the theme's
 * style sheet colours. A colour set directly on a label would not last: the theme engine styles each new widget
 * after the code that made it ran, and its {@code Label { color }} wins. So the label is given a class and re-styled;
 * the colour is also set directly, for a console running without a theme.
 */
public enum Tone {

    NORMAL(null), MUTED("muted"), NOTE("note"), WARNING("warning"), ALARM("alarm");

    /** The widget data key the e4 CSS engine reads a widget's CSS class from. */
    static final String CSS_CLASS_KEY = "org.eclipse.e4.ui.css.CssClassName";

    private final String cssClass;

    Tone(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The CSS class the themes colour this tone with; null for the normal text colour. */
    public String cssClass() {
        return cssClass;
    }

    /** Shows the control's text in this tone, now and whenever the theme styles it again. */
    public void applyTo(Control control) {
        control.setData(CSS_CLASS_KEY, cssClass);
        control.setForeground(colour(Palette.of(control)));
        control.reskin(SWT.NONE);
    }

    /** This tone in a palette; null (the control's default) for normal text. */
    public Color colour(Palette palette) {
        return switch (this) {
        case NORMAL -> null;
        case MUTED -> palette.muted();
        case NOTE -> palette.note();
        case WARNING -> palette.warning();
        case ALARM -> palette.alarm();
        };
    }
}
