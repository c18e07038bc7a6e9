package org.hyperedge.ui.admin;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.hyperedge.console.core.master.EmbeddedMaster;

/**
 * Reads from the master in a background job and hands the result to the UI thread, and repeats every few seconds
 * while the part lives: the Admin views never do I/O on the UI thread and stay current as reports arrive.
 */
final class AdminRefresh<T> {

    static final long PERIOD_MS = 5_000;

    private final String name;
    private final Control owner;
    private final Function<EmbeddedMaster, T> read;
    private final Consumer<T> show;
    private final Consumer<String> failed;
    private volatile EmbeddedMaster master;
    private volatile boolean stopped;
    private Job job;

    AdminRefresh(String name, Control owner, Function<EmbeddedMaster, T> read, Consumer<T> show, Consumer<String> failed) {
        this.name = name;
        this.owner = owner;
        this.read = read;
        this.show = show;
        this.failed = failed;
    }

    /** Starts (or restarts) refreshing against the master. */
    synchronized void start(EmbeddedMaster opened) {
        master = opened;
        if (job == null) {
            job = Job.create(name, monitor -> {
                EmbeddedMaster current = master;
                if (stopped || current == null) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    T data = read.apply(current);
                    runOnUi(() -> show.accept(data));
                } catch (RuntimeException e) {
                    runOnUi(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
                }
                if (!stopped) {
                    job.schedule(PERIOD_MS);
                }
                return Status.OK_STATUS;
            });
            job.setSystem(true);
        }
        job.schedule();
    }

    /** Refreshes now (after an admin's action). */
    void now() {
        Job current = job;
        if (current != null) {
            current.cancel();
            current.schedule();
        }
    }

    /** Runs an admin's action off the UI thread, then refreshes; a refusal is shown as it is. */
    void act(String what, Consumer<EmbeddedMaster> action) {
        EmbeddedMaster current = master;
        if (current == null) {
            failed.accept("the master is still opening");
            return;
        }
        Job.create(what, monitor -> {
            try {
                action.accept(current);
                now();
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                runOnUi(() -> failed.accept(what + ": " + e.getMessage()));
                return Status.OK_STATUS; // shown in the part, not as an error dialog
            }
        }).schedule();
    }

    void stop() {
        stopped = true;
        Job current = job;
        if (current != null) {
            current.cancel();
        }
    }

    private void runOnUi(Runnable runnable) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }
}
