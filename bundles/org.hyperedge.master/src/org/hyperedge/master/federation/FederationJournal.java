package org.hyperedge.master.federation;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * On the serving master, what it owes each delegating peer (issue 20, item 4), kept in its database as an agent keeps
 * its report journal on disk: events numbered per peer under an epoch made once, kept until the peer acknowledges them,
 * so a master killed at any point says after its restart exactly what it had not delivered, under the same numbers.
 * The head also keeps the peer's desired state applied last, so a push that is not newer (replayed, or overtaken) is
 * acknowledged without being applied again.
 */
public final class FederationJournal {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The journal's head for one peer. */
    public record Head(String epoch, long lastSeq, long acknowledgedSeq, String nodeName, long heldEpoch,
            long heldGeneration) {

        /** Whether a desired state of this epoch and generation is newer than the one applied last. */
        public boolean newer(long epoch, long generation) {
            return epoch > heldEpoch || epoch == heldEpoch && generation > heldGeneration;
        }
    }

    /**
     * An event to add: an instance's state (its text is then what was said of the instance), or a usage record here
     * ({@code usageNode}, {@code usageSeq}) forwarded as usage of the peer's instance.
     */
    public record Event(ReportEvent.Kind kind, Instant at, String reference, long remoteId, ObjectNode data,
            String usageNode, Long usageSeq) {
    }

    /** How an acknowledgement was taken. */
    public enum Acknowledged {
        /** Events up to it are forgotten now. */
        NOW,
        /** It acknowledges nothing new (a replay, or one overtaken by a later one): nothing changed. */
        ALREADY,
        /** It names another epoch than this journal's. */
        OTHER_EPOCH,
        /** It names a seq this journal never gave. */
        BEYOND_LAST
    }

    private final Database database;

    public FederationJournal(Database database) {
        this.database = database;
    }

    /** The peer's head, made (with a new epoch) the first time the peer is served. */
    public Head head(String peer) {
        return database.inTransaction(connection -> head(connection, peer, false));
    }

    /** The peer's desired state of this epoch and generation is applied; the peer knows this master as {@code node}. */
    public void held(String peer, String node, long epoch, long generation) {
        database.inTransaction(connection -> {
            head(connection, peer, true);
            try (PreparedStatement update = connection.prepareStatement("UPDATE federation_journal_head SET "
                    + "held_epoch = ?, held_generation = ?, node_name = COALESCE(?, node_name) WHERE peer = ?")) {
                update.setLong(1, epoch);
                update.setLong(2, generation);
                update.setString(3, node);
                update.setString(4, peer);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** What was said last of each of the peer's instances, by the peer's instance id. */
    public Map<Long, String> said(String peer) {
        return database.inTransaction(connection -> {
            Map<Long, String> said = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT remote_id, said FROM federation_journal_said WHERE peer = ?")) {
                query.setString(1, peer);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        said.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            return said;
        });
    }

    /** Per node here, the last usage record in an event the peer did not acknowledge yet. */
    public Map<String, Long> usageJournaled(String peer) {
        return database.inTransaction(connection -> {
            Map<String, Long> marks = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT usage_node, MAX(usage_seq) FROM "
                    + "federation_journal_event WHERE peer = ? AND usage_node IS NOT NULL GROUP BY usage_node")) {
                query.setString(1, peer);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        marks.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return marks;
        });
    }

    /** Adds the entries in order, with what they say of instances, in one transaction; returns the first seq given. */
    public long append(String peer, List<Event> entries) {
        return database.inTransaction(connection -> {
            Head head = head(connection, peer, true);
            long seq = head.lastSeq();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_journal_event (peer, seq, "
                    + "at, kind, reference, remote_id, data, usage_node, usage_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Event entry : entries) {
                    insert.setString(1, peer);
                    insert.setLong(2, ++seq);
                    insert.setObject(3, entry.at().atOffset(ZoneOffset.UTC));
                    insert.setString(4, entry.kind().wireName());
                    insert.setString(5, entry.reference());
                    insert.setLong(6, entry.remoteId());
                    insert.setString(7, entry.data().toString());
                    insert.setString(8, entry.usageNode());
                    insert.setObject(9, entry.usageSeq());
                    insert.addBatch();
                    if (entry.kind() == ReportEvent.Kind.INSTANCE) {
                        said(connection, peer, entry.remoteId(), entry.data().toString());
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE federation_journal_head SET last_seq = ? WHERE peer = ?")) {
                update.setLong(1, seq);
                update.setString(2, peer);
                update.executeUpdate();
            }
            return head.lastSeq() + 1;
        });
    }

    /** Up to {@code max} events after {@code after} and up to {@code upTo}, in seq order. */
    public List<ReportEvent> events(String peer, long after, long upTo, int max) {
        return database.inTransaction(connection -> {
            List<ReportEvent> events = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT seq, at, kind, reference, remote_id, data "
                    + "FROM federation_journal_event WHERE peer = ? AND seq > ? AND seq <= ? ORDER BY seq")) {
                query.setString(1, peer);
                query.setLong(2, after);
                query.setLong(3, upTo);
                query.setMaxRows(max);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && events.size() < max) {
                        events.add(new ReportEvent(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                                ReportEvent.Kind.fromWire(rows.getString(3)), rows.getString(4), rows.getLong(5),
                                object(rows.getString(6))));
                    }
                }
            }
            return events;
        });
    }

