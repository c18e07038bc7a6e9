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
     * The name the e4 workbench looks the theme to start with up by (E4Application.THEME_ID, in an internal package,
     * hence spelled here): a {@code -cssTheme} argument, else the product's property of that name, else the system
     * property. The workbench reads it after the life cycle's {@code @PostContextCreate} and overwrites the context
     * key with what it finds, so the console leaves the product property out and sets the system property.
     */
    public static final String WORKBENCH_PROPERTY = "cssTheme";

    private final String id;

    ConsoleTheme(String id) {
        this.id = id;
    }

    /**
     * Makes this the theme the workbench styles the window with when it starts (a -cssTheme argument still wins), and
     * the toolkit's own widgets light or dark to match. On the UI thread, before the first window.
     */
    public void startWith() {
        System.setProperty(WORKBENCH_PROPERTY, id);
        Palette.started(this);
        GtkDarkVariant.prefer(this == DARK);
    }

    /** The theme's id in the extension registry. */
    public String id() {
        return id;
    }
}
