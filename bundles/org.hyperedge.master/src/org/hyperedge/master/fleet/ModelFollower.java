package org.hyperedge.master.fleet;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperedge.master.catalog.CatalogModel;

/**
 * Keeps the catalog and fleet models current for a console: refreshes them at once when told something changed
 * ({@link #changed}: a node reported, the console asked for something), and every {@code period} besides, which
 * is how a change made by another process on the same database (a command line, a headless master) shows. One
 * background thread; a burst of changes makes one refresh.
 */
public final class ModelFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModelFollower.class.getName());

    private final CatalogModel catalog;
    private final FleetModel fleet;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread made = new Thread(runnable, "hyperedge-model-follower");
        made.setDaemon(true);
        return made;
    });

    public ModelFollower(CatalogModel catalog, FleetModel fleet, Duration period) {
        this.catalog = catalog;
        this.fleet = fleet;
        thread.scheduleWithFixedDelay(this::refresh, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Something changed: the models are read again as soon as the thread is free. */
    public void changed() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.execute(this::refresh);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // the console is closing: nothing to follow any more
            }
        }
    }

    private void refresh() {
        pending.set(false);
        try {
            catalog.refresh();
            fleet.refresh();
        } catch (RuntimeException e) {
            // a database that is briefly unavailable (a PostgreSQL restart) must not stop the following
            LOG.log(Level.WARNING, "cannot read the master's changes now: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
