package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.MonitoringQueries.Point;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring charts of CPU and memory per node read the node hours (usage per node and hour, booked as the
 * records are ingested) instead of the records: their numbers are the sums of the records, per node and per hour
 * the records' periods start in, each record counted once however often its page arrives.
 */
class NodeUsageHoursTest {

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path data;

    private TestMaster master;
    private TestFleet fleet;
    private MonitoringQueries monitoring;
    private InstanceRecord shop;
    private InstanceRecord erp;
    private InstanceRecord cache;

    @BeforeEach
    void placeInstancesOnTwoNodes() throws Exception {
        master = TestMaster.open(data);
        fleet = new TestFleet(master);
        fleet.adopt("edge-1");
        fleet.adopt("edge-2");
        shop = fleet.place("edge-1", "shop");
        erp = fleet.place("edge-1", "erp");
        cache = fleet.place("edge-2", "cache");
        monitoring = new MonitoringQueries(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void theChartsAreTheSumsOfTheRecordsPerNodeAndHour() {
        // periods of 7 minutes, so some records start in one hour and end in the next: they count where they start
        fleet.report("edge-1", usage(shop, 0, 40, 7));
        fleet.report("edge-1", usage(erp, 3, 40, 7));
        fleet.report("edge-2", usage(cache, 1, 30, 11));
        fleet.report("edge-1", usage(shop, 280, 10, 7));

        Instant to = START.plus(Duration.ofHours(6));
        for (Duration bucket : List.of(HOUR, Duration.ofHours(2))) {
            double seconds = bucket.getSeconds();
            assertSeries(recordSums("cpu_seconds", bucket, to), monitoring.nodeCpuCores(START, to, bucket), seconds);
            assertSeries(recordSums("memory_mb_hours", bucket, to), monitoring.nodeMemoryMb(START, to, bucket),
                    seconds / 3600);
        }
        assertEquals(120, bookedRecords(), "every record booked into exactly one node hour");
    }

    @Test
    void aPageIngestedTwiceBooksItsHoursOnce() {
        List<ReportEvent> page = usage(shop, 0, 20, 6);
        fleet.report("edge-1", page);
        Map<String, List<Point>> once = monitoring.nodeCpuCores(START, START.plus(Duration.ofHours(3)), HOUR);

        fleet.replay("edge-1", 0, page);
        fleet.replay("edge-1", 10, page.subList(10, 20));

        assertEquals(once, monitoring.nodeCpuCores(START, START.plus(Duration.ofHours(3)), HOUR));
        assertEquals(20, bookedRecords());
        assertFalse(once.isEmpty());
    }

    @Test
    void aChartCountsTheWholeHoursThatStartInItsRange() {
        fleet.report("edge-1", usage(shop, 0, 18, 10)); // 3 hours, 6 records of 1 to 6 CPU seconds each

        Map<String, List<Point>> middle = monitoring.nodeCpuCores(START.plusSeconds(1800), START.plusSeconds(3 * 3600 - 1),
                HOUR);

        assertEquals(List.of(new Point(START.plus(HOUR), 21.0 / 3600), new Point(START.plus(HOUR.multipliedBy(2)),
                21.0 / 3600)), middle.get("edge-1"), "the hours starting at 01:00 and 02:00");
        assertThrows(IllegalArgumentException.class, () -> monitoring.nodeMemoryMb(START, START.plus(HOUR),
                Duration.ofSeconds(90)));
    }

    @Test
    void theMigrationsBackfillOfExistingRecordsAgreesWithWhatIngestBooks() {
        fleet.report("edge-1", usage(shop, 0, 40, 7));
        fleet.report("edge-2", usage(cache, 1, 30, 11));

        // the same grouping V9 backfills the node hours with, from the records
        String backfill = "SELECT CAST(FLOOR(EXTRACT(EPOCH FROM period_from) / 3600) AS INTEGER) AS h, node_id, "
                + "SUM(cpu_seconds), SUM(memory_mb_hours), SUM(disk_mb_hours), SUM(instance_hours), COUNT(*) "
                + "FROM usage_record GROUP BY CAST(FLOOR(EXTRACT(EPOCH FROM period_from) / 3600) AS INTEGER), node_id "
                + "ORDER BY h, node_id";
        String booked = "SELECT usage_hour, node_id, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours, records "
                + "FROM node_usage_hour ORDER BY usage_hour, node_id";
        assertEquals(rows(backfill), rows(booked));
    }

    /**
     * Usage of the instance over consecutive periods of {@code minutes} from {@code START + offset minutes}: record i
     * used 1 + i % 6 CPU seconds and 100 + i MB-hours of memory.
     */
    private static List<ReportEvent> usage(InstanceRecord instance, int offsetMinutes, int count, int minutes) {
        List<ReportEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant from = START.plus(Duration.ofMinutes(offsetMinutes + (long) i * minutes));
            events.add(TestFleet.usage(instance.id(), from, from.plus(Duration.ofMinutes(minutes)),
                    new BigDecimal(1 + i % 6), new BigDecimal(100 + i).add(new BigDecimal("0.000001")),
                    BigDecimal.ONE, new BigDecimal("0.116667")));
        }
        return events;
    }

    /** Sums of a column of the usage records per node and bucket of their period's start, read and summed here. */
    private Map<String, Map<Instant, BigDecimal>> recordSums(String column, Duration bucket, Instant to) {
        return master.database().inTransaction(connection -> {
            Map<String, Map<Instant, BigDecimal>> sums = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT node_id, period_from, " + column + " FROM usage_record");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant from = rows.getObject(2, OffsetDateTime.class).toInstant();
                    if (from.isBefore(START) || !from.isBefore(to)) {
                        continue;
                    }
                    long seconds = bucket.getSeconds();
                    Instant at = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), seconds) * seconds);
                    sums.computeIfAbsent(rows.getString(1), node -> new TreeMap<>()).merge(at, rows.getBigDecimal(3),
                            BigDecimal::add);
                }
            }
            return sums;
        });
    }

    private static void assertSeries(Map<String, Map<Instant, BigDecimal>> expected, Map<String, List<Point>> chart,
            double divisor) {
        assertEquals(expected.keySet(), chart.keySet());
        expected.forEach((node, sums) -> {
            List<Point> points = chart.get(node);
            assertEquals(new ArrayList<>(sums.keySet()), points.stream().map(Point::at).toList(), node);
            for (Point point : points) {
                double want = sums.get(point.at()).doubleValue() / divisor;
                assertEquals(want, point.value(), Math.abs(want) * 1e-12, node + " at " + point.at());
            }
        });
    }

    private long bookedRecords() {
        return master.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(records), 0) FROM node_usage_hour");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private List<List<String>> rows(String sql) {
        return master.database().inTransaction(connection -> {
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = row.getObject(i);
                        values.add(value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                                : String.valueOf(value));
                    }
                    rows.add(values);
                }
            }
            return rows;
        });
    }
}
