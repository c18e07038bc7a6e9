package org.hyperedge.ui.theme;

import java.lang.reflect.Method;

/**
 * Asks GTK for its theme's dark or light variant, so what CSS cannot reach (the menu bar, a pressed tool item,
 * scroll bars, radio buttons) matches the console's theme. This is the call Eclipse's own
 * {@code org.eclipse.e4.ui.swt.gtk} fragment makes when a dark theme is chosen; that fragment is not in our target
 * platform, and the class it calls exists only in SWT for GTK (in an internal package), so it is looked up by name and
 * nothing happens on other toolkits.
 */
final class GtkDarkVariant {

    private GtkDarkVariant() {
    }

    /** Prefers GTK's dark variant when {@code dark}, its light one otherwise; false when not on GTK. */
    static boolean prefer(boolean dark) {
        try {
            Method setDarkThemePreferred = Class.forName("org.eclipse.swt.internal.gtk.OS")
                    .getMethod("setDarkThemePreferred", boolean.class);
            setDarkThemePreferred.invoke(null, dark);
            return true;
        } catch (ReflectiveOperationException | LinkageError notGtk) {
            return false;
        }
    }
}
