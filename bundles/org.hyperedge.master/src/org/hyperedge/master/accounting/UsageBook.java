package org.hyperedge.master.accounting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Books usage records into their summaries in the transaction that inserts them: the usage ledger (usage per
 * instance and UTC day, what invoices and usage charts read) and the node hours (usage per node and UTC hour, what
 * the monitoring charts read). The records one report page adds are summed here as they are written, then added to
 * their rows. As the node's cursor moves in the same transaction, each record is booked exactly once, however often
 * its page is replayed.
 */
public final class UsageBook {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long SECONDS_PER_HOUR = 3_600L;

    private final UsageSummary ledger = new UsageSummary("usage_ledger", "instance_id", "usage_day");
    private final UsageSummary nodeHours = new UsageSummary("node_usage_hour", "node_id", "usage_hour");

    /** Counts one usage record of the node that the same transaction inserts, quantities in {@link Resource} order. */
    public void add(String nodeId, long instanceId, Instant periodFrom, BigDecimal cpuSeconds, BigDecimal memoryMbHours,
            BigDecimal diskMbHours, BigDecimal instanceHours) {
        BigDecimal[] quantities = { cpuSeconds, memoryMbHours, diskMbHours, instanceHours };
        ledger.add(instanceId, day(periodFrom), quantities);
        nodeHours.add(nodeId, hour(periodFrom), quantities);
    }

    public boolean isEmpty() {
        return ledger.isEmpty();
    }

    /** Adds what was counted to the ledger and the node hours. */
    public void book(Connection connection) throws SQLException {
        ledger.book(connection);
        nodeHours.book(connection);
    }

    /** The ledger's day number of an instant: whole UTC days since 1970-01-01. */
    public static int day(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
    }

    public static Instant startOf(int day) {
        return Instant.ofEpochSecond(day * SECONDS_PER_DAY);
    }

    /** The node hours' hour number of an instant: whole UTC hours since 1970-01-01. */
    public static int hour(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), SECONDS_PER_HOUR);
    }
}
