package org.hyperedge.master.site;

import static org.hyperedge.master.site.RowsJson.text;
import static org.hyperedge.master.site.RowsJson.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Brings the site's instances into the office's trees, in the caller's transaction. An instance the office
 * lacks is created as the site has it, placed on the site's node (a node of the office kept for the site's
 * records only: no address, no free partition, so nothing else is ever placed on it or synced with it), and
 * pinned to the site by its SLA, so one the site did not place waits for the site, not for an office node. For
 * one the office has, the site's request replaces the office's only when the office did not change it since
 * the export (its digest is still the baseline); otherwise it is a conflict, listed, and the office's request
 * stays. What the site observed (reported state, health, connection parameters) is always taken.
 */
final class TreeReconciler {

    private final Connection connection;
    private final String siteId;
    private final String siteName;
    private final Map<String, Long> ids = new HashMap<>();
    final List<String> conflicts = new ArrayList<>();
    long created;
    long updated;
    long unchanged;

    TreeReconciler(Connection connection, String siteId, String siteName) {
        this.connection = connection;
        this.siteId = siteId;
        this.siteName = siteName;
    }

    static String ghostNode(String siteName, String nodeId) {
        return siteName + "/" + nodeId;
    }

    /** The office's id of the site's instance {@code title} in tree {@code tree}, once reconciled. */
    Long officeId(String tree, String title) {
        return tree == null ? null : ids.get(tree + "\u0000" + title);
    }

    void nodes(List<JsonNode> nodes) throws SQLException {
        try (PreparedStatement site = connection.prepareStatement("SELECT 1 FROM site WHERE name = ?")) {
            site.setString(1, siteName);
            try (ResultSet row = site.executeQuery()) {
                if (!row.next()) {
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO site (name) VALUES (?)")) {
                        insert.setString(1, siteName);
                        insert.executeUpdate();
                    }
                }
            }
        }
        for (JsonNode node : nodes) {
            String id = ghostNode(siteName, text(node, "id"));
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM node WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node (id, site, address, cpu_millis, "
                    + "memory_mb, disk_mb, free_partitions, used_cpu_millis, used_memory_mb, used_disk_mb, generation, "
                    + "registered_at) VALUES (?, ?, NULL, ?, ?, ?, 0, 0, 0, 0, 0, ?)")) {
                insert.setString(1, id);
                insert.setString(2, siteName);
                insert.setLong(3, node.path("cpu_millis").asLong());
                insert.setLong(4, node.path("memory_mb").asLong());
                insert.setLong(5, node.path("disk_mb").asLong());
                insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
    }

