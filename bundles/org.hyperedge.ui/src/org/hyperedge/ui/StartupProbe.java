package org.hyperedge.ui;

import java.lang.management.ManagementFactory;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Reports the time from JVM start to the first window on stdout when the {@value #PROPERTY} system
 * property is set, for {@code ./hyperedge bench startup}; with the value {@code exit} the console
 * then quits. Without the property it does nothing.
 */
public class StartupProbe {

    public static final String PROPERTY = "hyperedge.startupProbe";

    @Inject
    @Optional
    void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, IWorkbench workbench) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("hyperedge.startup.ms=" + sinceJvmStart);
        System.out.flush();
        if ("exit".equals(mode)) {
            workbench.close();
        }
    }
}
