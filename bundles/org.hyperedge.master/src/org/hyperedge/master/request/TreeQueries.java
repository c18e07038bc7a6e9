package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.hyperedge.master.store.Dialect;

/**
 * Instance trees by name: a plain request's tree is named after its root's title, a composite's tree by the
 * name the operator gave it ({@code instance_tree.root_title} holds either).
 */
final class TreeQueries {

    private TreeQueries() {
    }

    /** The id of the tree of this name, or {@code null}. */
    static Long named(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM instance_tree WHERE root_title = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    /** A tree's id, and whether this transaction made it. */
    record Found(long id, boolean made) {
    }

    /**
     * The tree of this name, made when there is none. On PostgreSQL in one statement (the look-up and the insert
     * were two round trips on every new request's path); a tree another transaction made after this statement's
     * snapshot is read by a look-up of its own.
     */
    static Found findOrCreate(Connection connection, String name) throws SQLException {
        if (!Dialect.isPostgres(connection)) {
            Long existing = named(connection, name);
            return existing != null ? new Found(existing, false) : new Found(create(connection, name), true);
        }
        try (PreparedStatement query = connection.prepareStatement("WITH made AS (INSERT INTO instance_tree "
                + "(root_title, created_at) VALUES (?, ?) ON CONFLICT (root_title) DO NOTHING RETURNING id) "
                + "SELECT id, TRUE FROM made UNION ALL SELECT id, FALSE FROM instance_tree WHERE root_title = ?")) {
            query.setString(1, name);
            query.setObject(2, OffsetDateTime.now());
            query.setString(3, name);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return new Found(row.getLong(1), row.getBoolean(2));
                }
            }
        }
        Long madeMeanwhile = named(connection, name);
        if (madeMeanwhile == null) {
            throw new SQLException("instance tree '" + name + "' was made and removed meanwhile", "40001");
        }
        return new Found(madeMeanwhile, false);
    }

    static long create(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO instance_tree (root_title, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, OffsetDateTime.now());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** The instance of the tree that no other requested. */
    static Optional<InstanceRecord> root(Connection connection, long treeId) throws SQLException {
        return InstanceQueries.list(connection, "WHERE i.tree_id = ? AND i.parent_id IS NULL ORDER BY i.id", treeId)
                .stream().findFirst();
    }
}
