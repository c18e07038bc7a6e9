package org.hyperedge.master.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hyperedge.master.store.Database;

/**
 * What admins do with tickets: list and filter them, read one with its history, acknowledge, assign,
 * comment, close, or open one by hand. Every action is kept in the ticket's history with who did it.
 * A ticket closed by hand whose cause persists is opened anew by the next check that finds it.
 */
public final class TicketService {

    /** Filter values for {@link #list}: {@code open} means open or acknowledged. */
    public static final Set<String> STATES = Set.of("open", "acknowledged", "resolved", "closed", "all");

    /** The longest subject, reason, note or comment, and assignee a person may give: longer is refused, never cut. */
    public static final int MAX_SUBJECT = 255;
    public static final int MAX_REASON = 1000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_ASSIGNEE = 255;

    private static final String COLUMNS = "id, cause, subject, reason, state, assignee, opened_at, updated_at, resolved_at";

    private final Database database;

    public TicketService(Database database) {
        this.database = database;
    }

    /** Tickets in a state ({@code open} includes acknowledged; {@code all}), of a kind or any (null), newest first. */
    public List<Ticket> list(String state, String kind) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("unknown ticket state '" + state + "': expected one of open, acknowledged, "
                    + "resolved, closed, all");
        }
        if (kind != null && !Ticket.KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown ticket kind '" + kind + "': expected one of "
                    + String.join(", ", Ticket.KINDS));
        }
        String where = switch (state) {
            case "all" -> "1 = 1";
            case "open" -> Tickets.OPEN_STATES;
            default -> "state = '" + state + "'";
        };
        return database.inTransaction(connection -> {
            List<Ticket> tickets = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM ticket WHERE " + where
                    + (kind == null ? "" : " AND (cause = ? OR cause LIKE ?)") + " ORDER BY opened_at DESC, id DESC")) {
                if (kind != null) {
                    query.setString(1, kind);
                    query.setString(2, kind + ":%");
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        tickets.add(ticket(rows, List.of()));
                    }
                }
            }
            return tickets;
        });
    }

    /** The ticket with its whole history. */
    public Optional<Ticket> find(long id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    /** Opens a ticket by hand (its cause is unique to it, so it is only ever closed by hand). */
    public Ticket open(String subject, String reason, String actor) {
        require(subject, "subject", MAX_SUBJECT);
        require(reason, "reason", MAX_REASON);
        String cause = "manual:" + UUID.randomUUID();
        return database.inTransaction(connection -> {
            Tickets.open(connection, cause, subject, reason, reason, actor);
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM ticket WHERE cause = ?")) {
                query.setString(1, cause);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return find(connection, row.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /** Someone is on it: the ticket stays open (and keeps its cause) but shows it is being handled. */
    public Ticket acknowledge(long id, String actor, String note) {
        optional(note, "note", MAX_NOTE);
        return change(id, actor, "acknowledged", note, "state = 'acknowledged'", null);
    }

    public Ticket assign(long id, String assignee, String actor) {
        require(assignee, "assignee", MAX_ASSIGNEE);
        return change(id, actor, "assigned", assignee, "assignee = ?", assignee);
    }

    public Ticket comment(long id, String text, String actor) {
        require(text, "comment", MAX_NOTE);
        return database.inTransaction(connection -> {
            Ticket ticket = existing(connection, id);
            Tickets.history(connection, ticket.id(), actor, "commented", text);
            touch(connection, id);
            return find(connection, id).orElseThrow();
        });
    }

    /** Closes the ticket by hand, open or already resolved; a closed ticket stays closed. */
    public Ticket close(long id, String actor, String note) {
        optional(note, "note", MAX_NOTE);
        return database.inTransaction(connection -> {
            Ticket ticket = existing(connection, id);
            if ("closed".equals(ticket.state())) {
                throw new IllegalStateException("ticket " + id + " is closed already");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ticket SET state = 'closed', resolved_at = COALESCE(resolved_at, ?), updated_at = ? WHERE id = ?")) {
                OffsetDateTime now = Tickets.now();
                update.setObject(1, now);
                update.setObject(2, now);
                update.setLong(3, id);
                update.executeUpdate();
            }
            Tickets.history(connection, id, actor, "closed", note);
            return find(connection, id).orElseThrow();
        });
    }

    private Ticket change(long id, String actor, String action, String note, String set, String value) {
        return database.inTransaction(connection -> {
            Ticket ticket = existing(connection, id);
            if (!ticket.isOpen()) {
                throw new IllegalStateException("ticket " + id + " is " + ticket.state() + ": only open tickets can be "
                        + action);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET " + set
                    + ", updated_at = ? WHERE id = ?")) {
                int index = 1;
                if (value != null) {
                    update.setString(index++, value);
                }
                update.setObject(index++, Tickets.now());
                update.setLong(index, id);
                update.executeUpdate();
            }
            Tickets.history(connection, id, actor, action, note);
            return find(connection, id).orElseThrow();
        });
    }

    private static void touch(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET updated_at = ? WHERE id = ?")) {
            update.setObject(1, Tickets.now());
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Ticket existing(Connection connection, long id) throws SQLException {
        return find(connection, id).orElseThrow(() -> new IllegalArgumentException("no ticket " + id));
    }

    private static Optional<Ticket> find(Connection connection, long id) throws SQLException {
        List<Ticket.Event> history = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT at, actor, action, note FROM ticket_event WHERE ticket_id = ? ORDER BY id")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    history.add(new Ticket.Event(instant(rows.getObject(1, OffsetDateTime.class)), rows.getString(2),
                            rows.getString(3), rows.getString(4)));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM ticket WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(ticket(row, List.copyOf(history))) : Optional.empty();
            }
        }
    }

    private static Ticket ticket(ResultSet row, List<Ticket.Event> history) throws SQLException {
        String cause = row.getString(2);
        return new Ticket(row.getLong(1), cause, Ticket.kindOf(cause), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), instant(row.getObject(7, OffsetDateTime.class)), instant(row.getObject(8, OffsetDateTime.class)),
                instant(row.getObject(9, OffsetDateTime.class)), history);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static void require(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a ticket " + what + " must not be empty");
        }
        optional(value, what, max);
    }

    /** Text a person typed is kept whole or refused: it is never cut to fit. */
    private static void optional(String value, String what, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("a ticket " + what + " of " + value.length() + " characters is longer than "
                    + max + "; nothing was changed");
        }
    }
}
