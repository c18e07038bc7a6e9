package org.hyperedge.master.federation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.seal.SealingPublicKey;

/**
 * The instances peers delegated to this master: for each, the peer's own instance id, the local instance requested
 * for it ({@code null} while refused), the masters it came through (the chain, the peer last) and, when it was
 * refused, why; the peer's bang serial this master last acted on; and the keys the peer asks its secret connection values to be sealed to (its operators', its nodes'
 * that link to it), beside this master's own recipients.
 */
public final class DelegatedInstances {

    /** One delegated instance; {@code sealTo}: the peer's recipients of its secret values. */
    public record Delegated(String peer, long remoteId, Long instanceId, List<String> chain, String refused, long bang,
            List<SealingPublicKey> sealTo) {

        public Delegated {
            sealTo = List.copyOf(sealTo);
        }
    }

    private final Database database;

    public DelegatedInstances(Database database) {
        this.database = database;
    }

    /**
     * Records (or updates) the delegated instance: requested here as {@code instanceId}, or refused for {@code refused},
     * its secret values to be sealed to {@code sealTo} as well. When those keys change, the node hosting the instance
     * gets a new desired state, and seals again.
     */
    public void record(String peer, long remoteId, Long instanceId, List<String> chain, String refused,
            List<SealingPublicKey> sealTo) {
        record(peer, remoteId, instanceId, chain, refused, 0, sealTo);
    }

    /** The same, with the peer's bang serial acted on here. */
    public void record(String peer, long remoteId, Long instanceId, List<String> chain, String refused, long bang,
            List<SealingPublicKey> sealTo) {
        database.inTransaction(connection -> {
            String keys = text(sealTo);
            if (instanceId != null) {
                resealWhenChanged(connection, peer, remoteId, instanceId, keys);
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM federation_instance WHERE peer = ? AND remote_id = ?")) {
                delete.setString(1, peer);
                delete.setLong(2, remoteId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_instance (peer, remote_id, "
                    + "instance_id, chain, refused, bang, seal_to) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, peer);
                insert.setLong(2, remoteId);
                insert.setObject(3, instanceId);
                insert.setString(4, String.join(",", chain));
                insert.setString(5, refused);
                insert.setLong(6, bang);
                insert.setString(7, keys);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** What the peer delegated, by its instance id. */
    public List<Delegated> of(String peer) {
        return select("WHERE peer = ? ORDER BY remote_id", peer);
    }

    /** The delegation the local instance was requested for, if any. */
    public Optional<Delegated> byInstance(long instanceId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT peer, remote_id, instance_id, chain, refused, "
                    + "bang, seal_to FROM federation_instance WHERE instance_id = ?")) {
                query.setLong(1, instanceId);
                return read(query).stream().findFirst();
            }
        });
    }

    /** Forgets a delegated instance (the peer no longer asks for it, and it is destroyed here). */
    public void forget(String peer, long remoteId) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM federation_instance WHERE peer = ? AND remote_id = ?")) {
                delete.setString(1, peer);
                delete.setLong(2, remoteId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private List<Delegated> select(String where, String peer) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT peer, remote_id, instance_id, chain, refused, "
                    + "bang, seal_to FROM federation_instance " + where)) {
                query.setString(1, peer);
                return read(query);
            }
        });
    }

    private static List<Delegated> read(PreparedStatement query) throws java.sql.SQLException {
        List<Delegated> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long instance = rows.getLong(3);
                Long instanceId = rows.wasNull() ? null : instance;
                String chain = rows.getString(4);
                found.add(new Delegated(rows.getString(1), rows.getLong(2), instanceId,
                        chain.isEmpty() ? List.of() : Arrays.asList(chain.split(",")), rows.getString(5),
                        rows.getLong(6), keys(rows.getString(7))));
            }
        }
        return found;
    }

    /** The keys as kept: their text, comma-separated; null for none. */
    private static String text(List<SealingPublicKey> keys) {
        return keys.isEmpty() ? null : String.join(",", keys.stream().map(SealingPublicKey::text).toList());
    }

    /** The keys kept as {@link #text(List)} wrote them. */
    public static List<SealingPublicKey> keys(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(SealingPublicKey::parse).toList();
    }

    /** The node hosting the instance (or its host) seals its values again when the peer's recipients changed. */
    private static void resealWhenChanged(java.sql.Connection connection, String peer, long remoteId, long instanceId,
            String keys) throws java.sql.SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seal_to, instance_id FROM federation_instance WHERE peer = ? AND remote_id = ?")) {
            query.setString(1, peer);
            query.setLong(2, remoteId);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && java.util.Objects.equals(rows.getString(1), keys) && rows.getLong(2) == instanceId) {
                    return;
                }
            }
        }
        try (PreparedStatement bump = connection.prepareStatement("UPDATE node SET generation = generation + 1 WHERE id IN ("
                + "SELECT p.node_id FROM node_partition p JOIN instance i ON p.instance_id = i.id OR p.instance_id = i.host_id "
                + "WHERE i.id = ?)")) {
            bump.setLong(1, instanceId);
            bump.executeUpdate();
        }
    }
}
