package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hyperedge.master.accounting.UsageBook;

/**
 * The retention policy: promise results and node events older than the policy's ages, by the master's clock, are
 * deleted; the latest result of every promise stays in {@code promise_state}, and usage records (the billing ledger)
 * are kept for ever. Node minutes (the usage per node and minute the charts of the last day read) older than
 * {@link UsageBook#MINUTES_KEPT} go too: the node hours keep what they summed. Deleting is safe for exactly-once ingest: that rests on each node's report cursor, not on these rows.
 */
public final class Retention {

    /** Rows deleted by one pass. */
    public record Purged(int promiseResults, int nodeEvents) {
    }

    private Retention() {
    }

    /**
     * A row goes when both its own time and the time it reached the master (the master's clock) are past the
     * retention age: a node whose clock is behind cannot make its fresh history look old. (Its own time is corrected
     * by the clock skew the master measured, and never later than its arrival, so a clock ahead keeps nothing for ever.)
     */
    public static Purged apply(Connection connection, Instant now, MonitoringPolicy policy) throws SQLException {
        try (PreparedStatement minutes = connection.prepareStatement("DELETE FROM node_usage_minute WHERE usage_minute < ?")) {
            minutes.setInt(1, UsageBook.minute(now.minus(UsageBook.MINUTES_KEPT)));
            minutes.executeUpdate();
        }
        return new Purged(delete(connection, "DELETE FROM promise_result WHERE checked_at < ? AND (received_at IS NULL OR "
                + "received_at < ?)", now.minus(policy.promiseRetention())), delete(connection, "DELETE FROM node_event "
                        + "WHERE at < ? AND (received_at IS NULL OR received_at < ?)", now.minus(policy.nodeEventRetention())));
    }

    private static int delete(Connection connection, String sql, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, before.atOffset(ZoneOffset.UTC));
            delete.setObject(2, before.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }
}
