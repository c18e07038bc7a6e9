package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tickets open by themselves where the data arrives and on the periodic check, once per cause, and heal by themselves. */
class MonitoringTicketsTest {

    @TempDir
    Path data;

    private TestMaster master;
    private TestFleet fleet;
    private TicketService tickets;
    private InstanceRecord web;

    @BeforeEach
    void placeAnInstanceOnAnAdoptedNode() throws Exception {
        master = TestMaster.open(data);
        fleet = new TestFleet(master);
        fleet.adopt("edge-1");
        web = fleet.place("edge-1", "shop");
        tickets = new TicketService(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aPromiseFailingMoreThanThreeChecksOpensOneTicketAndItsFirstSuccessResolvesIt() {
        Instant start = Instant.now().minusSeconds(600);
        fleet.report("edge-1", failures(web.id(), start, 3));
        assertEquals(List.of(), promiseTickets("open"), "three failures in a row are within the policy");

        fleet.report("edge-1", failures(web.id(), start.plusSeconds(300), 5));
        assertEquals(1, promiseTickets("open").size(), "one ticket for the cause, not one per failed check");
        Ticket open = promiseTickets("open").get(0);
        assertEquals("promise", open.kind());
        assertEquals("promise 'tcp-listening' failed more than 3 checks in a row: connection refused", open.reason());

        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "tcp-listening", true, start.plusSeconds(590))));

        assertEquals(List.of(), promiseTickets("open"));
        Ticket resolved = tickets.find(open.id()).orElseThrow();
        assertEquals("resolved", resolved.state());
        assertEquals(List.of("opened", "resolved"),
                resolved.history().stream().map(Ticket.Event::action).toList(), "the history is kept");
    }

    @Test
    void instanceHealthIsDerivedFromTheLatestResultOfEachPromise() {
        Instant at = Instant.parse("2026-11-20T12:00:00Z"); // mid-day: every check in one day's bucket
        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "tcp-listening", true, at),
                TestFleet.promise(web.id(), "http-ok", false, at)));
        MonitoringQueries monitoring = new MonitoringQueries(master.database());
        MonitoringQueries.InstanceHealth failing = monitoring.instanceHealth().get(0);
        assertEquals(2, failing.promises());
        assertEquals(1, failing.failing());
        assertFalse(failing.healthy());

        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "http-ok", true, at.plusSeconds(30))));

        assertTrue(monitoring.instanceHealth().get(0).healthy());
        assertEquals(2.0 / 3, monitoring.promiseSuccess(at.minusSeconds(3600), at.plusSeconds(3600), Duration.ofDays(1))
                .get("shop").stream().mapToDouble(MonitoringQueries.Point::value).sum(), 1e-9,
                "2 of the 3 checks passed");
    }

    @Test
    void aSilentNodeOpensOneTicketOnThePeriodicCheckAndReportingAgainResolvesIt() {
        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "tcp-listening", true, Instant.now())));
        PeriodicChecks later = checksAt(Instant.now().plus(Duration.ofMinutes(6)));

        assertEquals(1, later.check().silentNodes());
        assertEquals(1, later.check().silentNodes());
        List<Ticket> silent = tickets.list("open", "node-silent");
        assertEquals(1, silent.size(), "one ticket, however many checks find the node silent");
        assertEquals("node edge-1", silent.get(0).subject());

        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "tcp-listening", true, Instant.now())));

        assertEquals(List.of(), tickets.list("open", "node-silent"));
        assertEquals("resolved", tickets.find(silent.get(0).id()).orElseThrow().state());
        assertEquals(0, checksAt(Instant.now()).check().silentNodes());
    }

    @Test
    void anInstallErrorOpensATicketAndTheReleaseInstalledResolvesIt() {
        fleet.report("edge-1", List.of(TestFleet.install("builtin:nginx", "failed", "host command 'nginx' not found")));
        fleet.report("edge-1", List.of(TestFleet.install("builtin:nginx", "failed", "host command 'nginx' not found")));

        List<Ticket> install = tickets.list("open", "install");
        assertEquals(1, install.size());
        assertTrue(install.get(0).reason().contains("host command 'nginx' not found"), install.get(0).reason());

        fleet.report("edge-1", List.of(TestFleet.install("builtin:nginx", "installed", null)));

        assertEquals(List.of(), tickets.list("open", "install"));
    }

    @Test
    void anAllocationThatCannotBeSatisfiedHasOneOpenTicket() throws Exception {
        master.requests().request(org.hyperedge.master.request.Request.root("nowhere", "builtin:h2-database", "default",
                org.hyperedge.protocol.report.ReportCodec.JSON.createObjectNode()).withSla(java.util.Map.of("node", "edge-9")));

        List<Ticket> allocation = tickets.list("open", "allocation");
        assertEquals(1, allocation.size());
        assertTrue(allocation.get(0).reason().startsWith("cannot be placed"), allocation.get(0).reason());
    }

    @Test
    void retentionDeletesOldPromiseResultsButKeepsEachPromisesLatestState() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        fleet.report("edge-1", List.of(TestFleet.promise(web.id(), "tcp-listening", false, old)));
        assertEquals(0, checksAt(Instant.now()).check().purged().promiseResults(),
                "a result is kept while it reached the master within the retention age, whatever the node's clock said");

        PeriodicChecks.Outcome outcome = checksAt(Instant.now().plus(Duration.ofDays(31))).check();

        assertEquals(1, outcome.purged().promiseResults());
        MonitoringQueries.InstanceHealth health = new MonitoringQueries(master.database()).instanceHealth().get(0);
        assertEquals(1, health.failing(), "the latest state of the promise outlives its history");
    }

    private PeriodicChecks checksAt(Instant now) {
        return new PeriodicChecks(master.database(), new MonitoringPolicy(3, Duration.ofMinutes(5), Duration.ofDays(30),
                Duration.ofDays(90)), Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<Ticket> promiseTickets(String state) {
        return tickets.list(state, "promise");
    }

    private static List<ReportEvent> failures(long instance, Instant from, int count) {
        List<ReportEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(TestFleet.promise(instance, "tcp-listening", false, from.plusSeconds(60L * i)));
        }
        return events;
    }
}
