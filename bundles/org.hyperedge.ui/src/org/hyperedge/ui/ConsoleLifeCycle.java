package org.hyperedge.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.hyperedge.console.core.master.DataDirectory;
import org.hyperedge.ui.theme.Appearance;
import org.hyperedge.ui.theme.ConsoleTheme;
import org.osgi.framework.FrameworkUtil;

/**
 * Puts the console's preferences and environment into the application context before the UI exists, lets the
 * workbench load the layout it saved only if this console version saved it (the model is read after this), and picks
 * the light or dark theme the renderer styles the window with.
 */
public class ConsoleLifeCycle {

    @PostContextCreate
    void putConsoleServices(IEclipseContext context) {
        PersistedLayout.keepOnlyIfSameVersion(FrameworkUtil.getBundle(getClass()).getVersion().toString());
        ConsolePreferences preferences = ConsolePreferences.forUser();
        context.set(ConsolePreferences.class, preferences);
        context.set(ConsoleEnvironment.class, ConsoleEnvironment.current(DataDirectory.current(preferences.dataDirectory())));
        theme(preferences).startWith();
    }

    /** The operator's choice, else the desktop's preference; a mistyped choice is reported and the desktop followed. */
    private static ConsoleTheme theme(ConsolePreferences preferences) {
        Appearance appearance;
        try {
            appearance = preferences.appearance();
        } catch (IllegalStateException e) {
            System.err.println("hyperedge console: " + e.getMessage() + "; following the desktop");
            appearance = Appearance.FOLLOW_DESKTOP;
        }
        return appearance.theme(Display.isSystemDarkTheme());
    }
}
