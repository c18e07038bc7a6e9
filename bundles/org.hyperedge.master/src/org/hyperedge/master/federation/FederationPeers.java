package org.hyperedge.master.federation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/**
 * The masters this one is federated with, each with its pinned certificate: those that serve it (it delegates to them;
 * each is also a node of kind {@value #NODE_KIND} named after it) and those it serves (they delegate to it).
 */
public final class FederationPeers {

    /** The label {@code kind} a federated site's node carries: placed on only when an SLA names its site or node. */
    public static final String NODE_KIND = "federation";

    /** Which way work flows with a peer. */
    public enum Direction {
        /** The peer runs what this master delegates. */
        SERVES,
        /** This master runs what the peer delegates. */
        DELEGATES;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Peer(String name, Direction direction, String fingerprint, String url, Instant addedAt,
            Instant lastHeardAt) {
    }

    private final Database database;

    public FederationPeers(Database database) {
        this.database = database;
    }

    /**
     * Records the peer, or replaces what was recorded under its name in that direction (federated again, with a new
     * certificate or address). A certificate already federated under another name in that direction is refused.
     */
    public void add(String name, Direction direction, String fingerprint, String url) {
        String pinned = fingerprint.toLowerCase(Locale.ROOT);
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name FROM federation_peer WHERE fingerprint = ? AND direction = ? AND name <> ?")) {
                query.setString(1, pinned);
                query.setString(2, direction.column());
                query.setString(3, name);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        throw new IllegalArgumentException("the master with this certificate is federated already, as '"
                                + row.getString(1) + "'");
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM federation_peer WHERE name = ? AND direction = ?")) {
                delete.setString(1, name);
                delete.setString(2, direction.column());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_peer (name, direction, "
                    + "fingerprint, url, added_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, direction.column());
                insert.setString(3, pinned);
                insert.setString(4, url);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The peer with this certificate in this direction, if federated. */
    public Optional<Peer> byFingerprint(String fingerprint, Direction direction) {
        return select("WHERE fingerprint = ? AND direction = ?", fingerprint.toLowerCase(Locale.ROOT), direction.column())
                .stream().findFirst();
    }

    /** The peer of this name in this direction, if federated. */
    public Optional<Peer> byName(String name, Direction direction) {
        return select("WHERE name = ? AND direction = ?", name, direction.column()).stream().findFirst();
    }

    /** Every peer, by name. */
    public List<Peer> list() {
        return select("ORDER BY name, direction");
    }

    /** The peer called in now (a peer this master serves: the age of its link is the age of this). */
    public void heard(String name, Direction direction) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE federation_peer SET last_heard_at = ? WHERE name = ? AND direction = ?")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setString(2, name);
                update.setString(3, direction.column());
                update.executeUpdate();
            }
            return null;
        });
    }

    private List<Peer> select(String where, String... arguments) {
        return database.inTransaction(connection -> {
            List<Peer> peers = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, direction, fingerprint, url, added_at, "
                    + "last_heard_at FROM federation_peer " + where)) {
                for (int i = 0; i < arguments.length; i++) {
                    query.setString(i + 1, arguments[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        OffsetDateTime heard = rows.getObject(6, OffsetDateTime.class);
                        peers.add(new Peer(rows.getString(1), Direction.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                                rows.getString(3), rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(),
                                heard == null ? null : heard.toInstant()));
                    }
                }
            }
            return peers;
        });
    }
}
