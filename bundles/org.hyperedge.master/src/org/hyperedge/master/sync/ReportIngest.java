package org.hyperedge.master.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.master.allocation.Allocator;
import org.hyperedge.master.monitoring.IngestTickets;
import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.ProcessExit;
import org.hyperedge.master.monitoring.ProcessExits;
import org.hyperedge.master.monitoring.UpgradeReports;
import org.hyperedge.master.monitoring.PromiseHealth;
import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Ingests a node's report page in one transaction: events at or below the node's cursor were ingested
 * before and are skipped (a replay changes nothing); a gap in the numbers is what the agent no longer has (the
 * master asked for everything after its cursor), recorded as lost with a ticket before ingest carries on; a
 * page from a new journal epoch is followed ({@link JournalEpochs}); an event about an instance that is not
 * placed on the reporting node changes nothing and is kept as a refused node event. The cursor moves with the
 * data, so a master killed mid-ingest ingests the page again. Every event lands in exactly one row keyed by
 * (node, seq): a promise result, a usage record, or a node event (instance states, installs, artifacts,
 * processes, journal damage), so "each report once" is a primary key.
 *
 * <p>A committed page is not yet on disk with H2: acknowledge its cursor only once the database's
 * {@link org.hyperedge.master.store.Durability} says so.
 */
public final class ReportIngest {

    /**
     * What one page did: events applied, events skipped as already ingested, the new cursor, the artifacts
     * the node waits for, and how many partitions came free (destroyed instances the node confirmed).
     * {@code journalReset}: the node's journal started again under a new epoch; nothing was ingested, and its
     * reports are to be read again after the new cursor. {@code backupsToPull}: instance data backups the node took
     * that the master does not hold yet, to fetch from it.
     */
    public record Outcome(int ingested, int skipped, long cursor, Set<String> missingArtifacts, int freedPartitions,
            boolean journalReset, Set<String> backupsToPull) {
    }

    private final Database database;

    public ReportIngest(Database database) {
        this.database = database;
    }

