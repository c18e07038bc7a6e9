package org.hyperedge.master.monitoring;

import java.time.Clock;

import org.hyperedge.master.billing.OverdueInvoices;
import org.hyperedge.master.store.Database;

/**
 * What the master checks on a timer rather than when data arrives (the connector's loop runs it): silent nodes,
 * issued invoices past their due date, instance data backups overdue, and the retention policy. Each part in a transaction of its own, so a
 * failing part holds up no other.
 */
public final class PeriodicChecks implements Runnable {

    /** What one pass found and did. */
    public record Outcome(int silentNodes, int overdueInvoices, Retention.Purged purged) {
    }

    private final Database database;
    private final MonitoringPolicy policy;
    private final Clock clock;

    public PeriodicChecks(Database database, MonitoringPolicy policy, Clock clock) {
        this.database = database;
        this.policy = policy;
        this.clock = clock;
    }

    public PeriodicChecks(Database database) {
        this(database, MonitoringPolicy.DEFAULT, Clock.systemUTC());
    }

    public Outcome check() {
        int silent = database.inTransaction(connection -> NodeSilence.check(connection, clock.instant(), policy));
        int overdue = database.inTransaction(connection -> OverdueInvoices.check(connection, clock.instant()));
        database.inTransaction(connection -> org.hyperedge.master.recovery.OverdueBackups.check(connection, clock.instant()));
        Retention.Purged purged = database.inTransaction(connection -> Retention.apply(connection, clock.instant(), policy));
        return new Outcome(silent, overdue, purged);
    }

    /** One pass for a scheduler: a failure is left to the next pass (the database may be back by then). */
    @Override
    public void run() {
        try {
            check();
        } catch (RuntimeException e) {
            System.err.println("hyperedge: periodic checks failed, retried next period: " + e.getMessage());
        }
    }
}
