package org.hyperedge.ui.master;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.hyperedge.master.Master;
import org.hyperedge.ui.ConsoleEnvironment;
import org.hyperedge.ui.ConsolePreferences;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.hyperedge.console.core.master.EmbeddedMaster;

/**
 * Opens the embedded master in a background job when the console starts and puts it, and a status line
 * for it ({@value #STATUS}), into the application context; then starts its connector and this machine's
 * agent (unless {@code -Dhyperedge.localNode=false}), and refreshes the status line with the nodes' report
 * ages every few seconds. Closes everything when the console ends.
 */
public class MasterAddon {

    public static final String STATUS = "org.hyperedge.ui.masterStatus";
    /** System property: {@code false} keeps the console from starting and adopting this machine's agent. */
    public static final String LOCAL_NODE = "hyperedge.localNode";
    private static final long REFRESH_MS = 3_000;

    private volatile EmbeddedMaster master;
    private volatile boolean closed;
    private MasterEvents events;
    private Job opening;

    @PostConstruct
    void open(IEclipseContext context, ConsoleEnvironment environment, ConsolePreferences preferences,
            IEventBroker broker, UISynchronize ui) {
        context.set(STATUS, "Embedded master: opening " + environment.dataDirectory() + " …");
        events = new MasterEvents(broker);
        String url = preferences.masterUrl().orElse(Master.h2Url(environment.dataDirectory()));
        opening = Job.create("Opening the master", monitor -> {
            try {
                EmbeddedMaster opened = EmbeddedMaster.open(environment.dataDirectory(), url);
                opened.syncPeriod(preferences.syncPeriod());
                opened.onChange(events::changed);
                String keyNote = opened.useOperatorKey(OperatorKeyLocation.file());
                String summary = opened.summary() + " · " + keyNote + " · data: " + environment.dataDirectory();
                if (closed) {
                    opened.close();
                    return Status.CANCEL_STATUS;
                }
                master = opened;
                ui.asyncExec(() -> {
                    context.set(EmbeddedMaster.class, opened);
                    context.set(STATUS, summary);
                });
                startNodes(opened, context, environment, preferences, ui);
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.asyncExec(() -> context.set(STATUS, "Embedded master unavailable: " + e.getMessage()));
                return new Status(IStatus.ERROR, "org.hyperedge.ui", "cannot open the embedded master", e);
            }
        });
        opening.schedule();
    }

    private void startNodes(EmbeddedMaster opened, IEclipseContext context, ConsoleEnvironment environment,
            ConsolePreferences preferences, UISynchronize ui) {
        Job.create("Connecting to the nodes", monitor -> {
            String local;
            try {
                local = Boolean.parseBoolean(System.getProperty(LOCAL_NODE, "true")) ? opened.startLocalNode() : null;
                if (local == null) {
                    opened.startSync();
                }
            } catch (Exception e) {
                local = "this machine's agent did not start: " + e.getMessage();
            }
            // the Instances view filters this index in memory: read it once, after the nodes, before anyone asks
            opened.instanceIndex().refresh();
            String localNote = local == null ? "" : " · " + local;
            Job refresh = Job.create("Refreshing the node status", refreshMonitor -> {
                if (closed) {
                    return Status.CANCEL_STATUS;
                }
                String line = opened.summary() + " · " + opened.nodeSummary(preferences.staleness().alarmSeconds()) + localNote + " · data: "
                        + environment.dataDirectory();
                ui.asyncExec(() -> context.set(STATUS, line));
                return Status.OK_STATUS;
            });
            refresh.setSystem(true);
            refresh.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                @Override
                public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                    if (!closed) {
                        refresh.schedule(REFRESH_MS);
                    }
                }
            });
            refresh.schedule();
            return Status.OK_STATUS;
        }).schedule();
    }

    @PreDestroy
    void close() {
        closed = true;
        if (opening != null) {
            // a master still opening would create its files after the console (and a test's data directory) is gone
            try {
                opening.join(30_000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (events != null) {
            events.close();
        }
        EmbeddedMaster opened = master;
        if (opened != null) {
            opened.close();
        }
    }
}
