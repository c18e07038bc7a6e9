package org.hyperedge.master.desired;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hyperedge.master.seal.SealingRecipients;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredState.SharedInstance;
import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the desired-state document of a node from what the master placed on it. */
public final class DesiredStates {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** True when another instance links to the instance aliased {@code #}: its secret values are sealed to more keys. */
    private static final String SOURCE = "CASE WHEN EXISTS (SELECT 1 FROM instance_link s WHERE s.source_id = #.id) "
            + "THEN TRUE ELSE FALSE END";
    /** The keys the master that delegated the instance aliased {@code #} asks its secret values sealed to, or null. */
    private static final String DELEGATED_TO = "(SELECT MAX(f.seal_to) FROM federation_instance f WHERE f.instance_id = #.id)";

    private final Database database;

    public DesiredStates(Database database) {
        this.database = database;
    }

    public DesiredState compute(String nodeId) {
        return database.inTransaction(connection -> compute(connection, nodeId));
    }

    static DesiredState compute(Connection connection, String nodeId) throws SQLException {
        Head head = head(connection, nodeId);
        List<Row> guestRows = head.anyShared() ? sharedInstances(connection, nodeId) : List.of();
        List<Row> partitionRows = partitions(connection, nodeId, head);
        TreeSet<String> releaseIds = new TreeSet<>();
        partitionRows.forEach(row -> releaseIds.add(row.releaseId()));
        List<SealingPublicKey> operators = head.operators();
        // only an instance another one links to seals to more than the operators: the query of its dependents'
        // nodes (the costliest of the desired state, six joins) runs only when the node holds such an instance
        boolean anySource = partitionRows.stream().anyMatch(Row::source) || guestRows.stream().anyMatch(Row::source);
        SealingRecipients.Recipients recipients = anySource ? SealingRecipients.forNode(connection, nodeId, operators)
                : SealingRecipients.operatorsOnly(operators);
        Map<String, List<SharedInstance>> guests = new LinkedHashMap<>();
        for (Row guest : guestRows) {
            guests.computeIfAbsent(guest.reference(), k -> new ArrayList<>()).add(new SharedInstance(guest.id(), guest.title(),
                    guest.state(), parameters(guest.parameters()), sealTo(recipients, guest)));
        }
        List<PartitionState> partitions = new ArrayList<>();
        for (Row row : partitionRows) {
            partitions.add(new PartitionState(row.reference(), row.firstPort(), row.lastPort(), row.id(), row.title(),
                    row.releaseId(), row.softwareType(), row.state(), parameters(row.parameters()),
                    guests.getOrDefault(row.reference(), List.of()), row.bangSerial(), sealTo(recipients, row),
                    row.backup()));
        }
        return new DesiredState(DesiredState.PROTOCOL, nodeId, head.epoch(), head.generation(), Collections.unmodifiableList(partitions),
                descriptors(connection, releaseIds));
    }

    /**
     * The node's generation, the master's epoch, every operator's key (oldest first), and whether this master has any
     * link, delegated instance or shared instance at all: most have none of them, and then the statements that ask
     * for them per partition or per node are not sent.
     */
    private record Head(long generation, long epoch, List<SealingPublicKey> operators, boolean anyLink,
            boolean anyDelegated, boolean anyShared) {
    }

    /**
     * Read in one statement: on PostgreSQL each statement is a round trip, and the desired state took twice as long as
     * at a91ac74 with two more of them. MIN, not EXISTS ... IS NOT NULL, asks for a shared instance: both stores read
     * it from the first entry of instance_by_host, whereas PostgreSQL's plan for EXISTS walked every instance's null
     * host while the statistics were young (2.4-4.4 ms).
     */
    private static Head head(Connection connection, String nodeId) throws SQLException {
        Long generation = null;
        long epoch = 0;
        List<SealingPublicKey> operators = new ArrayList<>();
        boolean anyLink = true;
        boolean anyDelegated = true;
        boolean anyShared = true;
        try (PreparedStatement query = connection.prepareStatement("SELECT n.generation, k.public_key, e.epoch, "
                + "EXISTS (SELECT 1 FROM instance_link), EXISTS (SELECT 1 FROM federation_instance), "
                + "(SELECT MIN(host_id) FROM instance) IS NOT NULL FROM node n "
                + "JOIN master_epoch e ON e.id = 1 LEFT JOIN operator_key k ON 1 = 1 WHERE n.id = ? ORDER BY k.added_at, k.name")) {
            query.setString(1, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    generation = rows.getLong(1);
                    epoch = rows.getLong(3);
                    anyLink = rows.getBoolean(4);
                    anyDelegated = rows.getBoolean(5);
                    anyShared = rows.getBoolean(6);
                    if (rows.getString(2) != null) {
                        operators.add(SealingPublicKey.parse(rows.getString(2)));
                    }
                }
            }
        }
        if (generation == null) {
            throw new IllegalArgumentException("unknown node '" + nodeId + "'");
        }
        return new Head(generation, epoch, operators, anyLink, anyDelegated, anyShared);
    }

