package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault 3: a damaged record in an agent's journal costs that record only, said to the master; a wiped
 * journal directory is noticed by the master, which then takes in the node's new reports instead of skipping them.
 */
class JournalFaultsTest {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
        Ticker.importInto(site.catalog);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aBadRecordInTheMiddleOfTheLastSegmentCostsOnlyThatRecordAndTheMasterSaysWhichOne() throws Exception {
        // given: an agent whose last reports the master has not read yet
        String node = site.agent("node-a");
        InstanceRecord ticker = Ticker.request(site.requests, "ticker", node);
        site.connector.start(Duration.ofMillis(100));
        site.await(ticker.id(), "started", true, READY);
        site.connector.close();
        long cursor = site.master.nodeLinks().find(node).orElseThrow().reportCursor();
        Thread.sleep(4_000);
        site.killAgent("node-a");
        List<JournalFiles.Record> unread = JournalFiles.records(journal()).stream().filter(r -> r.seq() > cursor).toList();
        assertTrue(unread.size() >= 6, "reports written while the master did not read: " + unread.size());

        // when: one record in the middle of the last segment is damaged, and the agent and the master carry on
        JournalFiles.Record victim = unread.get(unread.size() / 2);
        List<ReportEvent> after = new ArrayList<>();
        for (JournalFiles.Record record : unread) {
            if (record.seq() > victim.seq()) {
                after.add(ReportCodec.fromPayload(record.seq(), record.payload()));
            }
        }
        JournalFiles.damage(victim);
        site.startAgent("node-a");
        site.reconnect();
        site.connector.start(Duration.ofMillis(100));
        long last = unread.get(unread.size() - 1).seq();
        site.awaitIngested(node, site.ingestedSeqs(node).size() + unread.size() + 1, READY);

        // then: every valid report after the damaged one reaches the master as it was written, under its own number
        Map<Long, String> stored = promiseResults(node);
        for (ReportEvent event : after) {
            if (event.kind() == Kind.PROMISE) {
                assertEquals(event.data().path("name").asText() + " at " + event.at().truncatedTo(ChronoUnit.MILLIS),
                        stored.get(event.seq()),
                        "report " + event.seq() + " is the one the agent wrote before the damage");
            }
        }
        // and the loss is said: which report, by the agent's journal and by the master
        assertEquals("lost", nodeEventKind(node, victim.seq()), "the master notes the missing report");
        String reason = ticketReason("report-loss:" + node);
        assertTrue(reason != null && reason.contains("reports " + victim.seq() + " were lost"), String.valueOf(reason));
        assertTrue(site.ingestedSeqs(node).stream().filter(seq -> seq > last).findFirst().isPresent());
    }

    @Test
    void aWipedJournalDirectoryIsNoticedAndTheNodesNewReportsReachTheMaster() throws Exception {
        // given: a node whose reports the master has read far
        String node = site.agent("node-a");
        InstanceRecord ticker = Ticker.request(site.requests, "ticker", node);
        site.connector.start(Duration.ofMillis(100));
        site.await(ticker.id(), "started", true, READY);
        site.awaitIngested(node, 40, READY);

        // when: its journal directory is wiped while the agent is down, and a stop is requested once it is back
        site.killAgent("node-a");
        try (Stream<Path> files = Files.walk(journal())) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        site.startAgent("node-a");
        site.requests.request(Request.root("ticker", Ticker.RELEASE_ID, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)).withState(RequestedState.STOPPED));

        // then: the stop the node ran shows in the master, and the reset journal is said
        site.await(ticker.id(), "stopped", false, Duration.ofSeconds(30));
        String reason = ticketReason("journal-reset:" + node);
        assertTrue(reason != null && reason.contains("reports of the old journal after"), String.valueOf(reason));
    }

    private Path journal() {
        return dir.resolve("node-a").resolve("journal");
    }

    /** The node's promise results by seq, as "name at instant". */
    private Map<Long, String> promiseResults(String node) {
        return site.database.inTransaction(connection -> {
            Map<Long, String> results = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT seq, name, checked_at FROM promise_result WHERE node_id = ?")) {
                query.setString(1, node);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        results.put(rows.getLong(1), rows.getString(2) + " at "
                                + rows.getObject(3, java.time.OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.MILLIS));
                    }
                }
            }
            return results;
        });
    }

    private String nodeEventKind(String node, long seq) {
        return site.database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT kind FROM node_event WHERE node_id = ? AND seq = ?")) {
                query.setString(1, node);
                query.setLong(2, seq);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    private String ticketReason(String cause) {
        return site.database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT reason FROM ticket WHERE cause = ?")) {
                query.setString(1, cause);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }
}