    /**
     * The peer stored every event up to {@code seq} of {@code epoch} (null: this journal's): they are forgotten, and
     * the usage they forwarded is written down as forwarded ({@link DelegatedUsage}), in one transaction.
     */
    public Acknowledged acknowledge(String peer, String epoch, long seq) {
        return database.inTransaction(connection -> {
            Head head = head(connection, peer, true);
            if (epoch != null && !epoch.equals(head.epoch())) {
                return Acknowledged.OTHER_EPOCH;
            }
            if (seq > head.lastSeq()) {
                return Acknowledged.BEYOND_LAST;
            }
            if (seq <= head.acknowledgedSeq()) {
                return Acknowledged.ALREADY;
            }
            Map<String, Long> forwarded = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT usage_node, MAX(usage_seq) FROM "
                    + "federation_journal_event WHERE peer = ? AND seq <= ? AND usage_node IS NOT NULL GROUP BY usage_node")) {
                query.setString(1, peer);
                query.setLong(2, seq);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        forwarded.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            DelegatedUsage.acknowledged(connection, peer, forwarded);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM federation_journal_event WHERE peer = ? AND seq <= ?")) {
                delete.setString(1, peer);
                delete.setLong(2, seq);
                delete.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE federation_journal_head SET acknowledged_seq = ? WHERE peer = ?")) {
                update.setLong(1, seq);
                update.setString(2, peer);
                update.executeUpdate();
            }
            return Acknowledged.NOW;
        });
    }

    /** Forgets what was said of the peer's instances it no longer delegates. */
    public void forgetGone(String peer) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM federation_journal_said WHERE peer = ? "
                    + "AND remote_id NOT IN (SELECT remote_id FROM federation_instance WHERE peer = ?)")) {
                delete.setString(1, peer);
                delete.setString(2, peer);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static void said(Connection connection, String peer, long remoteId, String said) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM federation_journal_said WHERE peer = ? AND remote_id = ?")) {
            delete.setString(1, peer);
            delete.setLong(2, remoteId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO federation_journal_said (peer, remote_id, said) VALUES (?, ?, ?)")) {
            insert.setString(1, peer);
            insert.setLong(2, remoteId);
            insert.setString(3, said);
            insert.executeUpdate();
        }
    }

    private static Head head(Connection connection, String peer, boolean forUpdate) throws SQLException {
        Head head = readHead(connection, peer, forUpdate);
        if (head != null) {
            return head;
        }
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO federation_journal_head (peer, epoch, "
                + "last_seq, acknowledged_seq, held_epoch, held_generation) VALUES (?, ?, 0, 0, 0, 0)")) {
            insert.setString(1, peer);
            insert.setString(2, HexFormat.of().formatHex(id));
            insert.executeUpdate();
        }
        return readHead(connection, peer, forUpdate);
    }

    private static Head readHead(Connection connection, String peer, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT epoch, last_seq, acknowledged_seq, node_name, "
                + "held_epoch, held_generation FROM federation_journal_head WHERE peer = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            query.setString(1, peer);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Head(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4),
                        row.getLong(5), row.getLong(6)) : null;
            }
        }
    }

    private static ObjectNode object(String json) throws SQLException {
        try {
            JsonNode node = ReportCodec.JSON.readTree(json);
            return node instanceof ObjectNode object ? object : ReportCodec.JSON.createObjectNode();
        } catch (IOException e) {
            throw new SQLException("a federation journal event is not JSON: " + e.getMessage(), e);
        }
    }
}
