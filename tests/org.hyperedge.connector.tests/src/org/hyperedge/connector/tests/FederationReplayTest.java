package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.hyperedge.connector.tests.PeerCall.Answer;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.Test;


/**
 * Issue 20, item 4, bad input: what travels between two masters arrives again or late (a retry after a lost answer, a
 * stale copy on the wire). Each is acknowledged, so its sender moves on, and none is applied twice: a desired state
 * older than the one B applied leaves B's instance as the newer one asked; an acknowledgement B took already changes
 * nothing, one of a seq B never gave is refused; a report page of B that A ingested already is skipped.
 */
class FederationReplayTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);

    @Test
    void aReplayedOrOvertakenBatchBetweenTheMastersIsAcknowledgedWithoutBeingAppliedTwice() throws Exception {
        // given: an H2 server A delegated to B, started; A's desired state for B of that moment kept, as a stale copy
        b.agent("b-edge");
        aFederatesB();
        a.connector.start(Duration.ofMillis(200));
        b.connector.start(Duration.ofMillis(200));
        InstanceRecord db = a.requests.request(Request.root("db1", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("site", "B")));
        a.await(db.id(), "started", true, READY);
        byte[] whileStarted = DesiredStateCodec.write(a.master.desiredStates().compute("B"));
        long onB = b.master.delegatedInstances().of("A").get(0).instanceId();

        // and: then stopped from A, on B too; A's syncs end, so only this test speaks for A from here on
        a.requests.changeState(db.id(), RequestedState.STOPPED);
        b.await(onB, "stopped", false, READY);
        a.await(db.id(), "stopped", false, READY);
        a.connector.close();

        // when: the stale desired state (started) reaches B again
        Answer replayed = asA("PUT", "/v1/desired", whileStarted);

        // then: acknowledged, not applied: B still asks its agent to keep the instance stopped
        assertEquals(200, replayed.status(), replayed.body());
        assertFalse(replayed.json().path("applied").asBoolean(true), replayed.body());
        assertTrue(replayed.json().path("why").asText().contains("not newer"), replayed.body());
        assertEquals(RequestedState.STOPPED, requestedStateOnB(onB));
        Thread.sleep(1_000); // two of B's sync periods: its agent would have started it again
        assertEquals("stopped", b.reports.find(onB).orElseThrow().state());

        // when: A reads B's journal (something B said since A's last acknowledgement: usage, every 5 s), ingests it,
        // and the same page arrives again (its acknowledgement was lost, and A read it again)
        ReportCodec.Page first = awaitUnacknowledgedPage();
        ReportIngest ingest = a.master.reportIngest();
        ReportIngest.Outcome once = ingest.ingest("B", first);
        ReportIngest.Outcome again = ingest.ingest("B", first);

        // then: the page is ingested once, its replay skipped whole, and no report of B is stored twice on A
        assertTrue(once.ingested() > 0, "B's page was not ingested: " + once);
        assertEquals(first.events().size(), once.ingested() + once.skipped(), once.toString());
        assertEquals(0, again.ingested(), "a replayed page of B was ingested again: " + again);
        assertEquals(first.events().size(), again.skipped(), "the replayed page was not skipped whole: " + again);
        assertEquals(a.ingestedSeqs("B").stream().distinct().count(), a.ingestedSeqs("B").size(),
                "a report of B stored twice on A: " + a.ingestedSeqs("B"));

        // when: A acknowledges the page, then the same acknowledgement arrives again, then one of a seq never given
        String epoch = first.epoch().id();
        Answer acknowledged = asA("POST", "/v1/reports/ack", ReportCodec.ack(first.last(), epoch));
        Answer ackAgain = asA("POST", "/v1/reports/ack", ReportCodec.ack(first.last(), epoch));
        Answer ackBeyond = asA("POST", "/v1/reports/ack", ReportCodec.ack(first.last() + 1_000, epoch));

        // then: the first forgets the events on B, the replay is acknowledged and changes nothing, the last is refused
        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertEquals(200, ackAgain.status(), ackAgain.body());
        assertTrue(ackAgain.json().path("already").asBoolean(), ackAgain.body());
        assertEquals(409, ackBeyond.status(), ackBeyond.body());
        assertTrue(ackBeyond.body().contains("beyond the last"), ackBeyond.body());
        ReportCodec.Page after = ReportCodec.readPage(asA("GET", "/v1/reports?after=0&max=1000", null).bytes());
        assertTrue(after.events().stream().allMatch(event -> event.seq() > first.last()),
                "B serves again what A acknowledged: " + after.events());
        assertEquals(epoch, after.epoch().id(), "B's journal toward A changed its epoch");
    }

    /** A page of B's journal toward A holding events A did not ingest yet (B's agent reports usage every 5 s). */
    private ReportCodec.Page awaitUnacknowledgedPage() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            ReportCodec.Page page = ReportCodec.readPage(asA("GET", "/v1/reports?after=0&max=1000", null).bytes());
            long cursor = a.master.nodeLinks().find("B").orElseThrow().reportCursor();
            if (page.events().stream().anyMatch(event -> event.seq() > cursor)) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("B said nothing new toward A within 20 s");
    }

    private RequestedState requestedStateOnB(long instanceId) {
        return b.requests.all().stream().filter(r -> r.id() == instanceId).findFirst().orElseThrow().requestedState();
    }

    /** One call to B's endpoint with A's certificate, over mutual TLS, B's certificate pinned. */
    private Answer asA(String method, String path, byte[] body) throws Exception {
        return PeerCall.call(a, b, urlOfB, method, path, body);
    }
}
