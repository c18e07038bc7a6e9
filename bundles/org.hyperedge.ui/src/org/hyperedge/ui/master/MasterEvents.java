package org.hyperedge.ui.master;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The event the views refresh on: {@value #CHANGED}, posted when nodes reported or the console changed the
 * master. A burst of changes (a hundred nodes reporting in the same second) is posted once per
 * {@value #COALESCE_MS} ms, so views reload at a steady pace however busy the fleet is.
 */
public final class MasterEvents implements AutoCloseable {

    public static final String CHANGED = "org/hyperedge/master/changed";
    static final long COALESCE_MS = 500;

    private final IEventBroker broker;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hyperedge-master-events");
        thread.setDaemon(true);
        return thread;
    });

    public MasterEvents(IEventBroker broker) {
        this.broker = broker;
    }

    /** Notes a change; the event follows within {@value #COALESCE_MS} ms. */
    public void changed() {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(() -> {
                scheduled.set(false);
                broker.post(CHANGED, System.currentTimeMillis());
            }, COALESCE_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