    public Outcome ingest(String nodeId, Page page) {
        if (!nodeId.equals(page.node())) {
            throw new IllegalArgumentException("reports of node '" + page.node() + "' arrived for node '" + nodeId + "'");
        }
        return database.inTransaction(connection -> {
            JournalEpochs.Position position = JournalEpochs.follow(connection, nodeId, lockCursor(connection, nodeId), page);
            if (position == null) {
                return new Outcome(0, 0, 0, Set.of(), 0, true, Set.of());
            }
            long cursor = position.cursor();
            Set<Long> placed = placedInstances(connection, nodeId);
            int ingested = 0;
            int skipped = 0;
            int[] freed = { 0 };
            Set<String> missing = new LinkedHashSet<>();
            Set<String> pull = new LinkedHashSet<>();
            Set<Long> reportedInPage = new HashSet<>();
            try (PageWriter rows = new PageWriter(connection, nodeId, position.base())) {
            for (ReportEvent event : page.events()) {
                if (event.seq() <= cursor) {
                    skipped++;
                    continue;
                }
                if (event.seq() != cursor + 1) {
                    JournalEpochs.lost(connection, rows, nodeId, position.epoch(), cursor + 1, event.seq() - 1);
                }
                apply(connection, rows, nodeId, event, placed, reportedInPage, missing, freed, pull);
                cursor = event.seq();
                ingested++;
            }
            rows.flush();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE node SET report_cursor = ?, "
                    + "journal_epoch = ?, last_report_at = ?, last_sync_error = NULL WHERE id = ?")) {
                update.setLong(1, cursor);
                update.setString(2, position.epoch());
                update.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                update.setString(4, nodeId);
                update.executeUpdate();
            }
            IngestTickets.nodeReported(connection, nodeId);
            return new Outcome(ingested, skipped, cursor, missing, freed[0], false, pull);
        });
    }

    private static JournalEpochs.Position lockCursor(Connection connection, String nodeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT report_cursor, journal_epoch, report_base FROM node WHERE id = ? AND revoked = FALSE FOR UPDATE")) {
            query.setString(1, nodeId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("unknown or revoked node '" + nodeId + "'");
                }
                return new JournalEpochs.Position(row.getLong(1), row.getString(2), row.getLong(3));
            }
        }
    }

    /** Instances in the node's partitions and the shared instances they host. */
    private static Set<Long> placedInstances(Connection connection, String nodeId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.instance_id, g.id FROM node_partition p "
                + "LEFT JOIN instance g ON g.host_id = p.instance_id WHERE p.node_id = ? AND p.instance_id IS NOT NULL")) {
            query.setString(1, nodeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    long guest = rows.getLong(2);
                    if (!rows.wasNull()) {
                        ids.add(guest);
                    }
                }
            }
        }
        return ids;
    }

    private static void apply(Connection connection, PageWriter rows, String nodeId, ReportEvent event, Set<Long> placed,
            Set<Long> reportedInPage, Set<String> missing, int[] freed, Set<String> pull) throws SQLException {
        ObjectNode data = event.data();
        boolean aboutInstance = event.instanceId() > 0;
        if (aboutInstance && !placed.contains(event.instanceId())
                && !(destroyedHere(event) && hostedBefore(connection, nodeId, event.instanceId(), reportedInPage))) {
            rows.event(event, "refused: instance " + event.instanceId() + " is not placed on this node");
            return;
        }
        switch (event.kind()) {
            case INSTANCE -> {
                instance(connection, event, data);
                rows.event(event, truncate(data.toString(), 2000));
                // node events are batched: what this page already said about the instance is remembered here
                reportedInPage.add(event.instanceId());
                if ("destroyed".equals(data.path("state").asText()) && destroyRequested(connection, event.instanceId())) {
                    Allocator.release(connection, event.instanceId());
                    freed[0]++;
                }
            }
            case PROMISE -> promise(connection, rows, event, data);
            case USAGE -> {
                // usage a federated master forwards again (after a restart) is booked once
                String notBooked = org.hyperedge.master.federation.ForwardedUsage.notBooked(connection, nodeId, data);
                if (notBooked == null) {
                    rows.usage(event, data);
                } else {
                    rows.event(event, notBooked);
                }
            }
            default -> {
                if (event.kind() == Kind.INSTALL && "waiting".equals(data.path("state").asText())) {
                    data.path("missing").forEach(sha -> missing.add(sha.asText()));
                }
                if (event.kind() == Kind.INSTALL) {
                    IngestTickets.install(connection, nodeId, data);
                }
                if (event.kind() == Kind.JOURNAL) {
                    IngestTickets.journalDamaged(connection, nodeId, data);
                }
                if (event.kind() == Kind.PROCESS && aboutInstance) {
                    UpgradeReports.ingest(connection, nodeId, event.instanceId(), data);
                    InstanceBackups.ingest(connection, nodeId, event.instanceId(), data, pull, missing);
                }
                rows.event(event, truncate(data.toString(), 2000));
            }
        }
    }

    /**
     * An instance this node ran before: one it reported about, in an earlier page or earlier in this one. Its
     * final reports count after its partition was freed; usage for an instance the node never hosted does not.
     */
    private static boolean hostedBefore(Connection connection, String nodeId, long instanceId, Set<Long> reportedInPage)
            throws SQLException {
        if (reportedInPage.contains(instanceId)) {
            return true;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM node_event WHERE instance_id = ? AND node_id = ? AND kind = 'instance' LIMIT 1")) {
            query.setLong(1, instanceId);
            query.setString(2, nodeId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The final reports of an instance whose partition the master already freed still count. */
    private static boolean destroyedHere(ReportEvent event) {
        return event.kind() == Kind.USAGE || (event.kind() == Kind.INSTANCE
                && "destroyed".equals(event.data().path("state").asText()));
    }

    /** The partition of a destroyed instance comes free once its node confirms, not before. */
    private static boolean destroyRequested(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM instance WHERE id = ? AND requested_state = 'destroyed'")) {
            query.setLong(1, instanceId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void instance(Connection connection, ReportEvent event, ObjectNode data) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE instance SET reported_state = ?, healthy = ?, "
                + "connection_parameters = ?, reported_error = ?, last_report_at = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, truncate(data.path("state").asText("unknown"), 16));
            update.setBoolean(2, data.path("healthy").asBoolean());
            update.setString(3, data.path("connection").isObject() ? data.get("connection").toString() : "{}");
            update.setString(4, data.hasNonNull("error") ? truncate(data.get("error").asText(), 2000) : null);
            update.setObject(5, PageWriter.at(event.at()));
            update.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(7, event.instanceId());
            update.executeUpdate();
        }
        if (data.path("connection").isObject()) {
            org.hyperedge.master.request.ParameterLinks.sourcePublished(connection, event.instanceId(), data.get("connection"));
        }
    }

    private static void promise(Connection connection, PageWriter rows, ReportEvent event, ObjectNode data)
            throws SQLException {
        String name = truncate(data.path("name").asText(), 63);
        String message = truncate(data.path("message").asText(), 1000);
        rows.promise(event, name, data.path("ok").asBoolean(), message);
        PromiseHealth.record(connection, event.instanceId(), name, data.path("ok").asBoolean(), message, event.at(),
                MonitoringPolicy.DEFAULT, () -> {
                    Optional<ProcessExit> inPage = rows.exitInPage(event.instanceId());
                    return inPage.isPresent() ? inPage : ProcessExits.newest(connection, event.instanceId());
                });
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
