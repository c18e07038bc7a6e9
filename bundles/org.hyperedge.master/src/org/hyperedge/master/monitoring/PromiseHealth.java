package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.hyperedge.master.ticket.Tickets;

/**
 * Keeps the latest result of each promise and its run of failures as results arrive (in the ingest's
 * transaction): a promise failing more than N checks in a row opens one ticket, its first success resolves it.
 * The ticket says how the instance's process last ended, when it did: its reason names the exit status, and
 * the history entry that opens (or updates) it carries the process's last lines of output too.
 */
public final class PromiseHealth {

    /** The instance's latest process exit, looked up only when a ticket is opened or updated. */
    @FunctionalInterface
    public interface ExitLookup {
        Optional<ProcessExit> find() throws SQLException;
    }

    private PromiseHealth() {
    }

    public static void record(Connection connection, long instanceId, String name, boolean ok, String message, Instant at,
            MonitoringPolicy policy) throws SQLException {
        record(connection, instanceId, name, ok, message, at, policy, Optional::empty);
    }

    public static void record(Connection connection, long instanceId, String name, boolean ok, String message, Instant at,
            MonitoringPolicy policy, ExitLookup lastExit) throws SQLException {
        int failingRuns = ok ? 0 : previousFailingRuns(connection, instanceId, name) + 1;
        try (PreparedStatement update = connection.prepareStatement("UPDATE promise_state SET ok = ?, failing_runs = ?, "
                + "message = ?, checked_at = ? WHERE instance_id = ? AND name = ?")) {
            update.setBoolean(1, ok);
            update.setInt(2, failingRuns);
            update.setString(3, message);
            update.setObject(4, at.atOffset(ZoneOffset.UTC));
            update.setLong(5, instanceId);
            update.setString(6, name);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO promise_state (instance_id, name, "
                        + "ok, failing_runs, message, checked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, instanceId);
                    insert.setString(2, name);
                    insert.setBoolean(3, ok);
                    insert.setInt(4, failingRuns);
                    insert.setString(5, message);
                    insert.setObject(6, at.atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
        }
        String cause = cause(instanceId, name);
        if (ok) {
            Tickets.resolve(connection, cause, "promise '" + name + "' succeeds again");
        } else if (failingRuns > policy.promiseFailuresBeforeTicket()) {
            // a stable reason: the history records a change of message or exit status, not every further failed check
            String reason = "promise '" + name + "' failed more than " + policy.promiseFailuresBeforeTicket()
                    + " checks in a row: " + message;
            Optional<ProcessExit> exit = lastExit.find();
            if (exit.isEmpty()) {
                Tickets.open(connection, cause, title(connection, instanceId) + ": promise " + name, reason);
            } else {
                String withExit = reason + "; process " + exit.get().process() + " exited with " + exit.get().status();
                Tickets.openWithNote(connection, cause, title(connection, instanceId) + ": promise " + name, withExit,
                        withExit + lastLines(exit.get()));
            }
        }
    }

    private static String lastLines(ProcessExit exit) {
        return exit.log().isEmpty() ? "" : "\nlast output of " + exit.process() + ":\n" + String.join("\n", exit.log());
    }

    /** The ticket cause of one promise of one instance. */
    public static String cause(long instanceId, String name) {
        return "promise:" + instanceId + ":" + name;
    }

    /** "instance shop-db (12)": what an admin recognises, with the id that is unique. */
    private static String title(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT title FROM instance WHERE id = ?")) {
            query.setLong(1, instanceId);
            try (ResultSet row = query.executeQuery()) {
                return "instance " + (row.next() ? row.getString(1) + " (" + instanceId + ")" : instanceId);
            }
        }
    }

    private static int previousFailingRuns(Connection connection, long instanceId, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT failing_runs FROM promise_state WHERE instance_id = ? AND name = ?")) {
            query.setLong(1, instanceId);
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
