package org.hyperedge.master.recovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.hyperedge.master.ticket.Tickets;
import org.hyperedge.protocol.release.BackupSpec;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A periodic check: a started instance whose software type backs up its data, and whose newest backup (or, before
 * its first, its request) is older than twice its schedule, missed at least one backup: a ticket says so, with the
 * age and the schedule; the next backup reported resolves it ({@link InstanceBackups}).
 */
public final class OverdueBackups {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OverdueBackups() {
    }

    /** Opens a ticket for each overdue instance (one per instance); returns how many are overdue. */
    public static int check(Connection connection, Instant now) throws SQLException {
        Map<String, BackupSpec> schedules = schedules(connection);
        if (schedules.isEmpty()) {
            return 0;
        }
        String releases = String.join(", ", Collections.nCopies(schedules.keySet().stream()
                .map(key -> key.substring(0, key.indexOf('\n'))).distinct().toList().size(), "?"));
        int overdue = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT i.id, i.release_id, i.software_type, "
                + "i.parameters, i.created_at, (SELECT MAX(b.taken_at) FROM instance_backup b WHERE b.instance_id = i.id) "
                + "FROM instance i WHERE i.requested_state = 'started' AND i.reported_state = 'started' "
                + "AND i.shared = FALSE AND i.release_id IN (" + releases + ")")) {
            int index = 1;
            for (String release : schedules.keySet().stream().map(key -> key.substring(0, key.indexOf('\n'))).distinct().toList()) {
                query.setString(index++, release);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BackupSpec spec = schedules.get(rows.getString(2) + "\n" + rows.getString(3));
                    if (spec == null) {
                        continue;
                    }
                    Duration every = every(spec, rows.getString(4));
                    OffsetDateTime last = rows.getObject(6, OffsetDateTime.class);
                    Instant since = last != null ? last.toInstant() : rows.getObject(5, OffsetDateTime.class).toInstant();
                    Duration age = Duration.between(since, now);
                    if (age.compareTo(every.multipliedBy(2)) > 0) {
                        overdue++;
                        Tickets.open(connection, InstanceBackups.cause(rows.getLong(1)), "instance " + rows.getLong(1),
                                "data backup overdue: " + (last == null ? "none taken in " : "the newest is ")
                                        + age.toMinutes() + " min" + (last == null ? "" : " old") + ", the schedule is every "
                                        + every);
                    }
                }
            }
        }
        return overdue;
    }

    /** The backup of every (release, software type) that declares one, keyed {@code release\ntype}. */
    private static Map<String, BackupSpec> schedules(Connection connection) throws SQLException {
        Map<String, BackupSpec> schedules = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, descriptor FROM software_release");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                try {
                    for (Map.Entry<String, SoftwareTypeDescriptor> type : ReleaseDescriptorReader.read(id, rows.getString(2))
                            .types().entrySet()) {
                        if (type.getValue().backup() != null) {
                            schedules.put(id + "\n" + type.getKey(), type.getValue().backup());
                        }
                    }
                } catch (InvalidDescriptorException | RuntimeException e) {
                    // a release that does not read has no schedule to miss
                }
            }
        }
        return schedules;
    }

    private static Duration every(BackupSpec spec, String parameters) {
        try {
            JsonNode asked = JSON.readTree(parameters).get(BackupSpec.EVERY_PARAMETER);
            return asked == null || asked.isNull() ? spec.every() : BackupSpec.every(asked.asText(), "backup-every");
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return spec.every(); // the node reports its own refusal of the parameter
        }
    }
}
