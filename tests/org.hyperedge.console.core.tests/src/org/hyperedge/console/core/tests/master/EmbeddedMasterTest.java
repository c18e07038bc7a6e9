package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.seal.Unsealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's master opened on a data directory, without a display: what the console's views rely on. */
class EmbeddedMasterTest {

    @TempDir
    Path temp;

    @Test
    void aFreshDataDirectoryOpensWithTheBuiltInCatalogImportedOnce() throws Exception {
        Path data = temp.resolve("data");
        int releases;
        try (EmbeddedMaster master = EmbeddedMaster.open(data)) {
            releases = master.catalog().list().size();
            assertTrue(releases > 0, "the built-in catalog is imported on first use");
            assertEquals("Embedded master · " + releases + " releases in the catalog · 0 instances", master.summary());
            assertEquals("no nodes", master.nodeSummary(30));
            assertEquals(data, master.dataDirectory());

            master.requests().request(org.hyperedge.master.request.Request.root("site", "builtin:static-web", "default",
                    new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()));
            assertEquals("Embedded master · " + releases + " releases in the catalog · 1 instance", master.summary());
        }
        try (EmbeddedMaster again = EmbeddedMaster.open(data)) {
            assertEquals(releases, again.catalog().list().size(), "opened again, nothing is imported twice");
        }
    }

    @Test
    void aFederatedSiteIsCountedApartFromTheNodesInTheStatusLine() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            aNodeAndAFederatedSite(master);

            assertEquals("1 node and 1 federated master (2 silent > 30 s) · no report yet", master.nodeSummary(30));
        }
    }

    @Test
    void theStatusLineSaidFromTheFollowedModelsIsTheOneReadFromTheDatabase() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            // given: a node, a federated site and an instance, followed by the console's models
            aNodeAndAFederatedSite(master);
            master.requests().request(org.hyperedge.master.request.Request.root("site", "builtin:static-web", "default",
                    new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()));
            master.followModels();
            assertEquals(master.summary() + " · 1 node and 1 federated master (2 silent > 30 s) · no report yet",
                    master.statusLine(30), "counted from the models as soon as they are followed");

            // when: the node is heard, as a quiet sync writes it (no change told to the console: the models follow it)
            master.services().nodeLinks().heard("edge-1");

            // then: the line said from the models reaches the one read from the database
            String expected = master.summary() + " · 1 node and 1 federated master (1 silent > 30 s) · last report < 15 s ago";
            assertEquals(expected, master.summary() + " · " + master.nodeSummary(30));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!expected.equals(master.statusLine(30)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(expected, master.statusLine(30));
        }
    }

    /** Node edge-1 of site factory, and master B adopted as a federated site. */
    private static void aNodeAndAFederatedSite(EmbeddedMaster master) {
        master.services().nodeLinks().adopt(new org.hyperedge.master.node.NodeSpec("edge-1", "factory", "127.0.0.1:9",
                1000, 1024, 1024, java.util.Map.of(), 2, 20000, 10), "ab".repeat(32));
        master.services().nodeLinks().adopt(new org.hyperedge.master.node.NodeSpec("B", "B", "127.0.0.1:7710", 1000,
                1024, 1024, java.util.Map.of("kind", "federation"), 2, 1024, 1), "cd".repeat(32));
        master.services().federationPeers().add("B", org.hyperedge.master.federation.FederationPeers.Direction.SERVES,
                "cd".repeat(32), "https://127.0.0.1:7710");
    }

    @Test
    void theOperatorKeyIsMadeOnceAndOpensSealedValues() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            assertEquals("no operator key: secrets show as sealed", master.useOperatorKey(null));
            assertSame(Unsealer.NONE, master.unsealer());

            Path key = temp.resolve("config/operator.key");
            String note = master.useOperatorKey(key);
            assertTrue(note.startsWith("operator key "), note);
            assertTrue(Files.exists(key), "the key is made the first time");
            assertNotSame(Unsealer.NONE, master.unsealer());
            assertEquals(note, master.useOperatorKey(key), "the same key is used again, not made anew");
        }
    }

    @Test
    void changesReachTheListenersOnTheCallersThread() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            AtomicInteger told = new AtomicInteger();
            master.onChange(told::incrementAndGet);

            master.changed();
            assertEquals(1, told.get());
            assertEquals(List.of(), master.changeState(List.of(), RequestedState.STOPPED));
            assertEquals(List.of(), master.bang(List.of()));
            assertEquals(3, told.get(), "a state change and a bang tell the views, even when nothing was asked");
        }
    }

    @Test
    void aLogIsTheFirstProcessOfThePlacedInstancesSoftwareType() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            InstanceRow placed = row("orders-db", "edge-1", "p000", "builtin:h2-database");

            assertEquals(master.catalog().find("builtin:h2-database").orElseThrow().types().get("default").processes()
                    .get(0).name(), master.logProcess(placed));
        }
    }

    @Test
    void anInstanceNotPlacedYetHasNoLogAndSaysSo() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            IOException refused = assertThrows(IOException.class,
                    () -> master.logProcess(row("orders-db", null, null, "builtin:h2-database")));

            assertEquals("'orders-db' is not placed on a node yet: it has no log", refused.getMessage());
        }
    }

    /** A line of the Instances view: an instance as placed (or not) on a node. */
    private static InstanceRow row(String title, String node, String partition, String release) {
        return new InstanceRow(1, 1, null, title, release, "default", node, partition, "started", "pending", false, null,
                null, null, null);
    }

    @Test
    void theLocalAgentLivesBesideTheConsolesDataUnlessRunAsRoot() throws Exception {
        Path data = temp.resolve("data");
        Path agent = EmbeddedMaster.localAgentDirectory(data);
        if (AgentOptions.runsAsRoot()) {
            assertEquals(Path.of("/var/lib/hyperedge"), agent.getParent(), "where partition users reach its software");
            assertTrue(agent.getFileName().toString().startsWith("local-agent-"), agent.toString());
            assertEquals(agent, EmbeddedMaster.localAgentDirectory(data), "the same directory every time");
            assertFalse(agent.equals(EmbeddedMaster.localAgentDirectory(temp.resolve("other"))), "one per console");
        } else {
            assertEquals(data.resolve("local-agent"), agent);
        }
    }
}
