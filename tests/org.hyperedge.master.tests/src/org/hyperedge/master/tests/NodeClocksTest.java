package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.sync.ClockSkew;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's clock measured from its report pages, its times moved onto the master's clock, and its clock shown off. */
class NodeClocksTest {

    private static final Duration BEHIND = Duration.ofDays(30).plusHours(1);

    @TempDir
    Path data;

    private TestMaster master;
    private NodeClocks clocks;
    private InstanceRecord web;

    @BeforeEach
    void anInstanceOnAnAdoptedNode() throws Exception {
        master = TestMaster.open(data);
        TestFleet fleet = new TestFleet(master);
        fleet.adopt("edge-1");
        web = fleet.place("edge-1", "shop");
        clocks = new NodeClocks(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aPageFromANodeThirtyDaysBehindIsMovedOntoTheMastersClockAndTheNodeShownOff() {
        Instant answered = Instant.now();
        Instant asked = answered.minusMillis(40);
        Instant nodeNow = answered.minusMillis(20).minus(BEHIND);
        Page page = new Page("edge-1", 2, List.of(TestFleet.promise(web.id(), "http", true, nodeNow.minusSeconds(5)).withSeq(1),
                TestFleet.usage(web.id(), nodeNow.minusSeconds(60), nodeNow, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE).withSeq(2)), nodeNow);

        Page corrected = clocks.correct("edge-1", page, asked, answered);

        assertEquals(answered.minusMillis(20).minusSeconds(5), corrected.events().get(0).at(), "the promise's time");
        ReportEvent usage = corrected.events().get(1);
        assertEquals(answered.minusMillis(20).minusSeconds(60).toString(), usage.data().get("from").asText(), "usage from");
        assertEquals(answered.minusMillis(20).toString(), usage.data().get("to").asText(), "usage to");
        NodeClocks.NodeClock clock = clocks.all().get("edge-1");
        assertEquals(BEHIND.negated(), clock.skew());
        assertTrue(clock.off());
        assertEquals("30 d 1 h behind", clock.describe());
        List<Ticket> open = new TicketService(master.database()).list("open", "clock-skew");
        assertEquals(1, open.size());
        assertEquals("the clock of node edge-1 is 30 d 1 h behind the master's; the times of its reports are corrected by "
                + "that much until it is set right (NTP)", open.get(0).reason());
    }

    @Test
    void aClockWithinTheToleranceIsLeftAsItIsAndTheNodesTicketResolves() {
        Instant answered = Instant.now();
        clocks.correct("edge-1", new Page("edge-1", 0, List.of(), answered.minus(BEHIND)), answered.minusMillis(10), answered);
        assertEquals(1, new TicketService(master.database()).list("open", "clock-skew").size());

        Instant nodeNow = answered.plusSeconds(2);
        Page page = new Page("edge-1", 1, List.of(TestFleet.promise(web.id(), "http", true, nodeNow.minusSeconds(1)).withSeq(1)),
                nodeNow);
        Page corrected = clocks.correct("edge-1", page, answered.minusMillis(10), answered.plusSeconds(5));

        assertEquals(nodeNow.minusSeconds(1), corrected.events().get(0).at(), "a skew within the tolerance moves nothing");
        assertEquals("right", clocks.all().get("edge-1").describe());
        assertFalse(clocks.all().get("edge-1").off());
        assertEquals(List.of(), new TicketService(master.database()).list("open", "clock-skew"));
    }

    @Test
    void aSkewHoveringAboutTheToleranceKeepsOneTicketOpenUntilTheClockIsSurelyRight() {
        TicketService tickets = new TicketService(master.database());

        measure(clocks, Duration.ofSeconds(-6));
        measure(clocks, Duration.ofMillis(-4_500));
        measure(clocks, Duration.ofMillis(-5_500));
        NodeClocks restarted = new NodeClocks(master.database());
        measure(restarted, Duration.ofMillis(-4_200));

        assertTrue(restarted.all().get("edge-1").off(), "inside the recovery band a clock that was off stays off");
        assertEquals(1, tickets.list("open", "clock-skew").size());
        measure(restarted, Duration.ofSeconds(-3));
        assertEquals(List.of(), tickets.list("open", "clock-skew"));
        assertEquals(1, tickets.list("all", "clock-skew").size(), "one ticket, opened once and resolved once");
        assertFalse(restarted.all().get("edge-1").off());
    }

    /** A page whose clock is {@code skew} off the master's, read with a 10 ms round trip. */
    private static void measure(NodeClocks clocks, Duration skew) {
        Instant answered = Instant.now();
        clocks.correct("edge-1", new Page("edge-1", 0, List.of(), answered.minusMillis(5).plus(skew)),
                answered.minusMillis(10), answered);
    }

    @Test
    void noEventIsDatedAfterTheMasterReceivedItEvenFromAnAgentThatGivesNoClock() {
        Instant answered = Instant.now();
        Page page = new Page("edge-1", 1, List.of(TestFleet.promise(web.id(), "http", true, answered.plus(Duration.ofDays(365)))
                .withSeq(1)));

        Page corrected = clocks.correct("edge-1", page, answered.minusMillis(10), answered);

        assertEquals(answered, corrected.events().get(0).at());
        assertEquals(null, clocks.all().get("edge-1"), "no clock in the page: nothing measured");
    }

    @Test
    void aSkewIsSaidInItsTwoLargestUnits() {
        assertEquals("30 d 1 h behind", ClockSkew.describe(BEHIND.negated().minusSeconds(59)));
        assertEquals("2 min 5 s ahead", ClockSkew.describe(Duration.ofSeconds(125)));
        assertEquals("1 h ahead", ClockSkew.describe(Duration.ofSeconds(3_600 + 7)));
        assertEquals("right", ClockSkew.describe(Duration.ofMillis(-300)));
    }
}
