package org.hyperedge.master.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.hyperedge.master.store.Database;

/** What the nodes last said about an instance: state, health, connection parameters (JSON), error. */
public final class InstanceReports {

    public record Reported(long instanceId, String state, boolean healthy, String connectionJson, String error,
            Instant lastReportAt) {
    }

    private final Database database;

    public InstanceReports(Database database) {
        this.database = database;
    }

    public Optional<Reported> find(long instanceId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT reported_state, healthy, "
                    + "connection_parameters, reported_error, last_report_at FROM instance WHERE id = ?")) {
                query.setLong(1, instanceId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Reported>empty();
                    }
                    OffsetDateTime at = row.getObject(5, OffsetDateTime.class);
                    return Optional.of(new Reported(instanceId, row.getString(1), row.getBoolean(2),
                            row.getString(3) == null ? "{}" : row.getString(3), row.getString(4),
                            at == null ? null : at.toInstant()));
                }
            }
        });
    }
}
