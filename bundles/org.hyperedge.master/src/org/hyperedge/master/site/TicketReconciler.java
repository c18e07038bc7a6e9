package org.hyperedge.master.site;

import static org.hyperedge.master.site.RowsJson.text;
import static org.hyperedge.master.site.RowsJson.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings the site's tickets into the office, in the caller's transaction: each site ticket becomes one office
 * ticket (its cause keeps the kind and names the site), updated to the site's state, and only the history
 * entries the office does not have yet are added.
 */
final class TicketReconciler {

    private final Connection connection;
    private final String siteId;
    private final String siteName;
    long created;
    long updated;
    long events;

    TicketReconciler(Connection connection, String siteId, String siteName) {
        this.connection = connection;
        this.siteId = siteId;
        this.siteName = siteName;
    }

    void reconcile(List<JsonNode> tickets, List<JsonNode> ticketEvents) throws SQLException {
        Map<Long, List<JsonNode>> history = new HashMap<>();
        ticketEvents.forEach(e -> history.computeIfAbsent(e.path("ticket_id").asLong(), id -> new ArrayList<>()).add(e));
        for (JsonNode ticket : tickets) {
            long siteTicket = ticket.path("id").asLong();
            long[] known = known(siteTicket);
            long id;
            int have;
            if (known == null) {
                id = insert(ticket);
                have = 0;
                created++;
            } else {
                id = known[0];
                have = (int) known[1];
                if (update(id, ticket)) {
                    updated++;
                }
            }
            List<JsonNode> entries = history.getOrDefault(siteTicket, List.of());
            for (JsonNode entry : entries.subList(Math.min(have, entries.size()), entries.size())) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO ticket_event (ticket_id, at, actor, action, note) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setObject(2, time(entry, "at"));
                    insert.setString(3, text(entry, "actor") + "@" + siteName);
                    insert.setString(4, text(entry, "action"));
                    insert.setString(5, text(entry, "note"));
                    insert.executeUpdate();
                }
                events++;
            }
            record(siteTicket, id, known == null, Math.max(have, entries.size()));
        }
    }

    private long[] known(long siteTicket) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ticket_id, events FROM site_ticket WHERE site_id = ? AND site_ticket_id = ?")) {
            query.setString(1, siteId);
            query.setLong(2, siteTicket);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new long[] { row.getLong(1), row.getInt(2) } : null;
            }
        }
    }

    private long insert(JsonNode ticket) throws SQLException {
        String cause = text(ticket, "cause") + "@site:" + siteName + "#" + ticket.path("id").asLong();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket (cause, subject, reason, state, "
                + "assignee, opened_at, updated_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, cause.length() > 255 ? cause.substring(cause.length() - 255) : cause);
            insert.setString(2, "[" + siteName + "] " + text(ticket, "subject"));
            insert.setString(3, text(ticket, "reason"));
            insert.setString(4, text(ticket, "state"));
            insert.setString(5, text(ticket, "assignee"));
            insert.setObject(6, time(ticket, "opened_at"));
            insert.setObject(7, time(ticket, "updated_at"));
            insert.setObject(8, time(ticket, "resolved_at"));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private boolean update(long id, JsonNode ticket) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT state, assignee, reason FROM ticket WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (row.next() && Objects.equals(row.getString(1), text(ticket, "state"))
                        && Objects.equals(row.getString(2), text(ticket, "assignee"))
                        && Objects.equals(row.getString(3), text(ticket, "reason"))) {
                    return false;
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE ticket SET state = ?, assignee = ?, reason = ?, "
                + "updated_at = ?, resolved_at = ? WHERE id = ?")) {
            update.setString(1, text(ticket, "state"));
            update.setString(2, text(ticket, "assignee"));
            update.setString(3, text(ticket, "reason"));
            update.setObject(4, time(ticket, "updated_at"));
            update.setObject(5, time(ticket, "resolved_at"));
            update.setLong(6, id);
            update.executeUpdate();
        }
        return true;
    }

    private void record(long siteTicket, long id, boolean isNew, int eventCount) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(isNew
                ? "INSERT INTO site_ticket (ticket_id, events, site_id, site_ticket_id) VALUES (?, ?, ?, ?)"
                : "UPDATE site_ticket SET ticket_id = ?, events = ? WHERE site_id = ? AND site_ticket_id = ?")) {
            write.setLong(1, id);
            write.setInt(2, eventCount);
            write.setString(3, siteId);
            write.setLong(4, siteTicket);
            write.executeUpdate();
        }
    }
}
