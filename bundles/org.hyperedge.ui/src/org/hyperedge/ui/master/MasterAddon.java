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
import org.hyperedge.connector.Connector;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.master.PendingRestore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentFactory;
import org.osgi.service.component.ComponentInstance;

/**
 * Opens the embedded master in a background job when the console starts — an instance of the Declarative
 * Services component factory {@value EmbeddedMaster#FACTORY} of {@code org.hyperedge.console.core}, given the
 * data directory and the JDBC URL the console chose, which SCR activates and registers as a service — and an
 * instance of the connector's component factory {@value Connector#FACTORY} for that master (its {@code host}
 * reference targets the master's service by {@value #MASTER_INSTANCE}), which SCR activates on the master's
 * database and closes as soon as the master's service goes; puts both, and a status line for them
 * ({@value #STATUS}), into the application context; then starts syncing and this machine's agent (unless
 * {@code -Dhyperedge.localNode=false}), and refreshes the status line with the nodes' report ages every few seconds.
 * Disposes both components when the console ends, the connector first.
 */
public class MasterAddon {

    public static final String STATUS = "org.hyperedge.ui.masterStatus";
    /** System property: {@code false} keeps the console from starting and adopting this machine's agent. */
    public static final String LOCAL_NODE = "hyperedge.localNode";
    /** Service property of the master's component instance, unique per start: what its connector's target names. */
    public static final String MASTER_INSTANCE = "hyperedge.masterInstance";
    /**
     * Application context key of a {@code CompletableFuture<Void>} completed once the master and its connector are
     * closed: the console's window goes first, the database is closed in the background after it, and whoever
     * removes the data directory (a test) must wait for that.
     */
    public static final String CLOSED = "org.hyperedge.ui.masterClosed";
    private static final long REFRESH_MS = 3_000;

    private volatile EmbeddedMaster master;
    private volatile ComponentInstance<EmbeddedMaster> component;
    private volatile ComponentInstance<Connector> connectorComponent;
    private volatile boolean closed;
    private final java.util.concurrent.CompletableFuture<Void> closedFuture = new java.util.concurrent.CompletableFuture<>();
    private MasterEvents events;
    private Job opening;

    @PostConstruct
    void open(IEclipseContext context, ConsoleEnvironment environment, ConsolePreferences preferences,
            IEventBroker broker, UISynchronize ui) {
        context.set(STATUS, "Embedded master: opening " + environment.dataDirectory() + " …");
        // null until this console's master is open: the application context's parent is the OSGi service context,
        // which would otherwise hand a part any EmbeddedMaster or Connector service registered in the framework
        context.set(EmbeddedMaster.class, null);
        context.set(Connector.class, null);
        context.set(CLOSED, closedFuture);
        events = new MasterEvents(broker);
        String url = preferences.masterUrl().orElse(Master.h2Url(environment.dataDirectory()));
        opening = Job.create("Opening the master", monitor -> {
            try {
                String restored = restorePending(environment.dataDirectory(), url, context, ui, monitor);
                String id = java.util.UUID.randomUUID().toString();
                ComponentInstance<EmbeddedMaster> instance = newMaster(environment.dataDirectory(), url, id);
                EmbeddedMaster opened = instance.getInstance();
                ComponentInstance<Connector> connecting;
                try {
                    connecting = newConnector(environment.dataDirectory(), id);
                } catch (RuntimeException | org.osgi.framework.InvalidSyntaxException e) {
                    instance.dispose();
                    throw e;
                }
                Connector connector = connecting.getInstance();
                opened.connectWith(connector);
                opened.syncPeriod(preferences.syncPeriod());
                opened.onChange(events::changed);
                String keyNote = opened.useOperatorKey(OperatorKeyLocation.file());
                String summary = opened.summary() + " · " + keyNote + (restored == null ? "" : " · " + restored)
                        + " · data: " + environment.dataDirectory();
                if (closed) {
                    connecting.dispose();
                    instance.dispose();
                    return Status.CANCEL_STATUS;
                }
                component = instance;
                connectorComponent = connecting;
                master = opened;
                ui.asyncExec(() -> {
                    context.set(EmbeddedMaster.class, opened);
                    context.set(Connector.class, connector);
                    context.set(STATUS, summary);
                });
                startNodes(opened, context, environment, preferences, ui, restored);
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.asyncExec(() -> context.set(STATUS, "Embedded master unavailable: " + e.getMessage()));
                return new Status(IStatus.ERROR, "org.hyperedge.ui", "cannot open the embedded master", e);
            }
        });
        opening.schedule();
    }

    /**
     * Rebuilds the master from the backup chosen in File › Restore Master from Backup before the console restarted
     * (the master cannot be replaced under views bound to it), showing its progress; a failure is shown in the
     * status line (a backup found damaged now, before anything is moved, leaves the master as it was). Returns what it did, for the status line (null:
     * no restore was waiting).
     */
    private static String restorePending(java.nio.file.Path data, String url, IEclipseContext context, UISynchronize ui,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        try {
            var pending = PendingRestore.find(data);
            if (pending.isEmpty()) {
                return null;
            }
            if (!url.equals(Master.h2Url(data))) {
                java.nio.file.Files.deleteIfExists(data.resolve(PendingRestore.FILE));
                return "NOT restored: this console's master is " + org.hyperedge.master.store.JdbcUrls.withoutSecrets(url)
                        + "; a PostgreSQL master is restored with ./hyperedge --db URL restore FILE";
            }
            ui.asyncExec(() -> context.set(STATUS, "Embedded master: restoring from " + pending.get().backup() + " …"));
            var summary = pending.get().carryOut(org.hyperedge.ui.site.SiteJobs.progress(monitor));
            return "restored from " + pending.get().backup() + ", master epoch " + summary.epoch()
                    + (summary.setAside() == null ? "" : "; the master that was there is kept in " + summary.setAside());
        } catch (Exception e) {
            return "NOT restored: " + e.getMessage();
        }
    }

