package org.hyperedge.ui.theme;

/**
 * The console's two e4 CSS themes, registered in the bundle's {@code plugin.xml} with the
 * {@code org.eclipse.e4.ui.css.swt.theme} extension point; their style sheets are {@code css/light.css} and
 * {@code css/dark.css}.
 */
public enum ConsoleTheme {

    LIGHT("org.hyperedge.ui.theme.light"),
    DARK("org.hyperedge.ui.theme.dark");

    /**
     * The application-context key the e4 workbench reads the theme to start with from (E4Application.THEME_ID, in an
     * internal package, hence spelled here). The product's {@code cssTheme} property sets it first; the life cycle
     * replaces it with the operator's choice before the renderer styles the first widget.
     */
    public static final String CONTEXT_KEY = "cssTheme";

    private final String id;

    ConsoleTheme(String id) {
        this.id = id;
    }

    /** The theme's id in the extension registry. */
    public String id() {
        return id;
    }
}
