package org.hyperedge.master.seal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.protocol.seal.SealingPublicKey;

/**
 * Who may read an instance's secret connection values, as the master tells the instance's node: every
 * operator, and each node hosting an instance linked to it (it needs the value to connect). The node seals
 * to these keys; the master relays what it cannot open. When the recipients change (an operator added, a
 * dependent placed, a node's key learned) the publishing node gets a new desired state and seals again.
 */
public final class SealingRecipients {

    private SealingRecipients() {
    }

    /** For each instance on the node (in its partitions, and shared instances they host): the keys to seal to. */
    public static Recipients forNode(Connection connection, String nodeId) throws SQLException {
        return forNode(connection, nodeId, OperatorKeys.keys(connection));
    }

    /** As {@link #forNode(Connection, String)}, with the operators' keys (oldest first) already read. */
    public static Recipients forNode(Connection connection, String nodeId, List<SealingPublicKey> operators)
            throws SQLException {
        Map<Long, Set<SealingPublicKey>> dependents = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT l.source_id, n.sealing_key FROM instance_link l "
                + "JOIN instance d ON d.id = l.target_id LEFT JOIN node_partition dp ON dp.instance_id = d.id "
                + "LEFT JOIN node_partition hp ON hp.instance_id = d.host_id "
                + "JOIN node n ON n.id = COALESCE(dp.node_id, hp.node_id) "
                + "WHERE d.requested_state <> 'destroyed' AND n.sealing_key IS NOT NULL AND l.source_id IN ("
                + "SELECT p.instance_id FROM node_partition p WHERE p.node_id = ? AND p.instance_id IS NOT NULL "
                + "UNION SELECT g.id FROM instance g JOIN node_partition p ON p.instance_id = g.host_id WHERE p.node_id = ?) "
                + "ORDER BY l.source_id, n.id")) {
            query.setString(1, nodeId);
            query.setString(2, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dependents.computeIfAbsent(rows.getLong(1), id -> new LinkedHashSet<>())
                            .add(SealingPublicKey.parse(rows.getString(2)));
                }
            }
        }
        return new Recipients(operators, dependents);
    }

    /** For a node none of whose instances another links to: each of them seals to the operators' keys only. */
    public static Recipients operatorsOnly(List<SealingPublicKey> operators) {
        return new Recipients(operators, Map.of());
    }

    /**
     * The dependent was placed (or linked): the nodes of the instances it takes values from seal them again,
     * to its node too. In the caller's transaction.
     */
    public static void dependentPlaced(Connection connection, long dependentId) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE node SET generation = generation + 1 WHERE id IN ("
                + "SELECT COALESCE(sp.node_id, hp.node_id) FROM instance_link l JOIN instance s ON s.id = l.source_id "
                + "LEFT JOIN node_partition sp ON sp.instance_id = s.id LEFT JOIN node_partition hp ON hp.instance_id = s.host_id "
                + "WHERE l.target_id = ?)")) {
            bump.setLong(1, dependentId);
            bump.executeUpdate();
        }
    }

    /** The node's sealing key became known or changed: the sources of the instances it hosts seal again. */
    public static void nodeKeyChanged(Connection connection, String nodeId) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE node SET generation = generation + 1 WHERE id IN ("
                + "SELECT COALESCE(sp.node_id, shp.node_id) FROM instance_link l JOIN instance s ON s.id = l.source_id "
                + "LEFT JOIN node_partition sp ON sp.instance_id = s.id LEFT JOIN node_partition shp ON shp.instance_id = s.host_id "
                + "JOIN instance d ON d.id = l.target_id LEFT JOIN node_partition dp ON dp.instance_id = d.id "
                + "LEFT JOIN node_partition dhp ON dhp.instance_id = d.host_id WHERE COALESCE(dp.node_id, dhp.node_id) = ?)")) {
            bump.setString(1, nodeId);
            bump.executeUpdate();
        }
    }

    /** The operators changed: every node hosting an instance seals again. */
    public static void resealEverywhere(Connection connection) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement("UPDATE node SET generation = generation + 1 WHERE id IN "
                + "(SELECT node_id FROM node_partition WHERE instance_id IS NOT NULL)")) {
            bump.executeUpdate();
        }
    }

    /** The operators' keys for every instance, with the keys of its dependents' nodes added where it has some. */
    public static final class Recipients {

        private final List<SealingPublicKey> operators;
        private final Map<Long, Set<SealingPublicKey>> dependents;

        Recipients(List<SealingPublicKey> operators, Map<Long, Set<SealingPublicKey>> dependents) {
            this.operators = List.copyOf(operators);
            this.dependents = dependents;
        }

        public List<SealingPublicKey> of(long instanceId) {
            Set<SealingPublicKey> nodes = dependents.get(instanceId);
            if (nodes == null) {
                return operators;
            }
            Set<SealingPublicKey> all = new LinkedHashSet<>(operators);
            all.addAll(nodes);
            return List.copyOf(all);
        }
    }
}
