package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.SQLException;

import org.hyperedge.master.ticket.Tickets;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Tickets decided as reports arrive, in the ingest's transaction: install errors, and a silent node that speaks again. */
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
}
