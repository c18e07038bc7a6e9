package org.hyperedge.master.node;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

/** Sites and nodes with their capacity, labels and partitions. */
public final class NodeRegistry {

    /** One line of {@code ./hyperedge nodes}. */
    public record NodeSummary(String id, String site, String address, long cpuMillis, long memoryMb, long diskMb,
            int partitions, int freePartitions, long generation) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Database database;

    public NodeRegistry(Database database) {
        this.database = database;
    }

    public static String partitionReference(int index) {
        return String.format("p%03d", index);
    }

    /** Registers a node and creates its partitions; a node id is registered once. */
    public void register(NodeSpec node) {
        validate(node);
        try {
            insert(node);
        } catch (StoreException e) {
            if (!Database.isConstraintViolation(e)) {
                throw e;
            }
            // another process made the node's new site between this one's look and insert (nodes adopted together into
            // a new site): the site is there now; a node id registered twice is refused again, as it should be
            insert(node);
        }
    }

    private void insert(NodeSpec node) {
        database.inTransaction(connection -> {
            ensureSite(connection, node.site());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node (id, site, address, cpu_millis, "
                    + "memory_mb, disk_mb, free_partitions, used_cpu_millis, used_memory_mb, used_disk_mb, generation, "
                    + "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 1, ?)")) {
                insert.setString(1, node.id());
                insert.setString(2, node.site());
                insert.setString(3, node.address());
                insert.setLong(4, node.cpuMillis());
                insert.setLong(5, node.memoryMb());
                insert.setLong(6, node.diskMb());
                insert.setInt(7, node.partitions());
                insert.setObject(8, OffsetDateTime.now());
                insert.executeUpdate();
            }
            try (PreparedStatement label = connection.prepareStatement(
                    "INSERT INTO node_label (node_id, label_name, label_value) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> entry : node.labels().entrySet()) {
                    label.setString(1, node.id());
                    label.setString(2, entry.getKey());
                    label.setString(3, entry.getValue());
                    label.addBatch();
                }
                label.executeBatch();
            }
            try (PreparedStatement partition = connection.prepareStatement(
                    "INSERT INTO node_partition (node_id, reference, first_port, last_port) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < node.partitions(); i++) {
                    int first = node.firstPort() + i * node.portsPerPartition();
                    partition.setString(1, node.id());
                    partition.setString(2, partitionReference(i));
                    partition.setInt(3, first);
                    partition.setInt(4, first + node.portsPerPartition() - 1);
                    partition.addBatch();
                }
                partition.executeBatch();
            }
            return null;
        });
    }

    public List<NodeSummary> list() {
        return database.inTransaction(connection -> {
            List<NodeSummary> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT n.id, n.site, n.address, n.cpu_millis, "
                    + "n.memory_mb, n.disk_mb, (SELECT COUNT(*) FROM node_partition p WHERE p.node_id = n.id), "
                    + "n.free_partitions, n.generation FROM node n ORDER BY n.site, n.id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new NodeSummary(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            rows.getLong(5), rows.getLong(6), rows.getInt(7), rows.getInt(8), rows.getLong(9)));
                }
            }
            return nodes;
        });
    }

    /** The node's desired-state generation: it grows whenever anything placed on the node changes. */
    public long generation(String nodeId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT generation FROM node WHERE id = ?")) {
                query.setString(1, nodeId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("unknown node '" + nodeId + "'");
                    }
                    return row.getLong(1);
                }
            }
        });
    }

    private static void validate(NodeSpec node) {
        if (node.id() == null || !ID.matcher(node.id()).matches()) {
            throw new IllegalArgumentException("node id '" + node.id() + "' is not a plain name (letters, digits, . _ -)");
        }
        if (node.site() == null || node.site().isBlank()) {
            throw new IllegalArgumentException("node " + node.id() + " needs a site");
        }
        if (node.partitions() < 1 || node.partitions() > 1000) {
            throw new IllegalArgumentException("node " + node.id() + ": partitions " + node.partitions() + " is outside 1-1000");
        }
        if (node.cpuMillis() < 0 || node.memoryMb() < 0 || node.diskMb() < 0) {
            throw new IllegalArgumentException("node " + node.id() + ": capacity cannot be negative");
        }
        long lastPort = (long) node.firstPort() + (long) node.partitions() * node.portsPerPartition() - 1;
        if (node.firstPort() < 1024 || node.portsPerPartition() < 1 || lastPort > 65535) {
            throw new IllegalArgumentException("node " + node.id() + ": ports " + node.firstPort() + "-" + lastPort
                    + " do not fit in 1024-65535");
        }
    }

    private static void ensureSite(Connection connection, String site) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM site WHERE name = ?")) {
            query.setString(1, site);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO site (name) VALUES (?)")) {
            insert.setString(1, site);
            insert.executeUpdate();
        }
    }
}
