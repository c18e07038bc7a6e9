package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cuts between master and agents: an agent killed during an install, the connector stopped while services
 * run, the master restarted mid-sync. Afterwards every report is in the master exactly once.
 */
class NetworkFaultsTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final String SLOW_RELEASE = """
            { "id": "test:slow-build", "name": "slow build", "version": "1", "requires": ["python3", "sh"],
              "install": [ { "kind": "run", "command": ["sh", "-c", "echo step; sleep 3; echo built > built.txt"] } ],
              "types": { "default": {
                "ports": ["http"],
                "processes": [ { "name": "http", "command": ["python3", "-m", "http.server", "${port.http}", "--bind", "${ip}",
                                 "--directory", "${software}"] } ],
                "promises": [ { "name": "http-ok", "kind": "http", "target": "http://${ip}:${port.http}/built.txt", "period": 2 } ],
                "connection": { "url": "http://${ip}:${port.http}/built.txt" } } } }
            """;

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
    void anAgentKilledDuringAnInstallConvergesAfterItsRestartAndNoReportIsLostOrIngestedTwice() throws Exception {
        site.catalog.importRelease("slow-build.json", SLOW_RELEASE);
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord slow = site.requests.request(Request.root("slow", "test:slow-build", "default",
                EndToEndTest.parameters()).withSla(Map.of("node", node)));
        awaitNodeEvent(node, "installing");

        site.killAgent("node-a");
        site.startAgent("node-a");

        site.await(slow.id(), "started", true, READY);
        assertExactlyOnce(node);
    }

    @Test
    void aCutConnectorLeavesTheNodeStaleAndEveryReportFromTheCutIsIngestedOnceAfterwards() throws Exception {
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord web = site.requests.request(Request.root("web", "builtin:static-web", "default",
                EndToEndTest.parameters()).withSla(Map.of("node", node)));
        site.await(web.id(), "started", true, READY);
        int beforeCut = site.ingestedSeqs(node).size();

        site.connector.close();
        Instant cut = Instant.now();
        Thread.sleep(6_000);
        NodeLink during = site.master.nodeLinks().find(node).orElseThrow();
        assertTrue(during.lastReportAt().isBefore(cut), "no report arrives during the cut: " + during.lastReportAt());
        assertTrue(Duration.between(during.lastReportAt(), Instant.now()).getSeconds() >= 6, "the staleness is the cut's length");

        site.reconnect();
        site.connector.start(Duration.ofMillis(100));
        List<Long> after = site.awaitIngested(node, beforeCut + 1, READY);

        assertTrue(after.size() > beforeCut, "the usage records written during the cut arrive");
        assertExactlyOnce(node);
    }

    @Test
    void aMasterRestartedMidSyncLosesNothingAndIngestsNothingTwice() throws Exception {
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(50));
        InstanceRecord web = site.requests.request(Request.root("web", "builtin:static-web", "default",
                EndToEndTest.parameters()).withSla(Map.of("node", node)));
        site.await(web.id(), "started", true, READY);

        for (int restart = 0; restart < 3; restart++) {
            Thread.sleep(1_500);
            site.connector.close();
            site.reconnect();
            site.connector.start(Duration.ofMillis(50));
        }
        Thread.sleep(6_000);

        assertExactlyOnce(node);
        assertTrue(site.ingestedSeqs(node).size() > 5);
    }

    /** The master holds seqs 1..cursor, each once: nothing lost, nothing twice. */
    private void assertExactlyOnce(String node) throws Exception {
        long cursor = site.master.nodeLinks().find(node).orElseThrow().reportCursor();
        List<Long> seqs = site.ingestedSeqs(node);
        assertEquals(LongStream.rangeClosed(1, cursor).boxed().toList(), seqs);
    }

    private void awaitNodeEvent(String node, String state) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            boolean seen = site.database.inTransaction(connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM node_event WHERE node_id = ? AND kind = 'install' AND summary LIKE ?")) {
                    query.setString(1, node);
                    query.setString(2, "%\"state\":\"" + state + "\"%");
                    try (var rows = query.executeQuery()) {
                        rows.next();
                        return rows.getLong(1) > 0;
                    }
                }
            });
            if (seen) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no install event '" + state + "' reached the master");
    }
}
