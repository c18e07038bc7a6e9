package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.Main;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.view.NodeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 8 of issue 15, with a real agent whose clock is off (its test-only {@code --clock-offset}: a test cannot set
 * the machine's clock): promise times, usage periods and so billing days, and retention must go by the master's
 * clock, and the node's clock must be shown off.
 */
class ClockSkewTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration BEHIND = Duration.ofDays(30).plusHours(1);

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aNodeThirtyDaysBehindKeepsItsHistoryIsBilledForTodayAndIsShownOffUntilItsClockIsRight() throws Exception {
        // given a node whose clock is 30 days and an hour behind, running a web server with a promise
        String node = site.agent("late", List.of("--clock-offset", String.valueOf(-BEHIND.toSeconds())));
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord web = site.requests.request(Request.root("dashboard", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Late")).withSla(Map.of("node", node)));
        site.await(web.id(), "started", true, READY);
        awaitRows("usage_record", node);
        awaitRows("promise_result", node);

        // when the retention check runs
        Instant now = Instant.now();
        PeriodicChecks.Outcome checked = site.master.periodicChecks().check();

        // then nothing the node just reported is deleted
        assertEquals(0, checked.purged().promiseResults(), "promise results deleted by the retention check");
        assertEquals(0, checked.purged().nodeEvents(), "node events deleted by the retention check");
        assertTrue(count("promise_result", node) > 0);
        // and its history is dated by the master's clock: promise times, usage periods, and so billing days
        assertNear(now, latest("SELECT MAX(checked_at) FROM promise_result WHERE node_id = ?", node), "promise time");
        assertNear(now, latest("SELECT MAX(checked_at) FROM promise_state WHERE instance_id = ?", web.id()),
                "the promise's latest check");
        assertNear(now, latest("SELECT MAX(period_from) FROM usage_record WHERE node_id = ?", node), "usage period");
        assertEquals(now.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay(), (long) site.database.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT MAX(usage_day) FROM usage_ledger WHERE instance_id = ?")) {
                query.setLong(1, web.id());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }), "the usage is billed on today's ledger day");

        // and the node's clock is measured about 30 d 1 h behind, and shown so everywhere
        NodeClocks.NodeClock clock = site.master.nodeClocks().all().get(node);
        assertTrue(clock.off() && clock.skew().plus(BEHIND).abs().compareTo(Duration.ofMinutes(1)) < 0, "measured: " + clock);
        assertEquals("30 d 1 h behind", clock.describe());
        NodeRow row = site.master.nodeOverview().nodes().stream().filter(n -> n.id().equals(node)).findFirst()
                .orElseThrow();
        assertEquals("30 d 1 h behind", row.clock().describe(), "the console's Nodes view");
        assertTrue(cli("nodes").lines().anyMatch(l -> l.contains(" " + node + " ") && l.contains("30 d 1 h behind")),
                "./hyperedge nodes: " + cli("nodes"));
        assertTrue(cli("monitoring").lines().anyMatch(l -> l.startsWith(node + " ") && l.contains("30 d 1 h behind")),
                "./hyperedge monitoring: " + cli("monitoring"));
        List<Ticket> tickets = site.master.tickets().list("open", "clock-skew");
        assertEquals(1, tickets.size(), "one clock ticket: " + tickets);
        assertTrue(tickets.get(0).reason().contains("the clock of node late is 30 d 1 h behind the master's"),
                tickets.get(0).reason());

        // when the node's clock is set right (the agent started again without the offset)
        site.killAgent("late");
        site.startAgent("late");

        // then its ticket is resolved and its clock shown right
        long deadline = System.nanoTime() + READY.toNanos();
        while (!site.master.tickets().list("open", "clock-skew").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), site.master.tickets().list("open", "clock-skew"));
        assertEquals("right", site.master.nodeClocks().all().get(node).describe());
    }

    /** What {@code ./hyperedge ARGS} prints on this master's data directory. */
    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--data", site.directory.resolve("master").toString()));
        all.addAll(List.of(args));
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, "./hyperedge " + String.join(" ", args));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void awaitRows(String table, String node) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (count(table, node) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(count(table, node) > 0, "no " + table + " from node " + node + " within " + READY);
    }

    private long count(String table, String node) {
        return site.database.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE node_id = ?")) {
                query.setString(1, node);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private Instant latest(String sql, Object key) {
        return site.database.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setObject(1, key);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    OffsetDateTime at = row.getObject(1, OffsetDateTime.class);
                    return at == null ? null : at.toInstant();
                }
            }
        });
    }

    private static void assertNear(Instant expected, Instant actual, String what) {
        assertTrue(actual != null && Duration.between(actual, expected).abs().compareTo(Duration.ofMinutes(2)) < 0,
                what + " is " + actual + ", not within 2 minutes of the master's clock " + expected);
    }
}
