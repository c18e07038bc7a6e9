package org.hyperedge.master.federation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/**
 * The instances peers delegated to this master: for each, the peer's own instance id, the local instance requested
 * for it ({@code null} while refused), the masters it came through (the chain, the peer last), when it was refused,
 * why, and the peer's bang serial this master last acted on.
 */
public final class DelegatedInstances {

    /** One delegated instance. */
    public record Delegated(String peer, long remoteId, Long instanceId, List<String> chain, String refused, long bang) {
    }

    private final Database database;

    public DelegatedInstances(Database database) {
        this.database = database;
    }

    /** Records (or updates) the delegated instance: requested here as {@code instanceId}, or refused for {@code refused}. */
    public void record(String peer, long remoteId, Long instanceId, List<String> chain, String refused) {
        record(peer, remoteId, instanceId, chain, refused, 0);
    }

    /** The same, with the peer's bang serial acted on here. */
    public void record(String peer, long remoteId, Long instanceId, List<String> chain, String refused, long bang) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM federation_instance WHERE peer = ? AND remote_id = ?")) {
                delete.setString(1, peer);
                delete.setLong(2, remoteId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_instance (peer, remote_id, "
                    + "instance_id, chain, refused, bang) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, peer);
                insert.setLong(2, remoteId);
                insert.setObject(3, instanceId);
                insert.setString(4, String.join(",", chain));
                insert.setString(5, refused);
                insert.setLong(6, bang);
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
            try (PreparedStatement query = connection.prepareStatement("SELECT peer, remote_id, instance_id, chain, refused, bang "
                    + "FROM federation_instance WHERE instance_id = ?")) {
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
            try (PreparedStatement query = connection.prepareStatement("SELECT peer, remote_id, instance_id, chain, refused, bang "
                    + "FROM federation_instance " + where)) {
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
                        chain.isEmpty() ? List.of() : Arrays.asList(chain.split(",")), rows.getString(5), rows.getLong(6)));
            }
        }
        return found;
    }
}
