package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.store.Database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The last exits of an instance's processes, read from the process events its node reported (kept as node
 * events, with the exit status and the last output lines the agent sent): why a crash-looping service keeps
 * ending, for its ticket, the Properties view and {@code status}.
 */
public final class ProcessExits {

    /** How far back in an instance's events an exit is looked for. */
    static final int EVENTS_SCANNED = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public ProcessExits(Database database) {
        this.database = database;
    }

    /** The latest exit of each of the instance's processes, newest first. */
    public List<ProcessExit> latest(long instanceId) {
        return database.inTransaction(connection -> latest(connection, instanceId));
    }

    public static List<ProcessExit> latest(Connection connection, long instanceId) throws SQLException {
        Map<String, ProcessExit> byProcess = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT at, summary FROM node_event WHERE instance_id = ? "
                + "AND kind = 'process' ORDER BY seq DESC LIMIT " + EVENTS_SCANNED)) {
            query.setLong(1, instanceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = rows.getObject(1, OffsetDateTime.class).toInstant();
                    of(instanceId, at, rows.getString(2)).ifPresent(exit -> byProcess.putIfAbsent(exit.process(), exit));
                }
            }
        }
        return new ArrayList<>(byProcess.values());
    }

    /** The newest exit of any of the instance's processes. */
    public static Optional<ProcessExit> newest(Connection connection, long instanceId) throws SQLException {
        return latest(connection, instanceId).stream().findFirst();
    }

    /** The exit a stored process event tells of, if it is one. */
    public static Optional<ProcessExit> of(long instanceId, Instant at, String summary) {
        try {
            return of(instanceId, at, JSON.readTree(summary));
        } catch (java.io.IOException e) {
            return Optional.empty(); // a summary cut by the master's bound is not read as an exit
        }
    }

    /** The exit a process event's data tells of, if it is one ({@code "event": "exited"}). */
    public static Optional<ProcessExit> of(long instanceId, Instant at, JsonNode data) {
        if (data == null || !"exited".equals(data.path("event").asText())) {
            return Optional.empty();
        }
        List<String> log = new ArrayList<>();
        data.path("log").forEach(line -> log.add(line.asText()));
        return Optional.of(new ProcessExit(instanceId, data.path("name").asText("?"),
                data.path("status").asText(data.has("exitCode") ? "exit code " + data.get("exitCode").asInt() : "status unknown"),
                List.copyOf(log), at, data.path("restartInMs").asLong(-1)));
    }
}
