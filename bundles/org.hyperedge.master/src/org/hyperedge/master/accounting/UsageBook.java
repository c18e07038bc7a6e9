package org.hyperedge.master.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Books usage records into their summaries in the transaction that inserts them: the usage ledger (usage per
 * instance and UTC day, what invoices and usage charts read) and the node hours (usage per node and UTC hour, what
 * the monitoring charts read), and the node minutes of the last {@link #MINUTES_KEPT} (what the charts of the last hour
 * and day read). The records one report page adds are summed here as they are written, then added to
 * their rows. As the node's cursor moves in the same transaction, each record is booked exactly once, however often
 * its page is replayed.
 */
public final class UsageBook {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long SECONDS_PER_HOUR = 3_600L;
    private static final long SECONDS_PER_MINUTE = 60L;
    /** How far back node minutes are booked and kept: the charts at minute resolution show at most a day. */
    public static final Duration MINUTES_KEPT = Duration.ofDays(2);

    private final UsageSummary ledger = new UsageSummary("usage_ledger", "instance_id", "usage_day");
    private final UsageSummary nodeHours = new UsageSummary("node_usage_hour", "node_id", "usage_hour");
    private final UsageSummary nodeMinutes = new UsageSummary("node_usage_minute", "node_id", "usage_minute");
    // the master's clock when this book started: records older than the minutes kept are not spread into minutes
    private final long firstMinuteBooked = minute(Instant.now().minus(MINUTES_KEPT));

    /** Counts one usage record of the node that the same transaction inserts, quantities in {@link Resource} order. */
    public void add(String nodeId, long instanceId, Instant periodFrom, Instant periodTo, BigDecimal cpuSeconds,
            BigDecimal memoryMbHours, BigDecimal diskMbHours, BigDecimal instanceHours) {
        BigDecimal[] quantities = { cpuSeconds, memoryMbHours, diskMbHours, instanceHours };
        ledger.add(instanceId, day(periodFrom), quantities);
        nodeHours.add(nodeId, hour(periodFrom), quantities);
        spreadOverMinutes(nodeId, periodFrom, periodTo, quantities);
    }

    /**
     * Books the record into the minutes its period covers, each its share by the seconds the period spent in it (a
     * period without length goes whole into the minute it starts in). The shares are rounded to the table's scale, so
     * the minutes of a record may differ from it by a few millionths: charts, not bills, read them.
     */
    private void spreadOverMinutes(String nodeId, Instant from, Instant to, BigDecimal[] quantities) {
        long start = from.getEpochSecond();
        long end = Math.max(start, to.getEpochSecond());
        if (end == start) {
            if (minute(from) >= firstMinuteBooked) {
                nodeMinutes.add(nodeId, minute(from), quantities);
            }
            return;
        }
        BigDecimal length = BigDecimal.valueOf(end - start);
        for (long m = Math.max(Math.floorDiv(start, SECONDS_PER_MINUTE), firstMinuteBooked); m * SECONDS_PER_MINUTE < end; m++) {
            long overlap = Math.min(end, (m + 1) * SECONDS_PER_MINUTE) - Math.max(start, m * SECONDS_PER_MINUTE);
            BigDecimal share = BigDecimal.valueOf(overlap);
            BigDecimal[] part = new BigDecimal[quantities.length];
            for (int i = 0; i < quantities.length; i++) {
                part[i] = quantities[i].multiply(share).divide(length, 6, RoundingMode.HALF_EVEN);
            }
            nodeMinutes.add(nodeId, (int) m, part);
        }
    }

    public boolean isEmpty() {
        return ledger.isEmpty();
    }

    /** Adds what was counted to the ledger and the node hours. */
    public void book(Connection connection) throws SQLException {
        ledger.book(connection);
        nodeHours.book(connection);
        nodeMinutes.book(connection);
    }

    /** The ledger's day number of an instant: whole UTC days since 1970-01-01. */
    public static int day(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
    }

    public static Instant startOf(int day) {
        return Instant.ofEpochSecond(day * SECONDS_PER_DAY);
    }

    /** The node minutes' minute number of an instant: whole UTC minutes since 1970-01-01. */
    public static int minute(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), SECONDS_PER_MINUTE);
    }

    /** The node hours' hour number of an instant: whole UTC hours since 1970-01-01. */
    public static int hour(Instant at) {
        return (int) Math.floorDiv(at.getEpochSecond(), SECONDS_PER_HOUR);
    }
}
