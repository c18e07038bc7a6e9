package org.hyperedge.master.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.ticket.Tickets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The instance data backups the nodes reported, and whether the master's software cache holds each file. A node
 * reports a backup it took ({@code backed-up}: sha256, size, at); the connector then pulls the file from that node
 * ({@code GET /v1/backups/SHA}) into the master's cache and marks it stored: only a stored backup can be restored on
 * another node, since the node that took it may be the one lost. The master then chooses a replica node (another
 * than the one that took it, the one with the most free partitions), to which the connector uploads the file like an
 * artifact: a restore without a target goes there first, where the file already is. Failed backups and restores open
 * a ticket, a backup that passed resolves it.
 */
public final class InstanceBackups {

    /**
     * One backup of an instance: where it was taken, whether the master holds its file, the replica node chosen to
     * hold a copy (null: none yet) and whether it does.
     */
    public record Backup(long instanceId, String sha256, long size, Instant takenAt, String nodeId, boolean stored,
            String replicaNode, boolean replicated) {
    }

    private static final String SELECT = "SELECT instance_id, sha256, size_bytes, taken_at, node_id, stored_at, "
            + "replica_node, replicated_at FROM instance_backup ";

    private final Database database;

    public InstanceBackups(Database database) {
        this.database = database;
    }

    /**
     * A backup or restore event of a node, in the ingest's transaction: a new backup is recorded and its file is to
     * be pulled ({@code pull}); a restore waiting for its file names it as missing, so the file is uploaded like an
     * artifact ({@code missing}).
     */
    public static void ingest(Connection connection, String nodeId, long instanceId, ObjectNode data, Set<String> pull,
            Set<String> missing) throws SQLException {
        String sha256 = data.path("sha256").asText("");
        switch (data.path("event").asText()) {
            case "backed-up" -> {
                if (!sha256.matches("[0-9a-f]{64}") || data.path("size").asLong(-1) < 0) {
                    return; // not a backup the master could check: nothing recorded, nothing pulled
                }
                if (record(connection, nodeId, instanceId, sha256, data.path("size").asLong(), at(data))) {
                    pull.add(sha256);
                }
                Tickets.resolve(connection, cause(instanceId), "backed up on " + nodeId);
            }
            case "backup-failed" -> Tickets.open(connection, cause(instanceId), "instance " + instanceId,
                    "data backup failed on " + nodeId + ": " + data.path("reason").asText("no reason given"));
            case "restore-waiting" -> data.path("missing").forEach(sha -> missing.add(sha.asText()));
            case "restore-failed" -> Tickets.open(connection, "restore:" + instanceId, "instance " + instanceId,
                    "restore of backup " + sha256 + " failed on " + nodeId + ": " + data.path("reason").asText("no reason given"));
            case "restored" -> Tickets.resolve(connection, "restore:" + instanceId, "restored on " + nodeId);
            default -> {
                // other process events: exits, bangs and upgrades, handled elsewhere
            }
        }
    }

    /** The ticket cause of an instance's backups. */
    static String cause(long instanceId) {
        return "backup:" + instanceId;
    }

