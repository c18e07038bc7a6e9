package org.hyperedge.ui.parts;

import org.eclipse.e4.ui.model.application.MApplication;

/**
 * What the operator last selected in the Instances or Nodes view, kept in the application context under
 * {@value #KEY}: the Properties and Log views and the bulk-action commands follow it, and it stays put when
 * the operator clicks into those views (the active part's selection would not).
 */
public final class ConsoleSelection {

    public static final String KEY = "org.hyperedge.ui.selection";

    private ConsoleSelection() {
    }

    public static void set(MApplication application, Object selection) {
        application.getContext().set(KEY, selection);
    }
}
