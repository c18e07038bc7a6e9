package org.hyperedge.master.view;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.sync.NodeHeard;

/** Sites and their nodes with capacity, usage, partitions and releases, for the Nodes view. */
public final class NodeOverview {

    private final Database database;

    public NodeOverview(Database database) {
        this.database = database;
    }

    /** Every node that is not revoked, by site and id. */
    public List<NodeRow> nodes() {
        return database.inTransaction(connection -> {
            Map<String, Map<String, String>> labels = labels(connection);
            Map<String, int[]> partitions = partitions(connection);
            Map<String, List<String>> releases = releases(connection);
            List<NodeRow> nodes = new ArrayList<>();
            // a dialling node (issue 18) has no address of its own: where its session comes from, and why the last ended;
            // a dialled node with several addresses: the one it is reached over now
            try (PreparedStatement query = connection.prepareStatement("SELECT id, site, CASE WHEN dialling THEN "
                    + "dialled_from ELSE COALESCE(path_in_use, address) END, cpu_millis, memory_mb, "
                    + "disk_mb, used_cpu_millis, used_memory_mb, used_disk_mb, " + NodeHeard.lastSeen("node")
                    + ", last_sync_error, fingerprint, clock_skew_ms, clock_checked_at, dialling, last_path_failure FROM node"
                    + NodeHeard.join("node") + "WHERE revoked = FALSE ORDER BY site, id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    int[] used = partitions.getOrDefault(id, new int[2]);
                    OffsetDateTime last = rows.getObject(10, OffsetDateTime.class);
                    nodes.add(new NodeRow(id, rows.getString(2), rows.getString(3), labels.getOrDefault(id, Map.of()),
                            rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                            rows.getLong(9), used[0], used[1], releases.getOrDefault(id, List.of()),
                            last == null ? null : last.toInstant(), rows.getString(11), rows.getString(12) != null,
                            NodeClocks.clock(id, rows, 13), rows.getBoolean(15), rows.getString(16)));
                }
            }
            return nodes;
        });
    }

    private static Map<String, Map<String, String>> labels(Connection connection) throws SQLException {
        Map<String, Map<String, String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT node_id, label_name, label_value FROM node_label");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                labels.computeIfAbsent(rows.getString(1), id -> new TreeMap<>()).put(rows.getString(2), rows.getString(3));
            }
        }
        return labels;
    }

    /** Per node: partitions in all, and how many host an instance. */
    private static Map<String, int[]> partitions(Connection connection) throws SQLException {
        Map<String, int[]> partitions = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT node_id, COUNT(*), COUNT(instance_id) FROM node_partition GROUP BY node_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                partitions.put(rows.getString(1), new int[] { rows.getInt(2), rows.getInt(3) });
            }
        }
        return partitions;
    }

    /** The releases the instances placed on each node run: what its agent installed for them. */
    private static Map<String, List<String>> releases(Connection connection) throws SQLException {
        Map<String, List<String>> releases = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT p.node_id, i.release_id "
                + "FROM node_partition p JOIN instance i ON i.id = p.instance_id ORDER BY p.node_id, i.release_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                releases.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return releases;
    }
}
