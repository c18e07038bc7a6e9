package org.hyperedge.master.view;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeHeard;

/**
 * The instance table and tree as the console pages through them: counts and pages of rows filtered,
 * sorted and cut in the database, so a view over a hundred thousand instances reads only what it shows.
 */
public final class InstanceListing {

    static final String COLUMNS = "SELECT i.id, i.tree_id, i.parent_id, i.title, i.release_id, i.software_type, "
            + "COALESCE(p.node_id, hp.node_id), COALESCE(p.reference, hp.reference), i.requested_state, "
            + "i.reported_state, i.healthy, " + InstanceQuery.LAST_REPORT + ", i.connection_parameters, i.pending_reason, "
            + "i.reported_error ";
    /** A shared instance runs where its host is; its reports come with its node's. */
    static final String FROM = "FROM instance i LEFT JOIN node_partition p ON p.instance_id = i.id "
            + "LEFT JOIN node_partition hp ON hp.instance_id = i.host_id "
            + "LEFT JOIN node n ON n.id = COALESCE(p.node_id, hp.node_id)" + NodeHeard.join("n");

    private final Database database;

    public InstanceListing(Database database) {
        this.database = database;
    }

    public int count(InstanceQuery query) {
        return database.inTransaction(connection -> {
            Where where = Where.of(query);
            String sql = where.isEmpty() ? "SELECT COUNT(*) FROM instance" : "SELECT COUNT(*) " + FROM + where.sql();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                where.bind(statement, 1);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    /** Rows {@code offset} to {@code offset + limit} of the query's order; ties are broken by id, so pages never overlap. */
    public List<InstanceRow> page(InstanceQuery query, int offset, int limit) {
        return database.inTransaction(connection -> {
            Where where = Where.of(query);
            String direction = query.ascending() ? " ASC" : " DESC";
            // nulls (unplaced, never reported) first when ascending on H2 and PostgreSQL alike, as the index sorts
            String nulls = query.ascending() ? " NULLS FIRST" : " NULLS LAST";
            String sql = COLUMNS + FROM + where.sql() + " ORDER BY " + query.sort().expression + direction + nulls
                    + ", i.id" + direction + " LIMIT ? OFFSET ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = where.bind(statement, 1);
                statement.setInt(next, limit);
                statement.setInt(next + 1, offset);
                return rows(statement);
            }
        });
    }

    /** The roots of the instance trees, by title. */
    public List<InstanceRow> roots(int offset, int limit) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COLUMNS + FROM
                    + "WHERE i.parent_id IS NULL ORDER BY i.title, i.id LIMIT ? OFFSET ?")) {
                statement.setInt(1, limit);
                statement.setInt(2, offset);
                return rows(statement);
            }
        });
    }

    public int rootCount() {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM instance WHERE parent_id IS NULL"); ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** The instances the given one requested, by title. */
    public List<InstanceRow> children(long parentId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COLUMNS + FROM
                    + "WHERE i.parent_id = ? ORDER BY i.title, i.id")) {
                statement.setLong(1, parentId);
                return rows(statement);
            }
        });
    }

    /** How many instances each of the given ones requested; instances without children are absent. */
    public java.util.Map<Long, Integer> childCounts(List<Long> parentIds) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        return database.inTransaction(connection -> {
            String marks = String.join(", ", java.util.Collections.nCopies(parentIds.size(), "?"));
            try (PreparedStatement statement = connection.prepareStatement("SELECT parent_id, COUNT(*) FROM instance "
                    + "WHERE parent_id IN (" + marks + ") GROUP BY parent_id")) {
                for (int i = 0; i < parentIds.size(); i++) {
                    statement.setLong(i + 1, parentIds.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getLong(1), rows.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    public List<InstanceRow> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.inTransaction(connection -> byIds(connection, ids));
    }

    static List<InstanceRow> byIds(java.sql.Connection connection, List<Long> ids) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + FROM + "WHERE i.id IN (" + marks
                + ") ORDER BY i.title, i.id")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            return rows(statement);
        }
    }

    private static List<InstanceRow> rows(PreparedStatement statement) throws SQLException {
        List<InstanceRow> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(row(row));
            }
        }
        return rows;
    }

    static InstanceRow row(ResultSet row) throws SQLException {
        OffsetDateTime last = row.getObject(12, OffsetDateTime.class);
        return new InstanceRow(row.getLong(1), row.getLong(2), row.getObject(3, Long.class), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getBoolean(11), last == null ? null : last.toInstant(),
                ConnectionUrls.first(row.getString(13)), row.getString(14), row.getString(15));
    }

}
