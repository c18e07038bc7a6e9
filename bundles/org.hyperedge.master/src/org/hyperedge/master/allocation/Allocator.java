package org.hyperedge.master.allocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.store.Dialect;

/**
 * Chooses a node and a free partition for an instance. Candidates match the SLA filter and have a free
 * partition and the capacity it needs; the one with the most free partitions wins (ties by node id), which
 * spreads instances evenly and deterministically. Taking the partition is a conditional update of the
 * node's counters, so two requests racing for the last partition cannot both win.
 */
public final class Allocator {

    static final int CANDIDATES = 8;
    /** How often the candidates are read again when others took each of them meanwhile; each time, capacity went. */
    private static final int ROUNDS = 64;

    private Allocator() {
    }

    /**
     * Places the instance, or returns why it cannot be placed; runs in the caller's transaction. The caller marks
     * the instance changed ({@code updated_at}) in the same transaction: a new instance has just been inserted with
     * it, and a placed one has its pending reason cleared with it (touching the row here too was one more
     * statement on every request's path).
     */
    public static Placement place(Connection connection, long instanceId, SlaFilter sla) throws SQLException {
        return place(connection, instanceId, sla, null);
    }

    /**
     * As {@link #place(Connection, long, SlaFilter)}, never on {@code avoidNode} (when not null): a lost instance
     * restored elsewhere does not go back to the node it was lost on.
     */
    public static Placement place(Connection connection, long instanceId, SlaFilter sla, String avoidNode)
            throws SQLException {
        if (Dialect.isPostgres(connection)) {
            Placement placed = OneTripPlacement.place(connection, instanceId, sla, avoidNode);
            if (placed != null) {
                return placed;
            }
        }
        // Requests of other masters or threads may take every candidate between the read and the takes: then
        // the candidates are read again, since a node left out of the first read may still have room.
        for (int round = 0; round < ROUNDS; round++) {
            List<String> candidates = candidates(connection, sla, avoidNode);
            if (candidates.isEmpty()) {
                break;
            }
            for (String nodeId : candidates) {
                if (take(connection, nodeId, sla)) {
                    return assignPartition(connection, nodeId, instanceId);
                }
            }
        }
        return Placement.pending(whyNot(connection, sla));
    }

    /** Where an instance with this SLA would go now, writing nothing (the dry run). */
    public static Placement plan(Connection connection, SlaFilter sla) throws SQLException {
        List<String> nodes = candidates(connection, sla, null);
        if (nodes.isEmpty()) {
            return Placement.pending(whyNot(connection, sla));
        }
        return firstFreePartition(connection, nodes.get(0));
    }