    /**
     * The node's partitions and their instances, in reference order; what links and delegation add is asked per
     * partition only when this master has any (half of a 100-partition node's desired state on PostgreSQL).
     */
    private static List<Row> partitions(Connection connection, String nodeId, Head head) throws SQLException {
        List<Row> partitionRows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.reference, p.first_port, p.last_port, i.id, "
                + "i.title, i.release_id, i.software_type, i.requested_state, i.parameters, i.bang_serial, "
                // a dependent waits, stopped, until every parameter linked to another instance has its value
                + (head.anyLink() ? "(SELECT COUNT(*) FROM instance_link l WHERE l.target_id = i.id AND l.resolved = FALSE), "
                        + SOURCE.replace("#", "i") : "0, FALSE")
                + ", i.backup_serial, i.restore_sha256, i.restore_size, "
                + (head.anyDelegated() ? DELEGATED_TO.replace("#", "i") : "NULL")
                + " FROM node_partition p "
                + "JOIN instance i ON i.id = p.instance_id WHERE p.node_id = ? ORDER BY p.reference")) {
            query.setString(1, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    partitionRows.add(new Row(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getLong(4),
                            rows.getString(5), rows.getString(6), rows.getString(7),
                            "started".equals(rows.getString(8)) && rows.getInt(11) > 0 ? "stopped" : rows.getString(8),
                            rows.getString(9), rows.getLong(10), rows.getBoolean(12),
                            new DesiredState.BackupOrders(rows.getLong(13), rows.getString(14), rows.getLong(15)),
                            rows.getString(16)));
                }
            }
        }
        return partitionRows;
    }

    /**
     * This master's recipients of the instance's secret values and, for an instance another master delegated here,
     * that master's too (its operators', its nodes' that link to it): both read it.
     */
    private static List<SealingPublicKey> sealTo(SealingRecipients.Recipients recipients, Row row) {
        List<SealingPublicKey> own = recipients.of(row.id());
        if (row.delegatedTo() == null || row.delegatedTo().isEmpty()) {
            return own;
        }
        java.util.Set<SealingPublicKey> all = new java.util.LinkedHashSet<>(own);
        all.addAll(org.hyperedge.master.federation.DelegatedInstances.keys(row.delegatedTo()));
        return List.copyOf(all);
    }

    /**
     * A partition's instance, or a shared instance with the reference of its host's partition, as read, before its
     * sealing recipients are known; {@code source}: another instance links to it; {@code delegatedTo}: the keys the
     * master that delegated it asks for, as kept.
     */
    private record Row(String reference, int firstPort, int lastPort, long id, String title, String releaseId,
            String softwareType, String state, String parameters, long bangSerial, boolean source,
            DesiredState.BackupOrders backup, String delegatedTo) {
    }

    /** The shared instances hosted on the node, in id order, with the reference of their host's partition. */
    private static List<Row> sharedInstances(Connection connection, String nodeId) throws SQLException {
        List<Row> guests = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.reference, g.id, g.title, g.requested_state, "
                + "g.parameters, " + SOURCE.replace("#", "g") + ", " + DELEGATED_TO.replace("#", "g") + " FROM instance g JOIN node_partition p ON p.instance_id = g.host_id "
                + "WHERE p.node_id = ? ORDER BY g.id")) {
            query.setString(1, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    guests.add(new Row(rows.getString(1), 0, 0, rows.getLong(2), rows.getString(3), null, null,
                            rows.getString(4), rows.getString(5), 0, rows.getBoolean(6), null, rows.getString(7)));
                }
            }
        }
        return guests;
    }

    private static Map<String, String> descriptors(Connection connection, TreeSet<String> ids) throws SQLException {
        Map<String, String> releases = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return releases;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, descriptor FROM software_release WHERE id IN (" + placeholders + ") ORDER BY id")) {
            int i = 1;
            for (String id : ids) {
                query.setString(i++, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    releases.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return releases;
    }

    private static ObjectNode parameters(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException | ClassCastException e) {
            throw new StoreException("stored parameters are not a JSON object: " + json, e);
        }
    }
}
