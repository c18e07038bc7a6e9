package org.hyperedge.master.federation;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.node.SiteSummaryCodec;

/**
 * What each federated site last told this master of itself ({@link SiteSummary}: its nodes, their partitions, its
 * catalog), and when: the latest only, replaced at each telling, so its age says how current it is.
 */
public final class FederatedSites {

    /** A site's summary, and when this master received it. */
    public record Told(SiteSummary summary, Instant toldAt) {
    }

    private final Database database;

    public FederatedSites(Database database) {
        this.database = database;
    }

    /** Keeps {@code summary} as what the federated site {@code name} tells now, in place of what it told before. */
    public void told(String name, SiteSummary summary) {
        String json = new String(SiteSummaryCodec.write(summary), StandardCharsets.UTF_8);
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM federation_site WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_site (name, nodes, "
                    + "free_partitions, partitions, releases, summary, told_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setInt(2, summary.nodes());
                insert.setInt(3, summary.freePartitions());
                insert.setInt(4, summary.partitions());
                insert.setInt(5, summary.catalog().size());
                insert.setString(6, json);
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** What the site last told, if it told anything yet. */
    public Optional<Told> of(String name) {
        return Optional.ofNullable(read("WHERE name = ?", name).get(name));
    }

    /** What every federated site last told, by name. */
    public Map<String, Told> all() {
        return read("", null);
    }

    private Map<String, Told> read(String where, String name) {
        return database.inTransaction(connection -> read(connection, where, name));
    }

    /** What the site last told, read in the caller's transaction; {@code null} when it told nothing yet. */
    public static Told of(Connection connection, String name) throws SQLException {
        return read(connection, "WHERE name = ?", name).get(name);
    }

    /** What every federated site last told, by name, read in the caller's transaction (the fleet model's reading). */
    public static Map<String, Told> all(Connection connection) throws SQLException {
        return read(connection, "", null);
    }

    private static Map<String, Told> read(Connection connection, String where, String name) throws SQLException {
        Map<String, Told> told = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name, summary, told_at FROM federation_site "
                + where)) {
            if (name != null) {
                query.setString(1, name);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    told.put(rows.getString(1), new Told(SiteSummaryCodec.read(rows.getString(2)
                            .getBytes(StandardCharsets.UTF_8)), rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return told;
    }
}
