package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.hyperedge.master.sync.NodeHeard;
import org.hyperedge.master.ticket.Tickets;

/**
 * The staleness check: an adopted node whose last report (or, before its first one, its registration) is older
 * than the policy's threshold has one open ticket; a node that reports again resolves it.
 */
public final class NodeSilence {

    private NodeSilence() {
    }

    public static String cause(String nodeId) {
        return "node-silent:" + nodeId;
    }

    /** Opens or resolves the silent-node ticket of every adopted node; returns how many are silent. */
    public static int check(Connection connection, Instant now, MonitoringPolicy policy) throws SQLException {
        int silent = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT id, "
                + NodeHeard.lastSeen("node") + ", registered_at, last_sync_error FROM node" + NodeHeard.join("node")
                + "WHERE fingerprint IS NOT NULL AND revoked = FALSE");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String node = rows.getString(1);
                OffsetDateTime last = rows.getObject(2, OffsetDateTime.class);
                Instant since = (last != null ? last : rows.getObject(3, OffsetDateTime.class)).toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                Duration age = Duration.between(since, now);
                if (age.compareTo(policy.silentNodeAfter()) > 0) {
                    silent++;
                    String error = rows.getString(4);
                    // the reason names the last report's time, not the age, so it changes only when something happens
                    Tickets.open(connection, cause(node), "node " + node, (last == null ? "no report since its adoption at "
                            : "no report since ") + since + " (silent after " + human(policy.silentNodeAfter()) + ")"
                            + (error == null ? "" : "; last sync error: " + error));
                } else {
                    Tickets.resolve(connection, cause(node), "node " + node + " reported " + human(age) + " ago");
                }
            }
        }
        return silent;
    }

    /** "2 h 5 min", "45 s". */
    static String human(Duration age) {
        long seconds = age.getSeconds();
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
