package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;

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
