package org.hyperedge.master.fleet;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.master.store.DataVersion;

/**
 * Keeps the catalog and fleet models current for a console: refreshes them at once when told something changed
 * ({@link #changed}: a node reported, the console asked for something), and every {@code period} besides, which
 * is how a change made by another process on the same database (a command line, a headless master) shows. One
 * background thread; a burst of changes makes one refresh. Given a data version (H2's, {@link DataVersion}), a
 * period's refresh is skipped while the version has not moved since the last one, so an idle console reads a number
 * every period instead of its models; they are read all the same every {@link #UNCHANGED_REFRESH}, in case.
 */
public final class ModelFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ModelFollower.class.getName());

    private final CatalogModel catalog;
    private final FleetModel fleet;
    /** The longest the models go unread while the data version says nothing changed. */
    static final Duration UNCHANGED_REFRESH = Duration.ofSeconds(30);

    private final AtomicBoolean pending = new AtomicBoolean();
    /** Null: every period refreshes. */
    private final DataVersion version;
    /** The data version read before the last refresh, and when that refresh was ({@link System#nanoTime()}). */
    private long refreshedVersion = Long.MIN_VALUE;
    private long refreshedAt;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread made = new Thread(runnable, "hyperedge-model-follower");
        made.setDaemon(true);
        return made;
    });

    public ModelFollower(CatalogModel catalog, FleetModel fleet, Duration period) {
        this(catalog, fleet, period, null);
    }

    /** As above, a period's refresh skipped while {@code version} (null: none) says nothing was committed. */
    public ModelFollower(CatalogModel catalog, FleetModel fleet, Duration period, DataVersion version) {
        this.catalog = catalog;
        this.fleet = fleet;
        this.version = version;
        thread.scheduleWithFixedDelay(this::periodic, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void periodic() {
        if (version != null) {
            try {
                long now = version.current();
                if (now == refreshedVersion && System.nanoTime() - refreshedAt < UNCHANGED_REFRESH.toNanos()) {
                    return;
                }
                // read before the models: what is committed while they are read moves it again, for the next period
                refreshedVersion = now;
            } catch (RuntimeException e) {
                refreshedVersion = Long.MIN_VALUE; // unreadable for a moment: read the models, as without a version
            }
        }
        refresh();
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
        refreshedAt = System.nanoTime();
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
