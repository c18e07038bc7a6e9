package org.hyperedge.master.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hyperedge.master.monitoring.IngestTickets;
import org.hyperedge.protocol.report.JournalEpoch;
import org.hyperedge.protocol.report.ReportCodec.Page;

/**
 * Follows a node's report journal across epochs and gaps, in the ingest's transaction. The master keeps the
 * epoch it last saw; a page from a journal numbered from scratch under another epoch means the node's journal
 * was reset (its directory wiped): the master records that, starts counting the new epoch from 0 on a new base
 * (so the new rows never collide with the old), and reads the node's reports again. A gap in the numbers is
 * what the agent no longer has: the master asked for everything after its cursor. It is recorded as lost, and
 * ingest carries on, instead of refusing the node forever.
 */
final class JournalEpochs {

    /** Where the master stands with a node's journal: cursor in the agent's numbering, its epoch, the rows' base. */
    record Position(long cursor, String epoch, long base) {
    }

    private JournalEpochs() {
    }

    /**
     * The position to ingest the page from, with the page's epoch taken in; null when the node's journal was
     * reset, which is recorded here: nothing of the page is ingested, the node's reports are read again from 0.
     */
    static Position follow(Connection connection, String nodeId, Position stored, Page page) throws SQLException {
        JournalEpoch epoch = page.epoch();
        if (epoch == null) {
            // an agent without epochs: numbers going back below the cursor are its only sign of a new journal
            return page.last() < stored.cursor() ? reset(connection, nodeId, stored, null) : stored;
        }
        if (epoch.id().equals(stored.epoch())) {
            return stored;
        }
        boolean firstContact = stored.epoch() == null && stored.cursor() == 0;
        if (firstContact || !epoch.numberedFromScratch()) {
            // a new node, or a journal from before epochs that keeps its numbers under its first epoch
            return new Position(stored.cursor(), epoch.id(), stored.base());
        }
        return reset(connection, nodeId, stored, epoch.id());
    }

    private static Position reset(Connection connection, String nodeId, Position stored, String epoch) throws SQLException {
        long base = stored.base() + stored.cursor() + 1;
        // the new epoch's seq 0 is free: its events start at 1
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO node_event (node_id, seq, kind, summary, at) VALUES (?, ?, 'journal-reset', ?, ?)")) {
            insert.setString(1, nodeId);
            insert.setLong(2, base);
            insert.setString(3, "the report journal started again" + (epoch == null ? "" : " under epoch " + epoch)
                    + (stored.epoch() == null ? "" : " (was " + stored.epoch() + ")") + ": reports of the old journal after "
                    + stored.cursor() + " may be lost");
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE node SET journal_epoch = ?, report_base = ?, "
                + "report_cursor = 0, last_report_at = ?, last_sync_error = NULL WHERE id = ?")) {
            update.setString(1, epoch);
            update.setLong(2, base);
            update.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            update.setString(4, nodeId);
            update.executeUpdate();
        }
        IngestTickets.journalReset(connection, nodeId, stored.epoch(), stored.cursor(), epoch == null ? "none" : epoch);
        return null;
    }

    /** Reports {@code from..to} never came: recorded as a node event at {@code from} and a ticket. */
    static void lost(Connection connection, PageWriter rows, String nodeId, String epoch, long from, long to)
            throws SQLException {
        rows.note(from, "lost", "reports " + (from == to ? Long.toString(from) : from + "-" + to) + " never reached the "
                + "master and the agent no longer has them", Instant.now(), null);
        IngestTickets.reportsLost(connection, nodeId, from, to, epoch);
    }
}
