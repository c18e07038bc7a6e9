package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.hyperedge.master.ticket.Tickets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the master does when a node reports an upgrade, in the ingest's transaction. A failed upgrade (the step
 * exited non-zero, or the new version did not stay up) was rolled back on the node: the instance is recorded back
 * on the version it runs, so status shows the truth and the node is not asked again, and a ticket names both
 * versions and why; requesting the newer version again tries again. An upgrade that passed resolves the ticket.
 */
public final class UpgradeReports {

    private UpgradeReports() {
    }

    public static void ingest(Connection connection, String nodeId, long instanceId, ObjectNode data) throws SQLException {
        String cause = "upgrade:" + instanceId;
        String from = data.path("from").asText("");
        String to = data.path("to").asText("");
        switch (data.path("event").asText()) {
            case "upgrade-failed" -> {
                Tickets.open(connection, cause, "instance " + instanceId, "upgrade from " + from + " version "
                        + data.path("fromVersion").asText() + " to " + to + " version " + data.path("toVersion").asText()
                        + " failed on " + nodeId + " and was rolled back: " + data.path("reason").asText("no reason given"));
                if (!from.isEmpty() && backTo(connection, instanceId, from, to)) {
                    try (PreparedStatement bump = connection.prepareStatement(
                            "UPDATE node SET generation = generation + 1 WHERE id = ?")) {
                        bump.setString(1, nodeId);
                        bump.executeUpdate();
                    }
                }
            }
            case "upgraded" -> Tickets.resolve(connection, cause, "upgraded from " + from + " to " + to + " on " + nodeId);
            default -> {
                // other process events: exits and bangs, handled elsewhere
            }
        }
    }

    /** Only while the instance still asks for the version that failed: a newer request since then stands. */
    private static boolean backTo(Connection connection, long instanceId, String from, String to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE instance SET release_id = ?, updated_at = ? WHERE id = ? AND release_id = ?")) {
            update.setString(1, from);
            update.setObject(2, OffsetDateTime.now());
            update.setLong(3, instanceId);
            update.setString(4, to);
            return update.executeUpdate() == 1;
        }
    }
}
