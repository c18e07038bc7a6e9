package org.hyperedge.master.allocation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the host of a shared instance: a started, placed, non-shared instance of the same release and
 * software type on a node the SLA accepts; the one hosting the fewest shared instances wins (then the
 * oldest), so guests spread over hosts.
 */
public final class SharedHosts {

    private SharedHosts() {
    }

    /** The host's instance id, or null when no compatible host exists yet. */
    public static Long find(Connection connection, String releaseId, String softwareType, SlaFilter sla) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT h.id FROM instance h JOIN node_partition p ON p.instance_id = h.id "
                + "JOIN node n ON n.id = p.node_id WHERE h.release_id = ? AND h.software_type = ? AND h.shared = FALSE "
                + "AND h.requested_state = 'started'");
        List<Object> arguments = new ArrayList<>(List.of(releaseId, softwareType));
        sql.append(sla.nodeConditions(arguments));
        sql.append(" ORDER BY (SELECT COUNT(*) FROM instance g WHERE g.host_id = h.id), h.id FETCH FIRST 1 ROWS ONLY");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                query.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    /** Attaches the shared instance to its host and tells the host's node there is something new. */
    public static void attach(Connection connection, long instanceId, long hostId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET host_id = ?, pending_reason = NULL, updated_at = ? WHERE id = ?")) {
            update.setLong(1, hostId);
            update.setObject(2, java.time.OffsetDateTime.now());
            update.setLong(3, instanceId);
            update.executeUpdate();
        }
        Allocator.newDesiredStateFor(connection, hostId);
    }
}
