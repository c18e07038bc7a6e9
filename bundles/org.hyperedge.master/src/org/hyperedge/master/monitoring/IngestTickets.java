package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.SQLException;

import org.hyperedge.master.ticket.Tickets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tickets decided as reports arrive, in the ingest's transaction: install errors, a silent node that speaks again,
 * reports lost for good, and a node whose report journal was reset.
 */
public final class IngestTickets {

    private IngestTickets() {
    }

    /** An install that failed opens a ticket per (node, release); the release installed resolves it. */
    public static void install(Connection connection, String nodeId, ObjectNode data) throws SQLException {
        String release = data.path("release").asText("");
        if (release.isEmpty()) {
            return;
        }
        String cause = "install:" + nodeId + ":" + release;
        switch (data.path("state").asText()) {
            case "failed" -> Tickets.open(connection, cause, "node " + nodeId + " release " + release,
                    "install of " + release + " failed on " + nodeId + ": " + data.path("error").asText("no error given"));
            case "installed" -> Tickets.resolve(connection, cause, release + " installed on " + nodeId);
            default -> {
                // installing or waiting for artifacts: neither broken nor healed yet
            }
        }
    }

    /** The node reported: it is not silent any more. */
    public static void nodeReported(Connection connection, String nodeId) throws SQLException {
        Tickets.resolve(connection, NodeSilence.cause(nodeId), "node " + nodeId + " reports again");
    }

    /** The kind of ticket of lost reports: they never heal, a person closes the ticket once they know why. */
    public static final String REPORT_LOSS = "report-loss";
    /** The kind of ticket of a node whose report journal started again under a new epoch. */
    public static final String JOURNAL_RESET = "journal-reset";

    /** Reports {@code from..to} of the node never reached the master and its agent no longer has them. */
    public static void reportsLost(Connection connection, String nodeId, long from, long to, String epoch) throws SQLException {
        Tickets.open(connection, REPORT_LOSS + ":" + nodeId, "node " + nodeId + ": reports lost",
                "reports " + range(from, to) + " of node " + nodeId + (epoch == null ? "" : " (journal epoch " + epoch + ")")
                        + " never reached the master and its agent no longer has them; the master carried on after "
                        + to);
    }

    /** The node's agent found damage in its report journal when it opened it (a {@code journal} event). */
    public static void journalDamaged(Connection connection, String nodeId, ObjectNode data) throws SQLException {
        long from = data.path("lostFrom").asLong();
        long to = data.path("lostTo").asLong();
        Tickets.open(connection, REPORT_LOSS + ":" + nodeId, "node " + nodeId + ": reports lost",
                "the report journal of node " + nodeId + " was damaged: " + data.path("bytes").asLong() + " bytes at "
                        + data.path("offset").asLong() + " of " + data.path("segment").asText("?") + " held no valid record ("
                        + data.path("reason").asText("no reason given") + "); "
                        + (to < from ? "no report was lost" : "reports " + range(from, to) + " were lost or skipped"));
    }

    /** The node's journal started again: what its old epoch held after {@code cursor} may be lost. */
    public static void journalReset(Connection connection, String nodeId, String oldEpoch, long cursor, String newEpoch)
            throws SQLException {
        Tickets.open(connection, JOURNAL_RESET + ":" + nodeId, "node " + nodeId + ": report journal reset",
                "the report journal of node " + nodeId + " started again (epoch " + newEpoch
                        + (oldEpoch == null ? "" : ", was " + oldEpoch) + "): reports of the old journal after " + cursor
                        + ", the last the master stored, may be lost; the master counts the new journal from 1");
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + "-" + to;
    }
}
