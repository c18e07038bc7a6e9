package org.hyperedge.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.osgi.framework.FrameworkUtil;

/**
 * Puts the console's preferences and environment into the application context before the UI exists, and lets
 * the workbench load the layout it saved only if this console version saved it (the model is read after this).
 */
public class ConsoleLifeCycle {

    @PostContextCreate
    void putConsoleServices(IEclipseContext context) {
        PersistedLayout.keepOnlyIfSameVersion(FrameworkUtil.getBundle(getClass()).getVersion().toString());
        ConsolePreferences preferences = ConsolePreferences.forUser();
        context.set(ConsolePreferences.class, preferences);
        context.set(ConsoleEnvironment.class, ConsoleEnvironment.current(DataDirectory.current(preferences)));
    }
}
