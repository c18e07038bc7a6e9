package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.cli.Main;
import org.hyperedge.connector.AdoptionException;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.view.NodeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 3, for dialled nodes: a node the master reaches at several addresses. Its agent runs in a network
 * namespace of the test's own with two veth links to this one; a link is cut ({@code ip link set ... down}: no reset,
 * only silence) while the master syncs the node every 200 ms, and brought back.
 */
class DialledNodePathsTest {

    private static final Duration READY = Duration.ofSeconds(90);
    /** The goal of issue 18: from a path's cut to a sync over another path. */
    private static final Duration FAILOVER_GOAL = Duration.ofSeconds(3);

    @TempDir
    Path dir;
    TestSite site;
    IsolatedHost host;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        if (host != null) {
            host.close();
        }
        site.close();
    }

    @Test
    void whenThePathInUseIsCutTheNextSyncGoesOverTheOtherWithinThreeSecondsAndTheFirstIsUsedAgainWhenBack()
            throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 for a network namespace");
        // given: an agent on a host with two links, listening on both, adopted with both addresses
        host = IsolatedHost.create();
        IsolatedHost.VethLink first = host.firstLink();
        IsolatedHost.VethLink second = host.addLink();
        Path disk = dir.resolve("edge-p");
        AgentLauncher.Launched agent = host.startAgent(disk, "edge-p", dir.resolve("edge-p.log"),
                List.of("--listen", "0.0.0.0:7443", "--usage-period", "5"));
        String overFirst = first.address() + ":7443";
        String overSecond = second.address() + ":7443";
        String node = site.connector.adopt(List.of(overFirst, overSecond), agent.pairingCode(), "factory", Map.of());
        assertEquals(List.of(overFirst, overSecond), site.master.nodeLinks().find(node).orElseThrow().addresses());
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord one = site.requests.request(Request.root("one", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "One")).withSla(Map.of("node", node)));
        site.await(one.id(), "started", true, READY);
        assertEquals(overFirst, awaitPathInUse(node, overFirst, READY), "synced over the first address while it works");

        // when: the first link dies under the syncs, and work is asked for at once
        long syncsBefore = site.connector.completedSyncs();
        long cut = System.nanoTime();
        host.cut(first);
        InstanceRecord two = site.requests.request(Request.root("two", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Two")).withSla(Map.of("node", node)));

        // then: a sync over the second link completes within 3 s of the cut, and the work is done over it
        while (!overSecond.equals(site.master.nodeLinks().pathsInUse().get(node))
                || site.connector.completedSyncs() == syncsBefore) {
            assertTrue(System.nanoTime() - cut < READY.toNanos(), "no sync over the second link");
            Thread.sleep(10);
        }
        long failoverMs = (System.nanoTime() - cut) / 1_000_000;
        System.out.println("FIGURE dial-out.failover-ms " + failoverMs + " ms lower-is-better");
        assertTrue(failoverMs < FAILOVER_GOAL.toMillis(), "the failover took " + failoverMs + " ms");
        site.await(two.id(), "started", true, READY);
        String failure = site.master.nodeLinks().pathFailures().getOrDefault(node, "");
        assertTrue(failure.startsWith(overFirst + " at "), "the last failure names the dead path: " + failure);
        String nodes = cli("nodes");
        assertTrue(nodes.contains("via " + overSecond + " of " + overFirst + "," + overSecond + "; last failure: "
                + overFirst), "nodes shows the path in use and the last failure:\n" + nodes);
        NodeRow row = site.master.nodeOverview().nodes().stream().filter(n -> n.id().equals(node)).findFirst().orElseThrow();
        assertEquals(overSecond, row.address(), "the Nodes view shows the path in use");

        // and: every event the agent journalled until now is ingested once, none lost, none twice
        List<Long> journalled = JournalFiles.seqs(disk.resolve("journal"));
        assertEquals(1L, journalled.get(0), "the journal still holds its first event (nothing was trimmed)");
        long last = journalled.get(journalled.size() - 1);
        List<Long> ingested = awaitIngestedUpTo(node, last);
        assertEquals(journalled, ingested.stream().filter(seq -> seq <= last).toList(),
                "the master holds what the node journalled, each once");

        // when: the first link comes back
        host.restore(first);
        long restored = System.nanoTime();

        // then: a probe finds it after its backoff, the syncs go over it again, and nothing was lost or doubled
        awaitPathInUse(node, overFirst, Duration.ofSeconds(120));
        System.out.println("FIGURE dial-out.path-back-in-use " + (System.nanoTime() - restored) / 1_000_000
                + " ms lower-is-better");
        List<Long> laterJournalled = JournalFiles.seqs(disk.resolve("journal"));
        long later = laterJournalled.get(laterJournalled.size() - 1);
        List<Long> laterIngested = awaitIngestedUpTo(node, later);
        assertEquals(laterJournalled, laterIngested.stream().filter(seq -> seq <= later).toList(),
                "across both moves, the master holds what the node journalled, each once");
        assertEquals(null, site.master.nodeLinks().find(node).orElseThrow().lastSyncError(), "the node is in sync");
    }

    @Test
    void anAddressListWithAMalformedEntryIsRefusedNamingIt() {
        AdoptionException refused = assertThrows(AdoptionException.class, () -> site.connector.adopt(
                List.of("127.0.0.1:7443", "127.0.0.1"), "0123456789abcdef-abcdefgh", "factory", Map.of()));
        assertEquals("address 2 of 2 '127.0.0.1' is not HOST:PORT with a port from 1 to 65535", refused.getMessage());
        AdoptionException twice = assertThrows(AdoptionException.class, () -> site.connector.adopt(
                List.of("127.0.0.1:7443", "127.0.0.1:7443"), "0123456789abcdef-abcdefgh", "factory", Map.of()));
        assertEquals("address 127.0.0.1:7443 is given twice", twice.getMessage());
        assertTrue(site.master.nodeLinks().all().isEmpty(), "no node was adopted");
    }

    private String awaitPathInUse(String node, String address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String inUse = site.master.nodeLinks().pathsInUse().get(node);
        while (!address.equals(inUse)) {
            assertTrue(System.nanoTime() < deadline, "node " + node + " is not synced over " + address + " within "
                    + timeout + " (it is over " + inUse + ")");
            Thread.sleep(50);
            inUse = site.master.nodeLinks().pathsInUse().get(node);
        }
        return inUse;
    }

    private List<Long> awaitIngestedUpTo(String node, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        List<Long> ingested = site.ingestedSeqs(node);
        while (ingested.isEmpty() || ingested.get(ingested.size() - 1) < seq) {
            assertTrue(System.nanoTime() < deadline, "the master did not ingest up to " + seq + ": " + ingested);
            Thread.sleep(100);
            ingested = site.ingestedSeqs(node);
        }
        return ingested;
    }

    /** What {@code ./hyperedge ARGS} prints on this master's data directory. */
    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--data", site.directory.resolve("master").toString()));
        all.addAll(List.of(args));
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, "./hyperedge " + String.join(" ", args));
        return out.toString(StandardCharsets.UTF_8);
    }
}
