package org.hyperedge.ui.master;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.hyperedge.ui.ConsoleEnvironment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Opens the embedded master in a background job when the console starts and puts it, and a status line
 * for it ({@value #STATUS}), into the application context; closes it when the console ends.
 */
public class MasterAddon {

    public static final String STATUS = "org.hyperedge.ui.masterStatus";

    private volatile EmbeddedMaster master;
    private volatile boolean closed;

    @PostConstruct
    void open(IEclipseContext context, ConsoleEnvironment environment, UISynchronize ui) {
        context.set(STATUS, "Embedded master: opening " + environment.dataDirectory() + " …");
        Job.create("Opening the embedded master", monitor -> {
            try {
                EmbeddedMaster opened = EmbeddedMaster.open(environment.dataDirectory());
                String summary = opened.summary() + " · data: " + environment.dataDirectory();
                if (closed) {
                    opened.close();
                    return Status.CANCEL_STATUS;
                }
                master = opened;
                ui.asyncExec(() -> {
                    context.set(EmbeddedMaster.class, opened);
                    context.set(STATUS, summary);
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.asyncExec(() -> context.set(STATUS, "Embedded master unavailable: " + e.getMessage()));
                return new Status(IStatus.ERROR, "org.hyperedge.ui", "cannot open the embedded master", e);
            }
        }).schedule();
    }

    @PreDestroy
    void close() {
        closed = true;
        EmbeddedMaster opened = master;
        if (opened != null) {
            opened.close();
        }
    }
}