    /** A new instance of the master's component factory, activated by SCR on the data directory and URL. */
    private static ComponentInstance<EmbeddedMaster> newMaster(java.nio.file.Path dataDirectory, String url, String id)
            throws org.osgi.framework.InvalidSyntaxException {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(EmbeddedMaster.DATA_DIRECTORY, dataDirectory.toString());
        properties.put(EmbeddedMaster.JDBC_URL, url);
        properties.put(MASTER_INSTANCE, id);
        return newInstance(EmbeddedMaster.class, EmbeddedMaster.FACTORY, properties);
    }

    /**
     * A new instance of the connector's component factory for the master registered with that {@value #MASTER_INSTANCE}:
     * SCR activates it on that master's database and data directory, and deactivates it when that master's service goes.
     */
    private static ComponentInstance<Connector> newConnector(java.nio.file.Path dataDirectory, String masterId)
            throws org.osgi.framework.InvalidSyntaxException {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(Connector.HOST_TARGET, "(" + MASTER_INSTANCE + "=" + masterId + ")");
        properties.put(EmbeddedMaster.DATA_DIRECTORY, dataDirectory.toString());
        return newInstance(Connector.class, Connector.FACTORY, properties);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComponentInstance<T> newInstance(Class<T> component, String factoryName,
            java.util.Hashtable<String, Object> properties) throws org.osgi.framework.InvalidSyntaxException {
        // the component's own bundle (lazy: loading the component's class started it, and SCR read its descriptor
        // then); this bundle has no activator, so it may have no context of its own
        org.osgi.framework.Bundle owner = FrameworkUtil.getBundle(component);
        BundleContext bundle = owner.getBundleContext();
        if (bundle == null) {
            throw new IllegalStateException(owner.getSymbolicName() + " is not started: no " + factoryName + " component");
        }
        var references = bundle.getServiceReferences(ComponentFactory.class, "(component.factory=" + factoryName + ")");
        if (references.isEmpty()) {
            throw new IllegalStateException("the component factory " + factoryName
                    + " is not registered (is org.apache.felix.scr running?)");
        }
        ServiceReference<ComponentFactory> reference = references.iterator().next();
        ComponentFactory<T> factory = bundle.getService(reference);
        try {
            return factory.newInstance(properties);
        } finally {
            bundle.ungetService(reference);
        }
    }

    /** Starts syncing and this machine's node; the status line then keeps what a restore at this start did. */
    private void startNodes(EmbeddedMaster opened, IEclipseContext context, ConsoleEnvironment environment,
            ConsolePreferences preferences, UISynchronize ui, String restored) {
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
            if (preferences.endpointListen().isPresent()) {
                String endpoint = preferences.endpointListen().get();
                try {
                    int port = opened.listen(endpoint);
                    local = (local == null ? "" : local + " · ") + "endpoint on port " + port;
                } catch (Exception e) {
                    local = (local == null ? "" : local + " · ") + "the endpoint on " + endpoint + " did not start: "
                            + e.getMessage();
                }
            }
            // the views are bound to the fleet model, and the Instances view filters its index in memory: following
            // reads it (and the catalog) once, after the nodes, before anyone asks, then keeps it current
            opened.followModels();
            if (preferences.dailyBackups()) {
                DailyBackups.start(opened, preferences.backupsKept(), () -> closed);
            }
            String localNote = (local == null ? "" : " · " + local) + (restored == null ? "" : " · " + restored);
            String[] shown = new String[1];
            Job refresh = Job.create("Refreshing the node status", refreshMonitor -> {
                if (closed) {
                    return Status.CANCEL_STATUS;
                }
                String line = opened.statusLine(preferences.staleness().alarmSeconds()) + localNote + " · data: "
                        + environment.dataDirectory();
                // the same line again is not set: setting it re-injects the status line, which lays the window's
                // trim out again, every few seconds for nothing when the fleet is quiet
                if (!line.equals(shown[0])) {
                    shown[0] = line;
                    ui.asyncExec(() -> context.set(STATUS, line));
                }
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

    /**
     * The workbench is closing (sent synchronously by {@code E4Workbench.close()}): E4Application does not dispose
     * the application context, so {@link PreDestroy} alone may never run; dispose the master's component here.
     */
    @org.eclipse.e4.core.di.annotations.Optional
    @jakarta.inject.Inject
    void shutdownStarted(@org.eclipse.e4.core.di.extensions.EventTopic(
            org.eclipse.e4.ui.workbench.UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) org.osgi.service.event.Event event) {
        if (event != null) {
            // off the UI thread: closing the connector and the database takes seconds, the window is already going
            Thread closing = new Thread(this::close, "hyperedge-master-close");
            closing.setDaemon(false);
            closing.start();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeComponents();
        } finally {
            closedFuture.complete(null);
        }
    }

    private void closeComponents() {
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
        ComponentInstance<Connector> connecting = connectorComponent;
        connectorComponent = null;
        if (connecting != null) {
            connecting.dispose(); // SCR deactivates it: the connector stops syncing, while the database is still open
        }
        ComponentInstance<EmbeddedMaster> instance = component;
        component = null;
        if (instance != null) {
            instance.dispose(); // SCR deactivates it: the local node and the master close
        }
    }
}
