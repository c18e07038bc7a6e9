package org.hyperedge.ui.master;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;

/**
 * The console's daily backup of its master (a preference): a system job that looks every hour whether the newest
 * backup is a day old, and takes one then; it stops when the console closes.
 */
final class DailyBackups {

    private static final Duration EVERY = Duration.ofDays(1);
    private static final long LOOK_MS = Duration.ofHours(1).toMillis();

    private DailyBackups() {
    }

    static void start(EmbeddedMaster master, int keep, BooleanSupplier closed) {
        Backups backups = new Backups(master, keep, Clock.systemUTC());
        Job job = Job.create("Daily backup of the master", monitor -> {
            if (closed.getAsBoolean()) {
                return Status.CANCEL_STATUS;
            }
            try {
                if (backups.due(EVERY)) {
                    backups.takeNow();
                }
                return Status.OK_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                return Status.error("the daily backup of the master failed: " + e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (!closed.getAsBoolean()) {
                    job.schedule(LOOK_MS);
                }
            }
        });
        job.schedule(Duration.ofMinutes(1).toMillis()); // not while the console is still starting
    }
}
