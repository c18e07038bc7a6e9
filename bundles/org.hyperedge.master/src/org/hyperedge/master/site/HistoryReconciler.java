package org.hyperedge.master.site;

import static org.hyperedge.master.site.RowsJson.decimal;
import static org.hyperedge.master.site.RowsJson.text;
import static org.hyperedge.master.site.RowsJson.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.accounting.UsageBook;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings the site's report history into the office, in the caller's transaction, exactly once: every record
 * is keyed as at the site by (node, seq) under the site's node at the office, whose report cursor says how far
 * the site's records are in. Records at or below it are skipped (a bundle imported again, or an older one);
 * the usage of the new ones is booked into the ledger once, by the same code the live ingest books with, in
 * the same transaction.
 */
final class HistoryReconciler {

    private final Connection connection;
    private final String siteName;
    private final TreeReconciler trees;
    private final Map<String, Long> cursors = new HashMap<>();
    private final Map<String, Long> reached = new HashMap<>();
    private final Map<String, OffsetDateTime> heard = new HashMap<>();
    private final UsageBook usage = new UsageBook();
    long promiseResults;
    long usageRecords;
    long nodeEvents;
    long promiseStates;
    long skipped;

    HistoryReconciler(Connection connection, String siteName, TreeReconciler trees) {
        this.connection = connection;
        this.siteName = siteName;
        this.trees = trees;
    }

    void cursors(List<JsonNode> nodes) throws SQLException {
        for (JsonNode node : nodes) {
            String ghost = TreeReconciler.ghostNode(siteName, text(node, "id"));
            try (PreparedStatement query = connection.prepareStatement("SELECT report_cursor FROM node WHERE id = ? FOR UPDATE")) {
                query.setString(1, ghost);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    cursors.put(ghost, row.getLong(1));
                }
            }
            reached.put(ghost, node.path("report_cursor").asLong());
            heard.put(ghost, time(node, "last_report_at"));
        }
    }

    /** True when the record is new here; counts it as skipped otherwise. */
    private String newRecord(JsonNode row) {
        String ghost = TreeReconciler.ghostNode(siteName, text(row, "node_id"));
        if (row.path("seq").asLong() <= cursors.getOrDefault(ghost, Long.MAX_VALUE)) {
            skipped++;
            return null;
        }
        reached.merge(ghost, row.path("seq").asLong(), Math::max);
        return ghost;
    }

    void promiseResults(List<JsonNode> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO promise_result (node_id, seq, instance_id, "
                + "name, ok, message, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (JsonNode row : rows) {
                Long instance = trees.officeId(text(row, "tree"), text(row, "title"));
                String ghost = newRecord(row);
                if (ghost == null || instance == null) {
                    continue;
                }
                insert.setString(1, ghost);
                insert.setLong(2, row.path("seq").asLong());
                insert.setLong(3, instance);
                insert.setString(4, text(row, "name"));
                insert.setBoolean(5, row.path("ok").asBoolean());
                insert.setString(6, text(row, "message"));
                insert.setObject(7, time(row, "checked_at"));
                insert.addBatch();
                promiseResults++;
            }
            insert.executeBatch();
        }
    }

    void usageRecords(List<JsonNode> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_record (node_id, seq, instance_id, "
                + "period_from, period_to, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (JsonNode row : rows) {
                Long instance = trees.officeId(text(row, "tree"), text(row, "title"));
                String ghost = newRecord(row);
                if (ghost == null || instance == null) {
                    continue;
                }
                insert.setString(1, ghost);
                insert.setLong(2, row.path("seq").asLong());
                insert.setLong(3, instance);
                insert.setObject(4, time(row, "period_from"));
                insert.setObject(5, time(row, "period_to"));
                insert.setBigDecimal(6, decimal(row, "cpu_seconds"));
                insert.setBigDecimal(7, decimal(row, "memory_mb_hours"));
                insert.setBigDecimal(8, decimal(row, "disk_mb_hours"));
                insert.setBigDecimal(9, decimal(row, "instance_hours"));
                insert.addBatch();
                usage.add(ghost, instance, time(row, "period_from").toInstant(), time(row, "period_to").toInstant(),
                        decimal(row, "cpu_seconds"),
                        decimal(row, "memory_mb_hours"), decimal(row, "disk_mb_hours"), decimal(row, "instance_hours"));
                usageRecords++;
            }
            insert.executeBatch();
        }
    }

    void nodeEvents(List<JsonNode> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node_event (node_id, seq, kind, summary, at, "
                + "instance_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (JsonNode row : rows) {
                String ghost = newRecord(row);
                if (ghost == null) {
                    continue;
                }
                insert.setString(1, ghost);
                insert.setLong(2, row.path("seq").asLong());
                insert.setString(3, text(row, "kind"));
                insert.setString(4, text(row, "summary"));
                insert.setObject(5, time(row, "at"));
                insert.setObject(6, trees.officeId(text(row, "tree"), text(row, "title")));
                insert.addBatch();
                nodeEvents++;
            }
            insert.executeBatch();
        }
    }

    /** The latest result of each promise, where the site's is newer than the office's. */
    void promiseStates(List<JsonNode> rows) throws SQLException {
        for (JsonNode row : rows) {
            Long instance = trees.officeId(text(row, "tree"), text(row, "title"));
            if (instance == null) {
                continue;
            }
            OffsetDateTime checked = time(row, "checked_at");
            OffsetDateTime current = null;
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT checked_at FROM promise_state WHERE instance_id = ? AND name = ?")) {
                query.setLong(1, instance);
                query.setString(2, text(row, "name"));
                try (ResultSet found = query.executeQuery()) {
                    exists = found.next();
                    if (exists) {
                        current = found.getObject(1, OffsetDateTime.class);
                    }
                }
            }
            if (exists && !checked.isAfter(current)) {
                continue;
            }
            try (PreparedStatement write = connection.prepareStatement(exists
                    ? "UPDATE promise_state SET ok = ?, failing_runs = ?, message = ?, checked_at = ? WHERE instance_id = ? AND name = ?"
                    : "INSERT INTO promise_state (ok, failing_runs, message, checked_at, instance_id, name) VALUES (?, ?, ?, ?, ?, ?)")) {
                write.setBoolean(1, row.path("ok").asBoolean());
                write.setInt(2, row.path("failing_runs").asInt());
                write.setString(3, text(row, "message"));
                write.setObject(4, checked);
                write.setLong(5, instance);
                write.setString(6, text(row, "name"));
                write.executeUpdate();
            }
            promiseStates++;
        }
    }

    /** Books the new usage and moves each site node's cursor to what the site had ingested. */
    void finish() throws SQLException {
        usage.book(connection);
        for (Map.Entry<String, Long> node : cursors.entrySet()) {
            long before = node.getValue();
            long after = Math.max(before, reached.getOrDefault(node.getKey(), before));
            if (after == before) {
                continue;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE node SET report_cursor = ?, last_report_at = ? WHERE id = ?")) {
                update.setLong(1, after);
                update.setObject(2, heard.get(node.getKey()));
                update.setString(3, node.getKey());
                update.executeUpdate();
            }
        }
    }
}
