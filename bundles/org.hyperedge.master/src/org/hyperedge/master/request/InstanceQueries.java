package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads instances with their placement. */
final class InstanceQueries {

    /**
     * A shared instance is placed where its host is: in the host's partition; any other instance in its own (a
     * shared instance never takes a partition, nor does any other have a host). One join on the partition that
     * holds {@code COALESCE(i.host_id, i.id)}: a second join on {@code i.host_id}, null for all but shared
     * instances, made H2 walk every free partition's index entry (instance_id null) for each instance read,
     * which took allocation to about half of its speed at {@code a91ac74}.
     */
    private static final String SELECT = "SELECT i.id, i.tree_id, i.parent_id, i.title, i.release_id, i.software_type, "
            + "i.shared, i.parameters, i.requested_state, i.reported_state, p.node_id, p.reference, i.pending_reason, "
            + "i.host_id, i.healthy, i.connection_parameters "
            + "FROM instance i LEFT JOIN node_partition p ON p.instance_id = COALESCE(i.host_id, i.id) ";

    private InstanceQueries() {
    }

    static Optional<InstanceRecord> byId(Connection connection, long id) throws SQLException {
        List<InstanceRecord> found = list(connection, "WHERE i.id = ?", id);
        return found.stream().findFirst();
    }

    static Optional<InstanceRecord> byTitle(Connection connection, long treeId, String title) throws SQLException {
        return list(connection, "WHERE i.tree_id = ? AND i.title = ?", treeId, title).stream().findFirst();
    }

    static List<InstanceRecord> list(Connection connection, String where, Object... arguments) throws SQLException {
        List<InstanceRecord> instances = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + where)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    instances.add(new InstanceRecord(rows.getLong(1), rows.getLong(2), rows.getObject(3, Long.class),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getBoolean(7), rows.getString(8),
                            RequestedStates.parse(rows.getString(9)), rows.getString(10), rows.getString(11),
                            rows.getString(12), rows.getString(13), rows.getObject(14, Long.class), rows.getBoolean(15),
                            rows.getString(16)));
                }
            }
        }
        return instances;
    }

    /** Locks the instance row for the rest of the transaction, so concurrent requests for it queue. */
    static boolean lock(Connection connection, long treeId, String title) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM instance WHERE tree_id = ? AND title = ? FOR UPDATE")) {
            query.setLong(1, treeId);
            query.setString(2, title);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
