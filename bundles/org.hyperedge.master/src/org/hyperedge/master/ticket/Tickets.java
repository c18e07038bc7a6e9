package org.hyperedge.master.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Tickets opened and resolved by the master itself: one open ticket per cause, however often it recurs. */
public final class Tickets {

    private Tickets() {
    }

    /** Opens a ticket for the cause unless one is open already; returns true when a new one was opened. */
    public static boolean open(Connection connection, String cause, String subject, String reason) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM ticket WHERE cause = ? AND state <> 'resolved' AND state <> 'closed'")) {
            query.setString(1, cause);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET reason = ? WHERE id = ?")) {
                        update.setString(1, reason);
                        update.setLong(2, row.getLong(1));
                        update.executeUpdate();
                    }
                    return false;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ticket (cause, subject, reason, state, opened_at) VALUES (?, ?, ?, 'open', ?)")) {
            insert.setString(1, cause);
            insert.setString(2, subject);
            insert.setString(3, reason);
            insert.setObject(4, OffsetDateTime.now());
            insert.executeUpdate();
        }
        return true;
    }

    /** Resolves the open ticket of the cause, if any: the cause has healed. */
    public static void resolve(Connection connection, String cause) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET state = 'resolved', resolved_at = ? "
                + "WHERE cause = ? AND state <> 'resolved' AND state <> 'closed'")) {
            update.setObject(1, OffsetDateTime.now());
            update.setString(2, cause);
            update.executeUpdate();
        }
    }

    public static int openCount(Connection connection, String cause) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM ticket WHERE cause = ? AND state <> 'resolved' AND state <> 'closed'")) {
            query.setString(1, cause);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
