package org.hyperedge.ui;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** Puts the console's preferences and environment into the application context before the UI exists. */
public class ConsoleLifeCycle {

    @PostContextCreate
    void putConsoleServices(IEclipseContext context) {
        ConsolePreferences preferences = ConsolePreferences.forUser();
        context.set(ConsolePreferences.class, preferences);
        context.set(ConsoleEnvironment.class, ConsoleEnvironment.current(DataDirectory.current(preferences)));
    }
}
