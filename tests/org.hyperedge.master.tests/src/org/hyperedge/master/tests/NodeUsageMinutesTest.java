package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.MonitoringQueries.Point;
import org.hyperedge.master.monitoring.Retention;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring charts of the last hour read the node minutes: each usage record spread over the minutes its period
 * covers, booked once however often its page arrives, and only for the last two days, which retention keeps.
 */
class NodeUsageMinutesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path data;

    private TestMaster master;
    private TestFleet fleet;
    private MonitoringQueries monitoring;
    private InstanceRecord shop;
    private Instant hourAgo;

    @BeforeEach
    void placeAnInstance() throws Exception {
        master = TestMaster.open(data);
        fleet = new TestFleet(master);
        fleet.adopt("edge-1");
        shop = fleet.place("edge-1", "shop");
        monitoring = new MonitoringQueries(master.database());
        hourAgo = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aRecordIsSpreadOverTheMinutesItCoversByTheTimeItSpentInEach() {
        // two minutes from 30 s past a minute: a quarter, a half and a quarter of it in three minutes
        Instant from = hourAgo.plusSeconds(30);
        fleet.report("edge-1", List.of(usage(from, from.plus(Duration.ofMinutes(2)), "120", "6")));

        List<Point> cpu = monitoring.nodeCpuCores(hourAgo, hourAgo.plus(Duration.ofHours(1)), MINUTE).get("edge-1");
        List<Point> memory = monitoring.nodeMemoryMb(hourAgo, hourAgo.plus(Duration.ofHours(1)), MINUTE).get("edge-1");

        assertEquals(List.of(new Point(hourAgo, 0.5), new Point(hourAgo.plus(MINUTE), 1.0),
                new Point(hourAgo.plus(MINUTE.multipliedBy(2)), 0.5)), cpu, "30, 60 and 30 CPU seconds: cores");
        assertEquals(List.of(90.0, 180.0, 90.0), memory.stream().map(Point::value).toList(),
                "6 MB-hours over two minutes is 180 MB on average, a minute at a time");
    }

    @Test
    void tenMinuteBucketsSumTheirMinutesAndWholeHoursReadTheHours() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2)); // buckets start on the hour
        for (int i = 0; i < 60; i++) {
            Instant from = start.plus(MINUTE.multipliedBy(i));
            fleet.report("edge-1", List.of(usage(from, from.plus(MINUTE), "30", "1")));
        }
        Instant to = start.plus(Duration.ofHours(1));

        Map<String, List<Point>> tens = monitoring.nodeCpuCores(start, to, Duration.ofMinutes(10));
        Map<String, List<Point>> hours = monitoring.nodeCpuCores(start, to, Duration.ofHours(1));

        assertEquals(6, tens.get("edge-1").size(), tens.toString());
        assertTrue(tens.get("edge-1").stream().allMatch(p -> Math.abs(p.value() - 0.5) < 1e-9), tens.toString());
        assertEquals(List.of(new Point(start, 0.5)), hours.get("edge-1"), "the same 1800 CPU seconds in the hour");
        assertThrows(IllegalArgumentException.class, () -> monitoring.nodeCpuCores(start, to, Duration.ofSeconds(30)));
    }

    @Test
    void aPageIngestedTwiceBooksItsMinutesOnce() {
        List<ReportEvent> page = List.of(usage(hourAgo, hourAgo.plus(MINUTE), "60", "1"),
                usage(hourAgo.plus(MINUTE), hourAgo.plus(MINUTE.multipliedBy(2)), "30", "1"));
        fleet.report("edge-1", page);
        Map<String, List<Point>> once = monitoring.nodeCpuCores(hourAgo, hourAgo.plus(Duration.ofHours(1)), MINUTE);

        fleet.replay("edge-1", 0, page);

        assertEquals(once, monitoring.nodeCpuCores(hourAgo, hourAgo.plus(Duration.ofHours(1)), MINUTE));
        assertEquals(List.of(1.0, 0.5), once.get("edge-1").stream().map(Point::value).toList());
    }

    @Test
    void onlyTheLastTwoDaysAreBookedInMinutesAndRetentionDeletesOlderOnes() throws Exception {
        Instant threeDaysAgo = hourAgo.minus(Duration.ofDays(3));
        fleet.report("edge-1", List.of(usage(threeDaysAgo, threeDaysAgo.plus(MINUTE), "60", "1"),
                usage(hourAgo, hourAgo.plus(MINUTE), "60", "1")));
        assertEquals(1, minuteRows(), "the record of three days ago is in the hours only");

        master.database().inTransaction(connection -> Retention.apply(connection, Instant.now().plus(Duration.ofDays(3)),
                MonitoringPolicy.DEFAULT));

        assertEquals(0, minuteRows(), "three days on, the minute is past the two days kept");
        assertEquals(2, monitoring.nodeCpuCores(threeDaysAgo.truncatedTo(ChronoUnit.HOURS), hourAgo.plus(Duration.ofHours(1)),
                Duration.ofHours(1)).get("edge-1").size(), "the hours keep both records");
    }

    private ReportEvent usage(Instant from, Instant to, String cpuSeconds, String memoryMbHours) {
        return TestFleet.usage(shop.id(), from, to, new BigDecimal(cpuSeconds), new BigDecimal(memoryMbHours), BigDecimal.ONE,
                new BigDecimal("0.016667"));
    }

    private long minuteRows() {
        return master.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM node_usage_minute");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
