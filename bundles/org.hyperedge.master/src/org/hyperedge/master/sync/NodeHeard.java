package org.hyperedge.master.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a node was last heard from: its last report, or later, the last time the connector counted its open, quiet
 * dial-in session as hearing it. Those marks come every 20 s for every quiet session, thousands at once, so they are
 * kept in a narrow table of their own ({@code node_heard}, V42) rather than in the node's wide row; whoever says a
 * node's age reads the later of the two.
 */
public final class NodeHeard {

    private NodeHeard() {
    }

    /** The join that brings the heard mark of the node whose table is named or aliased {@code node}. */
    public static String join(String node) {
        return " LEFT JOIN node_heard heard ON heard.node_id = " + node + ".id ";
    }

    /** The later of the node's last report and its heard mark (null when it has neither), with {@link #join}. */
    public static String lastSeen(String node) {
        return "CASE WHEN heard.heard_at IS NOT NULL AND (" + node + ".last_report_at IS NULL OR heard.heard_at > "
                + node + ".last_report_at) THEN heard.heard_at ELSE " + node + ".last_report_at END";
    }

    /** Marks these nodes heard at {@code now}: a narrow row each, updated, or added for a node marked the first time. */
    static void mark(Connection connection, Collection<String> nodeIds, OffsetDateTime now) throws SQLException {
        List<String> unmarked = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE node_heard SET heard_at = ? WHERE node_id = ?")) {
            for (String nodeId : nodeIds) {
                update.setObject(1, now);
                update.setString(2, nodeId);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            int i = 0;
            for (String nodeId : nodeIds) {
                if (counts[i++] == 0) {
                    unmarked.add(nodeId);
                }
            }
        }
        if (unmarked.isEmpty()) {
            return;
        }
        // from the node's row: a node removed meanwhile is not marked (and breaks no reference)
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO node_heard (node_id, heard_at) SELECT id, ? FROM node WHERE id = ?")) {
            for (String nodeId : unmarked) {
                insert.setObject(1, now);
                insert.setString(2, nodeId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
