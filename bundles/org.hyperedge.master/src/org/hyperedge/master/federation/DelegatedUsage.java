package org.hyperedge.master.federation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.store.Database;

/**
 * On the serving master, the usage its nodes reported for instances a peer delegated, to forward to that peer as
 * usage of the peer's own instances: each record is this master's usage record (node, seq), booked here already
 * (to the peer's project), and is forwarded until the peer acknowledged it. Per peer and node, the last acknowledged
 * seq is kept, written in the transaction that forgets the acknowledged events of the journal toward the peer
 * ({@link FederationJournal}), so a record is either in that journal or forwarded, never put in it twice; a node's
 * records are stored in seq order, so everything of the node's up to that seq was forwarded.
 */
public final class DelegatedUsage {

    /** One usage record to forward: where it came from here, the peer's instance it is usage of, and its quantities. */
    public record Record(String nodeId, long seq, long remoteId, Instant from, Instant to, BigDecimal cpuSeconds,
            BigDecimal memoryMbHours, BigDecimal diskMbHours, BigDecimal instanceHours) {

        /** What identifies it on the peer: this master's node and the record's seq there. */
        public String source() {
            return nodeId + ":" + seq;
        }
    }

    private final Database database;

    public DelegatedUsage(Database database) {
        this.database = database;
    }

    /**
     * Up to {@code max} records of the peer's delegated instances that it did not acknowledge, after {@code after}
     * (per node: what is forwarded already), in node and seq order.
     */
    public List<Record> after(String peer, Map<String, Long> after, int max) {
        return database.inTransaction(connection -> {
            List<Record> found = new ArrayList<>();
            // what was acknowledged is left out here; what is forwarded but not acknowledged yet (few) is skipped below
            try (PreparedStatement query = connection.prepareStatement("SELECT u.node_id, u.seq, f.remote_id, "
                    + "u.period_from, u.period_to, u.cpu_seconds, u.memory_mb_hours, u.disk_mb_hours, u.instance_hours "
                    + "FROM usage_record u JOIN federation_instance f ON f.instance_id = u.instance_id "
                    + "LEFT JOIN federation_usage_forwarded w ON w.peer = f.peer AND w.node_id = u.node_id "
                    + "WHERE f.peer = ? AND (w.seq IS NULL OR u.seq > w.seq) ORDER BY u.node_id, u.seq")) {
                query.setString(1, peer);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && found.size() < max) {
                        String node = rows.getString(1);
                        long seq = rows.getLong(2);
                        if (seq <= after.getOrDefault(node, 0L)) {
                            continue;
                        }
                        found.add(new Record(node, seq, rows.getLong(3), rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getBigDecimal(6),
                                rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getBigDecimal(9)));
                    }
                }
            }
            return found;
        });
    }

    /** The peer acknowledged the records up to {@code seq} of each node: they are not forwarded again. */
    public void acknowledged(String peer, Map<String, Long> upTo) {
        if (upTo.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            acknowledged(connection, peer, upTo);
            return null;
        });
    }

    /** As {@link #acknowledged(String, Map)}, in the caller's transaction (the one that forgets the events). */
    static void acknowledged(java.sql.Connection connection, String peer, Map<String, Long> upTo)
            throws java.sql.SQLException {
        Map<String, Long> known = acknowledged(connection, peer);
        for (Map.Entry<String, Long> entry : upTo.entrySet()) {
            Long before = known.get(entry.getKey());
            if (before != null && before >= entry.getValue()) {
                continue;
            }
            String sql = before == null
                    ? "INSERT INTO federation_usage_forwarded (seq, peer, node_id) VALUES (?, ?, ?)"
                    : "UPDATE federation_usage_forwarded SET seq = ? WHERE peer = ? AND node_id = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setLong(1, entry.getValue());
                write.setString(2, peer);
                write.setString(3, entry.getKey());
                write.executeUpdate();
            }
        }
    }

    /** Per node, the last record the peer acknowledged. */
    public Map<String, Long> acknowledged(String peer) {
        return database.inTransaction(connection -> acknowledged(connection, peer));
    }

    private static Map<String, Long> acknowledged(java.sql.Connection connection, String peer) throws java.sql.SQLException {
        Map<String, Long> marks = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT node_id, seq FROM federation_usage_forwarded WHERE peer = ?")) {
            query.setString(1, peer);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    marks.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return marks;
    }
}
