package org.hyperedge.master.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Each exported instance's request digest as the office and the site last agreed on it (export or return). */
final class Baselines {

    private Baselines() {
    }

    static String get(Connection connection, String siteId, String tree, String title) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT request_digest FROM site_baseline WHERE site_id = ? AND tree_title = ? AND title = ?")) {
            query.setString(1, siteId);
            query.setString(2, tree);
            query.setString(3, title);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static void set(Connection connection, String siteId, String tree, String title, String digest) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE site_baseline SET request_digest = ? WHERE site_id = ? AND tree_title = ? AND title = ?")) {
            update.setString(1, digest);
            update.setString(2, siteId);
            update.setString(3, tree);
            update.setString(4, title);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO site_baseline (site_id, tree_title, title, request_digest) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, siteId);
            insert.setString(2, tree);
            insert.setString(3, title);
            insert.setString(4, digest);
            insert.executeUpdate();
        }
    }
}
