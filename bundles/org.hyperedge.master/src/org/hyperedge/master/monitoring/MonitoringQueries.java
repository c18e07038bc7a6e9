package org.hyperedge.master.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.accounting.UsageBook;
import org.hyperedge.master.store.Database;

/** What monitoring shows: node staleness, instance health derived from promises, and series over time for charts. */
public final class MonitoringQueries {

    /** A node and the age of its last report (its staleness), shown as it is. */
    public record NodeStatus(String id, String site, String address, Instant lastReportAt, Duration staleness,
            String lastSyncError) {
    }

    /** An instance's health as its promises' latest results say: healthy when every promise's last check passed. */
    public record InstanceHealth(long instanceId, String title, String tree, int promises, int failing, Instant lastCheckedAt) {
        public boolean healthy() {
            return promises > 0 && failing == 0;
        }
    }

    /** One bucket of a series: its start and a value (a ratio, cores or megabytes). */
    public record Point(Instant at, double value) {
    }

    private final Database database;

    public MonitoringQueries(Database database) {
        this.database = database;
    }

    /** Every adopted node, the stalest first. */
    public List<NodeStatus> nodes(Instant now) {
        return database.inTransaction(connection -> {
            List<NodeStatus> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, site, address, last_report_at, "
                    + "registered_at, last_sync_error FROM node WHERE fingerprint IS NOT NULL AND revoked = FALSE");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime last = rows.getObject(4, OffsetDateTime.class);
                    Instant since = (last != null ? last : rows.getObject(5, OffsetDateTime.class)).toInstant();
                    nodes.add(new NodeStatus(rows.getString(1), rows.getString(2), rows.getString(3),
                            last == null ? null : last.toInstant(), Duration.between(since, now), rows.getString(6)));
                }
            }
            nodes.sort((a, b) -> b.staleness().compareTo(a.staleness()));
            return nodes;
        });
    }

    /** Every instance that has promises, failing ones first. */
    public List<InstanceHealth> instanceHealth() {
        return database.inTransaction(connection -> {
            List<InstanceHealth> health = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT i.id, i.title, t.root_title, COUNT(*), "
                    + "SUM(CASE WHEN s.ok THEN 0 ELSE 1 END), MAX(s.checked_at) FROM promise_state s "
                    + "JOIN instance i ON i.id = s.instance_id JOIN instance_tree t ON t.id = i.tree_id "
                    + "GROUP BY i.id, i.title, t.root_title");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    health.add(new InstanceHealth(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getInt(5), rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
            health.sort((a, b) -> a.failing() != b.failing() ? Integer.compare(b.failing(), a.failing())
                    : a.title().compareTo(b.title()));
            return health;
        });
    }

    /** Share of passed promise checks per bucket, per instance title, in [from, to). */
    public Map<String, List<Point>> promiseSuccess(Instant from, Instant to, Duration bucket) {
        return series("SELECT i.title, b, SUM(CASE WHEN ok THEN 1.0 ELSE 0.0 END) / COUNT(*) FROM (SELECT instance_id, ok, "
                + bucket("checked_at", bucket) + " AS b FROM promise_result WHERE checked_at >= ? AND checked_at < ?) r "
                + "JOIN instance i ON i.id = r.instance_id GROUP BY i.title, b ORDER BY i.title, b", from, to, bucket, 1);
    }

    /**
     * CPU used per node, in cores (CPU seconds per second of the bucket), from the usage the node reported, per whole
     * UTC hour: a record counts in the hour its period starts in, and the bucket must be a whole number of hours.
     */
    public Map<String, List<Point>> nodeCpuCores(Instant from, Instant to, Duration bucket) {
        return nodeHours("cpu_seconds", from, to, bucket, bucket.getSeconds());
    }

    /** Memory used per node, in MB on average over the bucket (MB-hours per hour of the bucket), per whole UTC hour. */
    public Map<String, List<Point>> nodeMemoryMb(Instant from, Instant to, Duration bucket) {
        return nodeHours("memory_mb_hours", from, to, bucket, bucket.getSeconds() / 3600.0);
    }

    /**
     * A per-node series from the node hours (usage per node and hour, booked as the records are ingested), which a
     * chart reads instead of every record of its range: the hours that start in [from, to), summed per bucket.
     */
    private Map<String, List<Point>> nodeHours(String column, Instant from, Instant to, Duration bucket, double divisor) {
        if (bucket.getSeconds() <= 0 || bucket.getSeconds() % 3600 != 0 || bucket.getNano() != 0) {
            throw new IllegalArgumentException("a node usage chart's bucket is a whole number of hours, not " + bucket);
        }
        long hours = bucket.getSeconds() / 3600;
        // hour numbers are positive, so integer division is the floor on H2 and PostgreSQL alike
        String sql = "SELECT node_id, usage_hour / " + hours + " AS b, SUM(" + column + ") FROM node_usage_hour "
                + "WHERE usage_hour >= ? AND usage_hour < ? GROUP BY node_id, usage_hour / " + hours
                + " ORDER BY node_id, b";
        int firstHour = firstHourFrom(from);
        int endHour = firstHourFrom(to);
        return database.inTransaction(connection -> read(connection, sql, query -> {
            query.setInt(1, firstHour);
            query.setInt(2, endHour);
        }, bucket, divisor));
    }

    /** The number of the first whole hour that starts at or after the instant. */
    private static int firstHourFrom(Instant at) {
        long seconds = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
        return UsageBook.hour(Instant.ofEpochSecond(seconds + 3599));
    }

    /** The bucket number of a timestamp column: whole buckets since the epoch (portable to H2 and PostgreSQL). */
    static String bucket(String column, Duration bucket) {
        if (bucket.getSeconds() <= 0) {
            throw new IllegalArgumentException("a chart bucket must be at least one second, not " + bucket);
        }
        return "FLOOR(EXTRACT(EPOCH FROM " + column + ") / " + bucket.getSeconds() + ")";
    }

    private Map<String, List<Point>> series(String sql, Instant from, Instant to, Duration bucket, double divisor) {
        return database.inTransaction(connection -> read(connection, sql, query -> {
            query.setObject(1, from.atOffset(ZoneOffset.UTC));
            query.setObject(2, to.atOffset(ZoneOffset.UTC));
        }, bucket, divisor));
    }

    /** How a series query takes its range. */
    @FunctionalInterface
    private interface Range {
        void bind(PreparedStatement query) throws SQLException;
    }

    /** Reads rows of (series name, bucket number, value) into series of points, each value divided by {@code divisor}. */
    private static Map<String, List<Point>> read(Connection connection, String sql, Range range, Duration bucket, double divisor)
            throws SQLException {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            range.bind(query);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant at = Instant.ofEpochSecond(rows.getLong(2) * bucket.getSeconds());
                    series.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new Point(at, rows.getDouble(3) / divisor));
                }
            }
        }
        return series;
    }
}
