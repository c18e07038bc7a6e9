package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 2, from the command line: master A federates master B (a real master with its endpoint and a real
 * agent of two partitions); once A synced B, {@code nodes} shows the federated site with its link, its node count,
 * partitions free of all and catalog size, and {@code federation show B} lists B's catalog, marking what only B offers.
 */
class FederatedSiteCommandsTest {

    private static final String ONLY_ON_B = """
            { "id": "test:only-on-b", "name": "only on B", "version": "1", "requires": ["sleep"],
              "types": { "default": { "processes": [ { "name": "idle", "command": ["sleep", "86400"] } ] } } }
            """;

    @TempDir
    Path dir;
    Master masterOfB;
    Connector connectorOfB;
    Process agentOfB;
    String urlOfB;

    /** B with the built-in catalog, a release only it has, its endpoint listening and a real agent adopted. */
    void startB() throws Exception {
        // the agent's partition users enter its data directory through this one
        java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataOfB = dir.resolve("b");
        masterOfB = Master.open(dataOfB);
        masterOfB.catalog().importBuiltIn();
        masterOfB.catalog().importRelease("only-on-b.json", ONLY_ON_B);
        connectorOfB = MasterSite.connector(masterOfB, dataOfB, 1);
        urlOfB = "https://127.0.0.1:" + connectorOfB.listen(EndpointSettings.listen("127.0.0.1", 0));
        int ports = freePort();
        AgentLauncher.Launched agent = AgentLauncher.start(List.of("--data", dir.resolve("b-edge").toString(), "--listen",
                "127.0.0.1:" + freePort(), "--ip", "127.0.0.1", "--name", "b-edge", "--partitions", "2", "--ports",
                ports + "-" + (ports + 19)), dir.resolve("b-edge.log"));
        agentOfB = agent.process();
        connectorOfB.adopt(agent.address(), agent.pairingCode(), "b-site", Map.of());
    }

    @AfterEach
    void stopB() throws Exception {
        if (agentOfB != null) {
            agentOfB.destroy();
            agentOfB.waitFor();
        }
        if (connectorOfB != null) {
            connectorOfB.close();
        }
        if (masterOfB != null) {
            masterOfB.close();
        }
    }

    @Test
    void nodesAndFederationShowTellTheFederatedSitesLinkNodesPartitionsAndCatalogOnceASyncedIt() throws Exception {
        // given: A federated B with the code B printed, and synced it once
        startB();
        Path dataOfA = dir.resolve("a");
        String code = masterOfB.federationInvites().issue(Duration.ofHours(1)).code();
        CliRun added = CliRun.inProcess(dataOfA, "federation", "add", "B", urlOfB, connectorOfB.fingerprint(), code,
                "--as", "A");
        assertEquals(Main.OK, added.code(), added.err());
        CliRun before = CliRun.inProcess(dataOfA, "nodes");
        try (Master masterOfA = Master.open(dataOfA); Connector connectorOfA = MasterSite.connector(masterOfA, dataOfA, 1)) {
            connectorOfA.syncNow("B");
        }

        // when: the operator lists the nodes and shows the site
        CliRun nodes = CliRun.inProcess(dataOfA, "nodes");
        CliRun shown = CliRun.inProcess(dataOfA, "federation", "show", "B");

        // then: before the sync B had told nothing; after it, nodes shows its link, one node, 2/2 free and its catalog
        int releasesOfB = masterOfB.catalog().list().size();
        assertTrue(before.out().contains("federated site B: link not synced yet, last heard never; it has not told its "
                + "nodes and catalog yet"), before.out());
        String row = nodes.out().lines().filter(l -> l.startsWith("B ")).findFirst().orElseThrow();
        assertTrue(row.matches("B\\s+B\\s+federation\\s+\\S+\\s+-\\s+-\\s+2\\s+2\\s.*in sync"), row);
        assertTrue(nodes.out().contains("federated site B: link up, in sync, last heard "), nodes.out());
        assertTrue(nodes.out().contains("; 1 node, 2/2 partitions free, " + releasesOfB + " releases in its catalog (told "),
                nodes.out());

        // and: federation show lists B's catalog, the release only B has marked so
        assertEquals(Main.OK, shown.code(), shown.err());
        String onlyOnB = shown.out().lines().filter(l -> l.startsWith("test:only-on-b")).findFirst().orElseThrow();
        assertTrue(onlyOnB.contains("only-on-b") && onlyOnB.endsWith("only there, delegated"), onlyOnB);
        String h2 = shown.out().lines().filter(l -> l.startsWith("builtin:h2-database")).findFirst().orElseThrow();
        assertTrue(h2.contains("also here"), h2);
        assertEquals(releasesOfB, shown.out().lines().filter(l -> l.endsWith("also here") || l.endsWith("delegated"))
                .count(), shown.out());
    }

    @Test
    void federationShowOfASiteThatIsNoneIsRefusedNamingIt() throws Exception {
        Path dataOfA = dir.resolve("a");
        try (Master masterOfA = Master.open(dataOfA)) {
            masterOfA.federationPeers().add("office", org.hyperedge.master.federation.FederationPeers.Direction.DELEGATES,
                    "cd".repeat(32), null);
        }

        CliRun unknown = CliRun.inProcess(dataOfA, "federation", "show", "nowhere");
        CliRun delegating = CliRun.inProcess(dataOfA, "federation", "show", "office");
        CliRun missing = CliRun.inProcess(dataOfA, "federation", "show");

        assertEquals(Main.REFUSED, unknown.code());
        assertTrue(unknown.err().contains("no federated site 'nowhere' (federation list shows them)"), unknown.err());
        assertEquals(Main.REFUSED, delegating.code());
        assertTrue(delegating.err().contains("'office' delegates to this master"), delegating.err());
        assertEquals(Main.USAGE, missing.code());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
