package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.monitoring.IngestTickets;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.JournalEpoch;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master follows a node's report journal across epochs: a reset journal is noticed, adopted and said. */
class JournalEpochIngestTest {

    private static final JournalEpoch FIRST = new JournalEpoch("1111aaaa1111aaaa", 1);
    private static final JournalEpoch WIPED = new JournalEpoch("2222bbbb2222bbbb", 1);

    @TempDir
    Path data;

    private TestMaster master;
    private ReportIngest ingest;
    private InstanceRecord db;

    @BeforeEach
    void adoptNode() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000,
                Map.of(), 2, 20000, 10), "ab".repeat(32));
        db = master.requests().request(Request.root("db", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1")));
        ingest = new ReportIngest(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aNewNodesFirstEpochIsTakenInQuietly() {
        ingest.ingest("edge-1", page(FIRST, promise(1), promise(2)));

        assertEquals(FIRST.id(), new NodeLinks(master.database()).find("edge-1").orElseThrow().journalEpoch());
        assertTrue(tickets(IngestTickets.JOURNAL_RESET).isEmpty());
    }

    @Test
    void aJournalStartedAgainIsNoticedSaidAndCountedAfreshWithoutTouchingTheOldRows() {
        ingest.ingest("edge-1", page(FIRST, promise(1), promise(2), promise(3), promise(4), promise(5)));

        ReportIngest.Outcome reset = ingest.ingest("edge-1", page(WIPED, promise(1), promise(2)));
        ReportIngest.Outcome again = ingest.ingest("edge-1", page(WIPED, promise(1), promise(2)));

        assertTrue(reset.journalReset());
        assertEquals(0, reset.cursor(), "the new journal is read from its start");
        assertEquals(2, again.ingested(), "the new journal's first events are not skipped as old ones");
        assertEquals(2, again.cursor());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), ReportIngestTest.seqs(master.database(), "edge-1"),
                "old rows 1-5, the reset noted at 6, the new journal's 1-2 stored as 7-8");
        List<Ticket> resets = tickets(IngestTickets.JOURNAL_RESET);
        assertEquals(1, resets.size());
        assertTrue(resets.get(0).reason().contains("reports of the old journal after 5"), resets.get(0).reason());
        assertEquals(WIPED.id(), new NodeLinks(master.database()).find("edge-1").orElseThrow().journalEpoch());
    }

    @Test
    void aJournalFromBeforeEpochsKeepsItsCountWhenItGetsItsFirstEpoch() {
        ingest.ingest("edge-1", new Page("edge-1", 3, List.of(promise(1), promise(2), promise(3))));

        ReportIngest.Outcome upgraded = ingest.ingest("edge-1", page(new JournalEpoch("3333cccc3333cccc", 4), promise(4)));

        assertFalse(upgraded.journalReset());
        assertEquals(4, upgraded.cursor());
        assertTrue(tickets(IngestTickets.JOURNAL_RESET).isEmpty());
    }

    @Test
    void anAgentWithoutEpochsWhoseNumbersGoBackIsAResetToo() {
        ingest.ingest("edge-1", new Page("edge-1", 5, List.of(promise(1), promise(2), promise(3), promise(4), promise(5))));

        ReportIngest.Outcome reset = ingest.ingest("edge-1", new Page("edge-1", 1, List.of(promise(1))));

        assertTrue(reset.journalReset());
        assertEquals(1, ingest.ingest("edge-1", new Page("edge-1", 1, List.of(promise(1)))).ingested());
    }

    @Test
    void damageTheAgentFoundInItsJournalOpensAReportLossTicket() {
        ReportEvent damage = new ReportEvent(3, Instant.now(), Kind.JOURNAL, null, 0, ReportCodec.JSON.createObjectNode()
                .put("lostFrom", 2).put("lostTo", 2).put("bytes", 170).put("segment", "segment-00000000000000000001.log")
                .put("offset", 40).put("reason", "a checksum that does not match"));

        ingest.ingest("edge-1", page(FIRST, promise(1), damage));

        List<Ticket> lost = tickets(IngestTickets.REPORT_LOSS);
        assertEquals(1, lost.size());
        assertTrue(lost.get(0).reason().contains("report journal of node edge-1 was damaged"), lost.get(0).reason());
        assertTrue(lost.get(0).reason().contains("reports 2 were lost or skipped"), lost.get(0).reason());
    }

    private List<Ticket> tickets(String kind) {
        return new TicketService(master.database()).list("open", kind);
    }

    private ReportEvent promise(long seq) {
        return new ReportEvent(seq, Instant.now(), Kind.PROMISE, "p000", db.id(),
                ReportCodec.JSON.createObjectNode().put("name", "tcp-listening").put("ok", true).put("message", "m"));
    }

    private static Page page(JournalEpoch epoch, ReportEvent... events) {
        return new Page("edge-1", events[events.length - 1].seq(), List.of(events), epoch);
    }
}