    private static boolean record(Connection connection, String nodeId, long instanceId, String sha256, long size,
            Instant at) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement(
                "SELECT stored_at FROM instance_backup WHERE instance_id = ? AND sha256 = ?")) {
            known.setLong(1, instanceId);
            known.setString(2, sha256);
            try (ResultSet row = known.executeQuery()) {
                if (row.next()) {
                    return row.getObject(1) == null; // the same content again (nothing changed): pulled once
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO instance_backup (instance_id, sha256, "
                + "size_bytes, taken_at, node_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, instanceId);
            insert.setString(2, sha256);
            insert.setLong(3, size);
            insert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(5, nodeId);
            insert.executeUpdate();
        }
        try (PreparedStatement touch = connection.prepareStatement("UPDATE instance SET updated_at = ? WHERE id = ?")) {
            touch.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            touch.setLong(2, instanceId);
            touch.executeUpdate();
        }
        return true;
    }

    private static Instant at(ObjectNode data) {
        try {
            return Instant.parse(data.path("at").asText());
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** How many backups of an instance the master keeps (the newest); older ones leave its cache. */
    public static final int KEPT_ON_MASTER = 3;

    /**
     * The master's cache holds the file now: every backup with this content can be restored elsewhere. The instances
     * it belongs to keep their newest {@link #KEPT_ON_MASTER} backups; returns the digests no backup record and no
     * restore in progress names any more, whose files the caller removes from the cache.
     */
    public List<String> stored(String sha256) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE instance_backup SET stored_at = ? WHERE sha256 = ? AND stored_at IS NULL")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setString(2, sha256);
                update.executeUpdate();
            }
            List<Long> instances = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT instance_id FROM instance_backup WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        instances.add(rows.getLong(1));
                    }
                }
            }
            List<String> unreferenced = new ArrayList<>();
            for (long instanceId : instances) {
                for (String old : olderThanKept(connection, instanceId)) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM instance_backup WHERE instance_id = ? AND sha256 = ?")) {
                        delete.setLong(1, instanceId);
                        delete.setString(2, old);
                        delete.executeUpdate();
                    }
                    if (!referenced(connection, old)) {
                        unreferenced.add(old);
                    }
                }
            }
            return unreferenced;
        });
    }

    /** The instance's stored backups past the newest {@link #KEPT_ON_MASTER}. */
    private static List<String> olderThanKept(Connection connection, long instanceId) throws SQLException {
        List<String> older = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT sha256 FROM instance_backup WHERE instance_id = ? "
                + "AND stored_at IS NOT NULL ORDER BY taken_at DESC")) {
            query.setLong(1, instanceId);
            try (ResultSet rows = query.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    if (i >= KEPT_ON_MASTER) {
                        older.add(rows.getString(1));
                    }
                }
            }
        }
        return older;
    }

    /** Whether a backup record, or a restore an instance waits for, still names the content. */
    private static boolean referenced(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM instance_backup WHERE sha256 = ? "
                + "UNION ALL SELECT 1 FROM instance WHERE restore_sha256 = ?")) {
            query.setString(1, sha256);
            query.setString(2, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * Chooses the replica node of the backups with this content that have none (another adopted node than the one
     * that took them, the most free partitions first); returns it, or empty when there is no other node.
     */
    public Optional<String> chooseReplica(String sha256) {
        return database.inTransaction(connection -> {
            String taker = null;
            try (PreparedStatement query = connection.prepareStatement("SELECT node_id FROM instance_backup WHERE sha256 = ? "
                    + "AND replica_node IS NULL ORDER BY taken_at DESC FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, sha256);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<String>empty();
                    }
                    taker = row.getString(1);
                }
            }
            String replica = null;
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM node WHERE revoked = FALSE AND id <> ? "
                    + "ORDER BY free_partitions DESC, id FETCH FIRST 1 ROWS ONLY")) {
                query.setString(1, taker);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<String>empty();
                    }
                    replica = row.getString(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE instance_backup SET replica_node = ? WHERE sha256 = ? AND replica_node IS NULL")) {
                update.setString(1, replica);
                update.setString(2, sha256);
                update.executeUpdate();
            }
            return Optional.of(replica);
        });
    }

    /** The replica node holds the file now. */
    public void replicated(String sha256, String nodeId) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE instance_backup SET replicated_at = ? "
                    + "WHERE sha256 = ? AND replica_node = ? AND replicated_at IS NULL")) {
                update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                update.setString(2, sha256);
                update.setString(3, nodeId);
                return update.executeUpdate();
            }
        });
    }

    /** The backups the node is the replica of and does not hold yet (to upload after a master restart). */
    public List<String> toReplicate(String nodeId) {
        return database.inTransaction(connection -> {
            List<String> missing = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT sha256 FROM instance_backup "
                    + "WHERE replica_node = ? AND replicated_at IS NULL AND stored_at IS NOT NULL")) {
                query.setString(1, nodeId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        missing.add(rows.getString(1));
                    }
                }
            }
            return missing;
        });
    }

    /** The backups taken on the node whose file the master does not hold yet (to pull after a master restart). */
    public List<String> notStored(String nodeId) {
        return database.inTransaction(connection -> {
            List<String> missing = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT sha256 FROM instance_backup WHERE node_id = ? AND stored_at IS NULL")) {
                query.setString(1, nodeId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        missing.add(rows.getString(1));
                    }
                }
            }
            return missing;
        });
    }

    /** The instance's newest backup, stored on the master or not. */
    public Optional<Backup> latest(long instanceId) {
        return database.inTransaction(connection -> latest(connection, instanceId, false));
    }

    /** The newest backup of the instance ({@code storedOnly}: of those whose file the master holds), in a transaction. */
    public static Optional<Backup> latest(Connection connection, long instanceId, boolean storedOnly) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + "WHERE instance_id = ?"
                + (storedOnly ? " AND stored_at IS NOT NULL" : "") + " ORDER BY taken_at DESC FETCH FIRST 1 ROWS ONLY")) {
            query.setLong(1, instanceId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(backup(rows)) : Optional.empty();
            }
        }
    }

    /** Every instance's newest backup, by instance id (for the status table and the console). */
    public Map<Long, Backup> latestOfAll() {
        return database.inTransaction(connection -> {
            Map<Long, Backup> latest = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + "b WHERE taken_at = (SELECT MAX(taken_at) "
                    + "FROM instance_backup l WHERE l.instance_id = b.instance_id) ORDER BY instance_id")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        latest.put(rows.getLong(1), backup(rows));
                    }
                }
            }
            return latest;
        });
    }

    private static Backup backup(ResultSet rows) throws SQLException {
        return new Backup(rows.getLong(1), rows.getString(2), rows.getLong(3),
                rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5), rows.getObject(6) != null,
                rows.getString(7), rows.getObject(8) != null);
    }
}
