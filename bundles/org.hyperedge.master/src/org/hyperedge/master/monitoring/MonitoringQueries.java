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
import org.hyperedge.master.sync.NodeHeard;

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
            try (PreparedStatement query = connection.prepareStatement("SELECT id, site, address, "
                    + NodeHeard.lastSeen("node") + ", registered_at, last_sync_error FROM node" + NodeHeard.join("node")
                    + "WHERE fingerprint IS NOT NULL AND revoked = FALSE");
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
     * CPU used per node, in cores (CPU seconds per second of the bucket), from the usage the node reported. A bucket of
     * whole hours reads the node hours (a record counts in the hour its period starts in); a shorter bucket of whole
     * minutes reads the node minutes (records spread over the minutes they cover), which go back
     * {@link UsageBook#MINUTES_KEPT} only.
     */
    public Map<String, List<Point>> nodeCpuCores(Instant from, Instant to, Duration bucket) {
        return nodeUsage("cpu_seconds", from, to, bucket, bucket.getSeconds());
    }

    /** Memory used per node, in MB on average over the bucket (MB-hours per hour of the bucket), buckets as for CPU. */
    public Map<String, List<Point>> nodeMemoryMb(Instant from, Instant to, Duration bucket) {
        return nodeUsage("memory_mb_hours", from, to, bucket, bucket.getSeconds() / 3600.0);
    }

    /** Disk used per node, in MB on average over the bucket (MB-hours per hour of the bucket), buckets as for CPU. */
    public Map<String, List<Point>> nodeDiskMb(Instant from, Instant to, Duration bucket) {
        return nodeUsage("disk_mb_hours", from, to, bucket, bucket.getSeconds() / 3600.0);
    }

    /**
     * A per-node series from the node hours or minutes (usage per node and hour or minute, booked as the records are
     * ingested), which a chart reads instead of every record of its range: the periods that start in [from, to),
     * summed per bucket.
     */
    private Map<String, List<Point>> nodeUsage(String column, Instant from, Instant to, Duration bucket, double divisor) {
        long seconds = bucket.getSeconds();
        if (seconds <= 0 || seconds % 60 != 0 || bucket.getNano() != 0) {
            throw new IllegalArgumentException("a node usage chart's bucket is a whole number of minutes, not " + bucket);
        }
        boolean hourly = seconds % 3600 == 0;
        String table = hourly ? "node_usage_hour" : "node_usage_minute";
        String period = hourly ? "usage_hour" : "usage_minute";
        long periodSeconds = hourly ? 3600 : 60;
        long periods = seconds / periodSeconds;
        // period numbers are positive, so integer division is the floor on H2 and PostgreSQL alike
        String sql = "SELECT node_id, " + period + " / " + periods + " AS b, SUM(" + column + ") FROM " + table
                + " WHERE " + period + " >= ? AND " + period + " < ? GROUP BY node_id, " + period + " / " + periods
                + " ORDER BY node_id, b";
        int first = firstPeriodFrom(from, periodSeconds);
        int end = firstPeriodFrom(to, periodSeconds);
        return database.inTransaction(connection -> read(connection, sql, query -> {
            query.setInt(1, first);
            query.setInt(2, end);
        }, bucket, divisor));
    }

    /** The number of the first whole period (hour or minute) that starts at or after the instant. */
    private static int firstPeriodFrom(Instant at, long periodSeconds) {
        long seconds = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
        return (int) Math.floorDiv(seconds + periodSeconds - 1, periodSeconds);
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