    void instances(List<JsonNode> instances) throws SQLException {
        for (JsonNode site : instances) {
            String tree = text(site, "tree");
            String title = text(site, "title");
            long treeId = tree(tree, text(site, "project"));
            String siteDigest = RequestDigest.of(text(site, "release_id"), text(site, "software_type"),
                    site.path("shared").asBoolean(), text(site, "parameters"), text(site, "sla"), text(site, "requested_state"));
            Object[] office = office(treeId, title);
            long id;
            boolean changed = false;
            if (office == null) {
                id = insert(treeId, site);
                Baselines.set(connection, siteId, tree, title, siteDigest);
                created++;
            } else {
                id = (Long) office[0];
                String officeDigest = (String) office[1];
                String baseline = Baselines.get(connection, siteId, tree, title);
                if (officeDigest.equals(siteDigest)) {
                    Baselines.set(connection, siteId, tree, title, siteDigest);
                } else if (officeDigest.equals(baseline)) {
                    applyRequest(id, site);
                    Baselines.set(connection, siteId, tree, title, siteDigest);
                    changed = true;
                } else {
                    conflicts.add(tree + "/" + title + ": the office changed its request after the export ("
                            + (String) office[2] + "); the site ran it as " + text(site, "requested_state") + " with "
                            + text(site, "parameters") + ", which was not applied");
                }
                changed |= applyReported(id, site, office);
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            ids.put(tree + "\u0000" + title, id);
            place(id, site);
        }
    }

    private long tree(String title, String project) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM instance_tree WHERE root_title = ?")) {
            query.setString(1, title);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        boolean projectKnown;
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM project WHERE name = ?")) {
            query.setString(1, project);
            try (ResultSet row = query.executeQuery()) {
                projectKnown = row.next();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance_tree (root_title, created_at, project) "
                + "VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(3, projectKnown ? project : "default");
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** id, request digest, the request in words, reported state, health, connection parameters, error, last report. */
    private Object[] office(long treeId, String title) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, release_id, software_type, shared, parameters, "
                + "sla, requested_state, reported_state, healthy, connection_parameters, reported_error, last_report_at "
                + "FROM instance WHERE tree_id = ? AND title = ?")) {
            query.setLong(1, treeId);
            query.setString(2, title);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Object[] { row.getLong(1), RequestDigest.of(row.getString(2), row.getString(3), row.getBoolean(4),
                        row.getString(5), row.getString(6), row.getString(7)),
                        "office: " + row.getString(7) + " with " + row.getString(5), row.getString(8), row.getBoolean(9),
                        row.getString(10), row.getString(11), row.getObject(12, OffsetDateTime.class) };
            }
        }
    }

    private long insert(long treeId, JsonNode site) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance (tree_id, parent_id, title, "
                + "release_id, software_type, shared, parameters, sla, requested_state, reported_state, created_at, "
                + "updated_at, healthy, connection_parameters, reported_error, last_report_at, host_id, pending_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            String tree = text(site, "tree");
            insert.setLong(1, treeId);
            insert.setObject(2, officeId(tree, text(site, "parent")));
            insert.setString(3, text(site, "title"));
            insert.setString(4, text(site, "release_id"));
            insert.setString(5, text(site, "software_type"));
            insert.setBoolean(6, site.path("shared").asBoolean());
            insert.setString(7, text(site, "parameters"));
            insert.setString(8, pinned(text(site, "sla")));
            insert.setString(9, text(site, "requested_state"));
            insert.setString(10, text(site, "reported_state"));
            insert.setObject(11, Objects.requireNonNullElse(time(site, "created_at"), now));
            insert.setObject(12, now);
            insert.setBoolean(13, site.path("healthy").asBoolean());
            insert.setString(14, text(site, "connection_parameters"));
            insert.setString(15, text(site, "reported_error"));
            insert.setObject(16, time(site, "last_report_at"));
            insert.setObject(17, officeId(tree, text(site, "host")));
            insert.setString(18, text(site, "node_id") == null ? "not placed at site " + siteName + " yet" : null);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private void applyRequest(long id, JsonNode site) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET parameters = ?, sla = ?, "
                + "requested_state = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, text(site, "parameters"));
            update.setString(2, pinned(text(site, "sla")));
            update.setString(3, text(site, "requested_state"));
            update.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    private boolean applyReported(long id, JsonNode site, Object[] office) throws SQLException {
        OffsetDateTime siteReport = time(site, "last_report_at");
        OffsetDateTime officeReport = (OffsetDateTime) office[7];
        boolean same = Objects.equals(office[3], text(site, "reported_state"))
                && (Boolean) office[4] == site.path("healthy").asBoolean()
                && Objects.equals(office[5], text(site, "connection_parameters"))
                && Objects.equals(office[6], text(site, "reported_error"))
                && Objects.equals(officeReport == null ? null : officeReport.toInstant(),
                        siteReport == null ? null : siteReport.toInstant());
        if (same || (officeReport != null && siteReport != null && officeReport.isAfter(siteReport))) {
            return false; // nothing new, or the office heard of it later than this bundle (an older bundle)
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET reported_state = ?, healthy = ?, "
                + "connection_parameters = ?, reported_error = ?, last_report_at = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, text(site, "reported_state"));
            update.setBoolean(2, site.path("healthy").asBoolean());
            update.setString(3, text(site, "connection_parameters"));
            update.setString(4, text(site, "reported_error"));
            update.setObject(5, siteReport);
            update.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(7, id);
            update.executeUpdate();
        }
        return true;
    }

    /** The SLA with the site's name as its site: the office places a site's instance on no node of its own. */
    private String pinned(String sla) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode map = sla == null ? BundleManifest.JSON.createObjectNode()
                    : (com.fasterxml.jackson.databind.node.ObjectNode) BundleManifest.JSON.readTree(sla);
            map.put("site", siteName);
            return map.toString();
        } catch (java.io.IOException | ClassCastException e) {
            return sla;
        }
    }

    /** Puts the instance on the site node's partition the site placed it on, unless the office placed it already. */
    private void place(long id, JsonNode site) throws SQLException {
        String node = text(site, "node_id");
        if (node == null) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM node_partition WHERE instance_id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        String ghost = ghostNode(siteName, node);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE node_partition SET instance_id = ? WHERE node_id = ? AND reference = ?")) {
            update.setLong(1, id);
            update.setString(2, ghost);
            update.setString(3, text(site, "partition_ref"));
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO node_partition (node_id, reference, "
                + "first_port, last_port, instance_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, ghost);
            insert.setString(2, text(site, "partition_ref"));
            insert.setInt(3, site.path("first_port").asInt());
            insert.setInt(4, site.path("last_port").asInt());
            insert.setLong(5, id);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE instance SET pending_reason = NULL WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
