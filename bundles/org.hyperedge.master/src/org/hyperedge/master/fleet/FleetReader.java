package org.hyperedge.master.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.fleet.FleetFacts.InstanceFacts;
import org.hyperedge.master.fleet.FleetFacts.NodeFacts;
import org.hyperedge.master.fleet.FleetFacts.PartitionFacts;
import org.hyperedge.master.fleet.FleetFacts.PromiseFacts;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeHeard;

/** Reads the fleet's facts from the master's tables, in one transaction. */
final class FleetReader {

    private static final String INSTANCES = "SELECT i.id, i.tree_id, t.project, i.parent_id, i.host_id, i.title, "
            + "i.release_id, i.software_type, p.node_id, p.reference, i.requested_state, i.reported_state, i.healthy, "
            + "i.last_report_at, i.connection_parameters, i.pending_reason, i.reported_error "
            + "FROM instance i JOIN instance_tree t ON t.id = i.tree_id LEFT JOIN node_partition p ON p.instance_id = i.id ";
    private static final String NODES = "SELECT id, site, address, cpu_millis, memory_mb, disk_mb, "
            + NodeHeard.lastSeen("node") + ", used_cpu_millis, used_memory_mb, used_disk_mb, last_sync_error, fingerprint, "
            + "revoked, dialling, dialled_from, last_path_failure, clock_skew_ms, clock_checked_at FROM node"
            + NodeHeard.join("node");
    private static final String LABELS = "SELECT node_id, label_name, label_value FROM node_label";
    private static final String PARTITIONS = "SELECT node_id, reference, first_port, last_port FROM node_partition";
    private static final String PROMISES = "SELECT instance_id, name, ok, message, checked_at FROM promise_state";
    /** Ids per IN list: well under what H2 and PostgreSQL take in one statement. */
    private static final int BATCH = 1_000;

    private final Database database;

    FleetReader(Database database) {
        this.database = database;
    }

    /**
     * The instances changed since {@code since} (all when null), every node, the partitions of the nodes not in
     * {@code knownNodes}, and the promise results of the changed instances.
     */
    FleetFacts read(OffsetDateTime since, Set<String> knownNodes) {
        return database.inTransaction(connection -> {
            List<InstanceFacts> instances = instances(connection, since);
            List<NodeFacts> nodes = nodes(connection);
            boolean newNodes = nodes.stream().anyMatch(node -> !knownNodes.contains(node.id()));
            List<PartitionFacts> partitions = newNodes ? partitions(connection, knownNodes) : List.of();
            List<PromiseFacts> promises = since == null ? promises(connection, null)
                    : promises(connection, instances.stream().map(InstanceFacts::id).toList());
            return new FleetFacts(instances, nodes, partitions, promises);
        });
    }

    private static List<InstanceFacts> instances(Connection connection, OffsetDateTime since) throws SQLException {
        List<InstanceFacts> read = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(INSTANCES + (since == null ? "" : "WHERE i.updated_at >= ?"))) {
            if (since != null) {
                query.setObject(1, since);
            }
            query.setFetchSize(1_000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    read.add(new InstanceFacts(row.getLong(1), row.getLong(2), row.getString(3),
                            row.getObject(4, Long.class), row.getObject(5, Long.class), row.getString(6),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
                            row.getString(12), row.getBoolean(13), instant(row, 14), row.getString(15),
                            row.getString(16), row.getString(17)));
                }
            }
        }
        return read;
    }

    /** Every node with its labels: a node's facts are few and a fleet's nodes thousands at most, so all are read. */
    private static List<NodeFacts> nodes(Connection connection) throws SQLException {
        Map<String, Map<String, String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(LABELS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                labels.computeIfAbsent(row.getString(1), id -> new TreeMap<>()).put(row.getString(2), row.getString(3));
            }
        }
        // a federated site is a node whose id is the site's name: what it last told goes on that node
        Map<String, FederatedSites.Told> told = FederatedSites.all(connection);
        List<NodeFacts> read = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(NODES); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String id = row.getString(1);
                long skew = row.getLong(17);
                Long clockSkewMs = row.wasNull() ? null : skew;
                read.add(new NodeFacts(id, row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), instant(row, 7), labels.getOrDefault(id, Map.of()), row.getLong(8),
                        row.getLong(9), row.getLong(10), row.getString(11), row.getString(12) != null,
                        row.getBoolean(13), row.getBoolean(14), row.getString(15), row.getString(16), clockSkewMs,
                        instant(row, 18), told.get(id)));
            }
        }
        return read;
    }

    private static List<PartitionFacts> partitions(Connection connection, Set<String> knownNodes) throws SQLException {
        List<PartitionFacts> read = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PARTITIONS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                if (!knownNodes.contains(row.getString(1))) {
                    read.add(new PartitionFacts(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)));
                }
            }
        }
        return read;
    }

    /** The promise results of the given instances, or of all when {@code ids} is null. */
    private static List<PromiseFacts> promises(Connection connection, Collection<Long> ids) throws SQLException {
        List<PromiseFacts> read = new ArrayList<>();
        if (ids == null) {
            try (PreparedStatement query = connection.prepareStatement(PROMISES + " ORDER BY instance_id, name")) {
                readPromises(query, read);
            }
            return read;
        }
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement(PROMISES + " WHERE instance_id IN (" + marks
                    + ") ORDER BY instance_id, name")) {
                for (int i = 0; i < batch.size(); i++) {
                    query.setLong(i + 1, batch.get(i));
                }
                readPromises(query, read);
            }
        }
        return read;
    }

    private static void readPromises(PreparedStatement query, List<PromiseFacts> read) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                read.add(new PromiseFacts(row.getLong(1), row.getString(2), row.getBoolean(3), row.getString(4),
                        instant(row, 5)));
            }
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