    /** Gives the instance's partition and capacity back to its node. */
    public static void release(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT p.node_id, i.cpu_millis, i.memory_mb, i.disk_mb "
                + "FROM node_partition p JOIN instance i ON i.id = p.instance_id WHERE p.instance_id = ?")) {
            query.setLong(1, instanceId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                try (PreparedStatement node = connection.prepareStatement("UPDATE node SET free_partitions = free_partitions + 1, "
                        + "used_cpu_millis = used_cpu_millis - ?, used_memory_mb = used_memory_mb - ?, "
                        + "used_disk_mb = used_disk_mb - ?, generation = generation + 1 WHERE id = ?")) {
                    node.setLong(1, row.getLong(2));
                    node.setLong(2, row.getLong(3));
                    node.setLong(3, row.getLong(4));
                    node.setString(4, row.getString(1));
                    node.executeUpdate();
                }
            }
        }
        try (PreparedStatement free = connection.prepareStatement("UPDATE node_partition SET instance_id = NULL WHERE instance_id = ?")) {
            free.setLong(1, instanceId);
            free.executeUpdate();
        }
        touch(connection, instanceId);
    }

    /** Tells the node whose partition holds the instance that its desired state changed (a new generation). */
    public static void newDesiredStateFor(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE node SET generation = generation + 1 "
                + "WHERE id = (SELECT node_id FROM node_partition WHERE instance_id = ?)")) {
            bump.setLong(1, instanceId);
            bump.executeUpdate();
        }
    }

    /** Marks the instance changed, so views that read only what changed since a time see its new placement. */
    public static void touch(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement touch = connection.prepareStatement("UPDATE instance SET updated_at = ? WHERE id = ?")) {
            touch.setObject(1, java.time.OffsetDateTime.now());
            touch.setLong(2, instanceId);
            touch.executeUpdate();
        }
    }

    /**
     * The query of the nodes that can take the instance, best first (appends its arguments): the most free
     * partitions first, ties by node id.
     */
    static StringBuilder candidatesQuery(SlaFilter sla, String avoidNode, List<Object> arguments) {
        StringBuilder sql = new StringBuilder("SELECT n.id FROM node n WHERE ").append(NodeRoom.left("n"));
        arguments.addAll(NodeRoom.arguments(sla));
        sql.append(sla.nodeConditions(arguments));
        if (avoidNode != null) {
            sql.append(" AND n.id <> ?");
            arguments.add(avoidNode);
        }
        return sql.append(" ORDER BY n.free_partitions DESC, n.id");
    }

    private static List<String> candidates(Connection connection, SlaFilter sla, String avoidNode) throws SQLException {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = candidatesQuery(sla, avoidNode, arguments)
                .append(" FETCH FIRST ").append(CANDIDATES).append(" ROWS ONLY");
        List<String> nodes = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, sql.toString(), arguments); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                nodes.add(rows.getString(1));
            }
        }
        return nodes;
    }

    private static boolean take(Connection connection, String nodeId, SlaFilter sla) throws SQLException {
        List<Object> arguments = new ArrayList<>(NodeRoom.arguments(sla));
        arguments.add(nodeId);
        arguments.addAll(NodeRoom.arguments(sla));
        try (PreparedStatement update = prepare(connection, NodeRoom.TAKE + "id = ? AND " + NodeRoom.left("node"), arguments)) {
            return update.executeUpdate() == 1;
        }
    }

    private static Placement assignPartition(Connection connection, String nodeId, long instanceId) throws SQLException {
        Placement placement = firstFreePartition(connection, nodeId);
        try (PreparedStatement assign = connection.prepareStatement(
                "UPDATE node_partition SET instance_id = ? WHERE node_id = ? AND reference = ? AND instance_id IS NULL")) {
            assign.setLong(1, instanceId);
            assign.setString(2, nodeId);
            assign.setString(3, placement.partition());
            if (assign.executeUpdate() != 1) {
                throw new SQLException("partition " + placement.partition() + " of node " + nodeId + " was taken meanwhile", "40001");
            }
        }
        return placement;
    }

    /**
     * The node's first free partition. Read by the node's primary key and filtered here: with "instance_id
     * IS NULL" in the query, H2 prefers the unique index on instance_id and walks every free partition of the
     * fleet. The node's row is locked by {@link #take} already, so no other allocator is choosing on it.
     */
    private static Placement firstFreePartition(Connection connection, String nodeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT reference, first_port, last_port, instance_id "
                + "FROM node_partition WHERE node_id = ? ORDER BY reference")) {
            query.setString(1, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getObject(4) == null) {
                        return new Placement(nodeId, rows.getString(1), rows.getInt(2), rows.getInt(3), null);
                    }
                }
            }
        }
        throw new SQLException("node " + nodeId + " counted a free partition but has none", "40001");
    }

    /** Says which part of the SLA nothing satisfies: the match, a free partition, or the capacity. */
    private static String whyNot(Connection connection, SlaFilter sla) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), COALESCE(SUM(CASE WHEN n.free_partitions > 0 THEN 1 ELSE 0 END), 0) "
                + "FROM node n WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        sql.append(sla.nodeConditions(arguments));
        try (PreparedStatement query = prepare(connection, sql.toString(), arguments); ResultSet row = query.executeQuery()) {
            row.next();
            long matching = row.getLong(1);
            long withFreePartition = row.getLong(2);
            if (matching == 0) {
                return "no node matches " + sla.describe();
            }
            if (withFreePartition == 0) {
                return "every node matching " + sla.describe() + " is full (" + matching + " node"
                        + (matching == 1 ? "" : "s") + ", no free partition)";
            }
            return "no node matching " + sla.describe() + " has the capacity left: the instance needs cpu "
                    + sla.cpuMillis() / 1000.0 + ", memory " + sla.memoryMb() + " MB, disk " + sla.diskMb() + " MB";
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> arguments) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
        return statement;
    }
}
