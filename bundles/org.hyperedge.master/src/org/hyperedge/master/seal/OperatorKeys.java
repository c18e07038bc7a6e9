package org.hyperedge.master.seal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.seal.SealingPublicKey;

/**
 * The operators' public keys, to which every node seals its secret connection values. The private keys never
 * come here: each stays in its operator's configuration directory. Adding or removing a key makes every node
 * that hosts an instance seal again (a new desired state), so a new operator reads what exists, and a removed
 * one no longer receives new values (what it already opened, it knows).
 */
public final class OperatorKeys {

    public record OperatorKey(String name, SealingPublicKey key, Instant addedAt) {
    }

    private final Database database;

    public OperatorKeys(Database database) {
        this.database = database;
    }

    public List<OperatorKey> list() {
        return database.inTransaction(connection -> {
            List<OperatorKey> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, public_key, added_at FROM operator_key ORDER BY added_at, name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(new OperatorKey(rows.getString(1), SealingPublicKey.parse(rows.getString(2)),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return keys;
        });
    }

    /** Every operator's key, oldest first, in the caller's transaction. */
    static List<SealingPublicKey> keys(Connection connection) throws SQLException {
        List<SealingPublicKey> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT public_key FROM operator_key ORDER BY added_at, name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(SealingPublicKey.parse(rows.getString(1)));
            }
        }
        return keys;
    }

    /**
     * Adds an operator's key under {@code name}. Adding the same pair again changes nothing (false); a name
     * that holds another key, or a key held under another name, is refused saying which.
     */
    public boolean add(String name, SealingPublicKey key) {
        String checked = checkedName(name);
        return database.inTransaction(connection -> {
            Optional<String> holder = holderOf(connection, key);
            if (holder.isPresent()) {
                if (holder.get().equals(checked)) {
                    return false;
                }
                throw new IllegalArgumentException("key " + key.id() + " is already the key of operator '" + holder.get() + "'");
            }
            if (exists(connection, checked)) {
                throw new IllegalArgumentException("operator '" + checked + "' already has another key: remove it first");
            }
            insert(connection, checked, key);
            return true;
        });
    }

    /**
     * This console's or user's own key, added under {@code preferredName} (or that name with the key's id when
     * another key holds it) unless the master has it already. Returns the name it is known by.
     */
    public String enroll(String preferredName, SealingPublicKey key) {
        String checked = checkedName(preferredName);
        return database.inTransaction(connection -> {
            Optional<String> holder = holderOf(connection, key);
            if (holder.isPresent()) {
                return holder.get();
            }
            String name = exists(connection, checked) ? checkedName(checked + "-" + key.id().substring(0, 8)) : checked;
            insert(connection, name, key);
            return name;
        });
    }

    /** Removes the operator's key; false when there is none by that name. */
    public boolean remove(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM operator_key WHERE name = ?")) {
                delete.setString(1, name);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            SealingRecipients.resealEverywhere(connection);
            return true;
        });
    }

    private static void insert(Connection connection, String name, SealingPublicKey key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO operator_key (name, public_key, added_at) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, key.text());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        SealingRecipients.resealEverywhere(connection);
    }

    private static Optional<String> holderOf(Connection connection, SealingPublicKey key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM operator_key WHERE public_key = ?")) {
            query.setString(1, key.text());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM operator_key WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an operator's name must be 1-255 printable characters, not '" + name + "'");
        }
        return name.strip();
    }
}
