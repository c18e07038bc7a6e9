package org.hyperedge.master.view;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.monitoring.ProcessExits;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.view.InstanceDetail.HistoryEntry;
import org.hyperedge.master.view.InstanceDetail.PromiseStatus;

/** Reads one instance's details for the Properties view. */
public final class InstanceDetails {

    /** Enough history to see how it came to its state, without reading years of events. */
    public static final int HISTORY_LIMIT = 50;
    private static final int PROMISE_RESULTS_SCANNED = 500;

    private final Database database;

    public InstanceDetails(Database database) {
        this.database = database;
    }

    public Optional<InstanceDetail> find(long instanceId) {
        return database.inTransaction(connection -> {
            List<InstanceRow> rows = InstanceListing.byIds(connection, List.of(instanceId));
            if (rows.isEmpty()) {
                return Optional.<InstanceDetail>empty();
            }
            String[] requested = requested(connection, instanceId);
            return Optional.of(new InstanceDetail(rows.get(0), requested[0], requested[1], requested[2],
                    history(connection, instanceId), promises(connection, instanceId),
                    ProcessExits.latest(connection, instanceId),
                    org.hyperedge.master.recovery.InstanceBackups.latest(connection, instanceId, false).orElse(null)));
        });
    }

    private static String[] requested(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT parameters, sla, connection_parameters FROM instance WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new String[] { row.getString(1), row.getString(2), row.getString(3) };
            }
        }
    }

    private static List<HistoryEntry> history(Connection connection, long id) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT at, kind, summary FROM node_event "
                + "WHERE instance_id = ? ORDER BY at DESC, seq DESC LIMIT " + HISTORY_LIMIT)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new HistoryEntry(rows.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                            rows.getString(2), rows.getString(3)));
                }
            }
        }
        return entries;
    }

    /** The newest result of each promise, by name. */
    private static List<PromiseStatus> promises(Connection connection, long id) throws SQLException {
        Map<String, PromiseStatus> latest = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name, ok, message, checked_at FROM "
                + "promise_result WHERE instance_id = ? ORDER BY checked_at DESC, seq DESC LIMIT " + PROMISE_RESULTS_SCANNED)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    latest.putIfAbsent(rows.getString(1), new PromiseStatus(rows.getString(1), rows.getBoolean(2),
                            rows.getString(3), rows.getObject(4, java.time.OffsetDateTime.class).toInstant()));
                }
            }
        }
        return new ArrayList<>(latest.values());
    }
}
