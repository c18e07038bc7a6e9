package org.hyperedge.master.allocation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.master.store.Database;

/**
 * What an SLA can name and what each node still offers: the nodes with their site, labels and free
 * capacity, for a request form's SLA choice and its placement preview.
 */
public final class NodeOffers {

    /** One node: identity, site, labels, capacity and what is used of it now. */
    public record NodeOffer(String id, String site, Map<String, String> labels, long cpuMillis, long usedCpuMillis,
            long memoryMb, long usedMemoryMb, long diskMb, long usedDiskMb, int partitions, int freePartitions) {

        public long freeCpuMillis() {
            return cpuMillis - usedCpuMillis;
        }

        public long freeMemoryMb() {
            return memoryMb - usedMemoryMb;
        }

        public long freeDiskMb() {
            return diskMb - usedDiskMb;
        }
    }

    private final Database database;

    public NodeOffers(Database database) {
        this.database = database;
    }

    /** Every node, by site and id, with its labels. */
    public List<NodeOffer> list() {
        return database.inTransaction(connection -> {
            Map<String, Map<String, String>> labels = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT node_id, label_name, label_value FROM node_label ORDER BY node_id, label_name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    labels.computeIfAbsent(rows.getString(1), k -> new LinkedHashMap<>()).put(rows.getString(2),
                            rows.getString(3));
                }
            }
            List<NodeOffer> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT n.id, n.site, n.cpu_millis, "
                    + "n.used_cpu_millis, n.memory_mb, n.used_memory_mb, n.disk_mb, n.used_disk_mb, "
                    + "(SELECT COUNT(*) FROM node_partition p WHERE p.node_id = n.id), n.free_partitions "
                    + "FROM node n ORDER BY n.site, n.id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    nodes.add(new NodeOffer(id, rows.getString(2), java.util.Collections.unmodifiableMap(new TreeMap<>(labels.getOrDefault(id, Map.of()))),
                            rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                            rows.getLong(8), rows.getInt(9), rows.getInt(10)));
                }
            }
            return nodes;
        });
    }
}
