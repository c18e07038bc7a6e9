package org.hyperedge.master.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Tickets opened and resolved by the master itself, in the caller's transaction: one open ticket per cause,
 * however often it recurs; a healed cause resolves its ticket, and every step is kept in the ticket's history.
 * A ticket is open while its state is {@code open} or {@code acknowledged}.
 */
public final class Tickets {

    /** Who the master's own entries in a ticket's history are by. */
    public static final String MASTER = "master";

    static final String OPEN_STATES = "state IN ('open', 'acknowledged')";

    private Tickets() {
    }

    /** Opens a ticket for the cause unless one is open already; returns true when a new one was opened. */
    public static boolean open(Connection connection, String cause, String subject, String reason) throws SQLException {
        return open(connection, cause, subject, reason, reason, MASTER);
    }

    /**
     * As {@link #open(Connection, String, String, String)}, with more than the reason in the history entry that
     * opens or updates the ticket (a process's last lines of output, say): kept with the ticket, however long ago.
     */
    public static boolean openWithNote(Connection connection, String cause, String subject, String reason, String note)
            throws SQLException {
        return open(connection, cause, subject, reason, note, MASTER);
    }

    /** As {@link #open(Connection, String, String, String)}, by someone else than the master (a ticket opened by hand). */
    static boolean open(Connection connection, String cause, String subject, String reason, String note, String actor)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, reason FROM ticket WHERE cause = ? AND " + OPEN_STATES)) {
            query.setString(1, cause);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    long id = row.getLong(1);
                    if (!reason.equals(row.getString(2))) {
                        try (PreparedStatement update = connection.prepareStatement(
                                "UPDATE ticket SET reason = ?, updated_at = ? WHERE id = ?")) {
                            update.setString(1, truncate(reason, 1000));
                            update.setObject(2, now());
                            update.setLong(3, id);
                            update.executeUpdate();
                        }
                        history(connection, id, actor, "updated", note);
                    }
                    return false;
                }
            }
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (cause, subject, reason, state, "
                + "opened_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            OffsetDateTime now = now();
            insert.setString(1, cause);
            insert.setString(2, truncate(subject, 255));
            insert.setString(3, truncate(reason, 1000));
            insert.setObject(4, now);
            insert.setObject(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        history(connection, id, actor, "opened", note);
        return true;
    }

    /** Resolves the open ticket of the cause, if any: the cause has healed. Returns true when one was resolved. */
    public static boolean resolve(Connection connection, String cause) throws SQLException {
        return resolve(connection, cause, "the cause healed");
    }

    public static boolean resolve(Connection connection, String cause, String why) throws SQLException {
        Long id = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM ticket WHERE cause = ? AND " + OPEN_STATES)) {
            query.setString(1, cause);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    id = row.getLong(1);
                }
            }
        }
        if (id == null) {
            return false;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ticket SET state = 'resolved', resolved_at = ?, updated_at = ? WHERE id = ?")) {
            OffsetDateTime now = now();
            update.setObject(1, now);
            update.setObject(2, now);
            update.setLong(3, id);
            update.executeUpdate();
        }
        history(connection, id, MASTER, "resolved", why);
        return true;
    }

    public static int openCount(Connection connection, String cause) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM ticket WHERE cause = ? AND " + OPEN_STATES)) {
            query.setString(1, cause);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static void history(Connection connection, long ticketId, String actor, String action, String note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ticket_event (ticket_id, at, actor, action, note) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, ticketId);
            insert.setObject(2, now());
            insert.setString(3, truncate(actor, 255));
            insert.setString(4, action);
            insert.setString(5, note == null ? null : truncate(note, 2000));
            insert.executeUpdate();
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
