package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.monitoring.IngestTickets;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.InstanceReports;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reports reach the master's tables once each, in order, and only for what the reporting node hosts. */
class ReportIngestTest {

    @TempDir
    Path data;

    private TestMaster master;
    private ReportIngest ingest;
    private InstanceRecord database;

    @BeforeEach
    void adoptNodeAndPlaceAnInstance() throws Exception {
        master = TestMaster.open(data);
        NodeLinks links = new NodeLinks(master.database());
        links.adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000, Map.of(), 2, 20000, 10), "ab".repeat(32));
        links.adopt(new NodeSpec("edge-2", "factory", "127.0.0.2:7443", 2000, 4096, 10_000, Map.of(), 2, 21000, 10), "cd".repeat(32));
        database = master.requests().request(Request.root("db", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1")));
        ingest = new ReportIngest(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void anInstanceReportSetsItsStateHealthAndConnectionParameters() {
        ingest.ingest("edge-1", page("edge-1", started(1, database.id())));

        InstanceReports.Reported reported = new InstanceReports(master.database()).find(database.id()).orElseThrow();
        assertEquals("started", reported.state());
        assertTrue(reported.healthy());
        assertTrue(reported.connectionJson().contains("jdbc:h2:tcp://127.0.0.1:20000/main"), reported.connectionJson());
    }

    @Test
    void aReplayedPageChangesNothingAndEveryEventIsStoredOnce() {
        Page page = page("edge-1", started(1, database.id()), promise(2, database.id(), false), promise(3, database.id(), true),
                usage(4, database.id()));

        ReportIngest.Outcome first = ingest.ingest("edge-1", page);
        ReportIngest.Outcome replay = ingest.ingest("edge-1", page);

        assertEquals(4, first.ingested());
        assertEquals(0, replay.ingested());
        assertEquals(4, replay.skipped());
        assertEquals(4, replay.cursor());
        assertEquals(List.of(1L, 2L, 3L, 4L), seqs(master.database(), "edge-1"));
    }

    @Test
    void aGapTheAgentCannotFillIsRecordedAsLostWithATicketAndIngestCarriesOn() {
        ingest.ingest("edge-1", page("edge-1", started(1, database.id())));

        ReportIngest.Outcome outcome = ingest.ingest("edge-1",
                page("edge-1", promise(2, database.id(), true), promise(5, database.id(), true)));

        assertEquals(2, outcome.ingested());
        assertEquals(5, outcome.cursor(), "the node is not refused: its later reports keep coming");
        assertEquals(List.of(1L, 2L, 3L, 5L), seqs(master.database(), "edge-1"), "3 is the master's note of 3-4 lost");
        List<Ticket> lost = new TicketService(master.database()).list("open", IngestTickets.REPORT_LOSS);
        assertEquals(1, lost.size());
        assertTrue(lost.get(0).reason().startsWith("reports 3-4 of node edge-1 "), lost.get(0).reason());
    }

    @Test
    void aNodeCannotReportAboutAnInstanceItDoesNotHost() {
        ingest.ingest("edge-2", page("edge-2", started(1, database.id())));

        assertFalse("started".equals(new InstanceReports(master.database()).find(database.id()).orElseThrow().state()));
        assertEquals(List.of(1L), seqs(master.database(), "edge-2"), "kept as a refused event, and the cursor moves on");
        assertThrows(IllegalArgumentException.class, () -> ingest.ingest("edge-1", page("edge-2", started(1, database.id()))));
    }

    @Test
    void aPartitionComesFreeOnlyWhenItsNodeConfirmsTheDestroy() throws Exception {
        master.requests().request(Request.root("db", "builtin:h2-database", "default", ReportCodec.JSON.createObjectNode())
                .withState(org.hyperedge.model.RequestedState.DESTROYED));
        int freeBefore = freePartitions("edge-1");

        ReportIngest.Outcome outcome = ingest.ingest("edge-1", page("edge-1", destroyed(1, database.id())));

        assertEquals(1, outcome.freedPartitions());
        assertEquals(freeBefore + 1, freePartitions("edge-1"));
        assertFalse(master.requests().find(database.treeId(), "db").orElseThrow().placed());
    }

    @Test
    void usageIsBilledForAnInstanceItsNodeRanEvenAfterTheDestroyButNeverForOneItDidNotHost() throws Exception {
        ingest.ingest("edge-1", page("edge-1", started(1, database.id())));
        master.requests().request(Request.root("db", "builtin:h2-database", "default", ReportCodec.JSON.createObjectNode())
                .withState(org.hyperedge.model.RequestedState.DESTROYED));

        ingest.ingest("edge-1", page("edge-1", destroyed(2, database.id()), usage(3, database.id())));
        ingest.ingest("edge-2", page("edge-2", usage(1, database.id())));

        assertEquals(1, usageRows(), "the final usage from the node that ran it counts; the other node's is refused");
        assertEquals(List.of(1L), seqs(master.database(), "edge-2"), "kept as a refused event");
    }

    @Test
    void usageAFederatedMasterForwardsAgainIsBookedOnceAndAMalformedSourceIsRefusedNamingIt() {
        // given: usage record 7 of the serving master's node b-edge, forwarded and booked
        ingest.ingest("edge-1", page("edge-1", started(1, database.id()), forwarded(2, database.id(), "b-edge:7")));

        // when: it comes again (as after the serving master's restart), with an older one, a newer one, and one whose
        // source names no record
        ingest.ingest("edge-1", page("edge-1", forwarded(3, database.id(), "b-edge:7"), forwarded(4, database.id(), "b-edge:5"),
                forwarded(5, database.id(), "b-edge:8"), forwarded(6, database.id(), "b-edge")));

        // then: 7 and 8 are booked, once each; the others are kept as node events saying why not
        assertEquals(2, usageRows());
        List<String> notBooked = summaries("edge-1");
        assertEquals(3, notBooked.size(), notBooked.toString());
        assertTrue(notBooked.get(0).contains("b-edge:7 was booked already"), notBooked.get(0));
        assertTrue(notBooked.get(1).contains("b-edge:5 was booked already"), notBooked.get(1));
        assertTrue(notBooked.get(2).contains("names its source 'b-edge', not NODE:SEQ"), notBooked.get(2));
    }

    private List<String> summaries(String node) {
        return master.database().inTransaction(connection -> {
            List<String> found = new java.util.ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT summary FROM node_event WHERE node_id = ? AND kind = 'usage' ORDER BY seq")) {
                query.setString(1, node);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
    }

    static ReportEvent forwarded(long seq, long instance, String source) {
        ReportEvent usage = usage(seq, instance);
        usage.data().put(org.hyperedge.master.federation.ForwardedUsage.FIELD, source);
        return usage;
    }

    private int usageRows() {
        return master.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM usage_record");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    private int freePartitions(String node) {
        return master.nodes().list().stream().filter(n -> n.id().equals(node)).findFirst().orElseThrow().freePartitions();
    }

    static ReportEvent destroyed(long seq, long instance) {
        return new ReportEvent(seq, Instant.now(), Kind.INSTANCE, "p000", instance,
                ReportCodec.JSON.createObjectNode().put("state", "destroyed").put("healthy", false));
    }

    static Page page(String node, ReportEvent... events) {
        return new Page(node, events[events.length - 1].seq(), List.of(events));
    }

    static ReportEvent started(long seq, long instance) {
        ObjectNode data = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);
        data.putObject("connection").put("url", "jdbc:h2:tcp://127.0.0.1:20000/main");
        return new ReportEvent(seq, Instant.now(), Kind.INSTANCE, "p000", instance, data);
    }

    static ReportEvent promise(long seq, long instance, boolean ok) {
        return new ReportEvent(seq, Instant.now(), Kind.PROMISE, "p000", instance,
                ReportCodec.JSON.createObjectNode().put("name", "tcp-listening").put("ok", ok).put("message", "m"));
    }

    static ReportEvent usage(long seq, long instance) {
        return new ReportEvent(seq, Instant.now(), Kind.USAGE, "p000", instance, ReportCodec.JSON.createObjectNode()
                .put("from", Instant.now().minusSeconds(60).toString()).put("to", Instant.now().toString())
                .put("cpuSeconds", 1.25).put("memoryMbHours", 2.5).put("diskMbHours", 0.1).put("instanceHours", 0.016667));
    }

    /** Every stored event's seq for the node, across the tables events land in. */
    static List<Long> seqs(Database database, String node) {
        return database.inTransaction(connection -> {
            List<Long> seqs = new java.util.ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM (SELECT node_id, seq FROM node_event "
                    + "UNION ALL SELECT node_id, seq FROM promise_result UNION ALL SELECT node_id, seq FROM usage_record) e "
                    + "WHERE node_id = ? ORDER BY seq")) {
                query.setString(1, node);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
            }
            return seqs;
        });
    }
}
