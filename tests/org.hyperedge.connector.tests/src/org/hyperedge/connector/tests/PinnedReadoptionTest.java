package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.AdoptionException;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node that still pins this master, which no longer knows it (a master restored from a backup older than the
 * node's adoption, or the node revoked here), is adopted again with no pairing code when its certificate is known
 * beforehand; any other certificate is refused.
 */
class PinnedReadoptionTest {

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
    void aNodeThatStillPinsThisMasterIsAdoptedAgainWithoutACodeAndRunsWhatWaits() throws Exception {
        AgentLauncher.Launched agent = site.startAgent("node-a");
        String node = site.connector.adopt(agent.address(), agent.pairingCode(), "factory", Map.of());
        String fingerprint = site.master.nodeLinks().find(node).map(NodeLink::fingerprint).orElseThrow();
        site.connector.revoke(node);
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord web = site.requests.request(Request.root("after", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Again")));

        String again = site.connector.adoptPinned(agent.address(), fingerprint, "factory", Map.of());

        assertEquals(node, again);
        site.await(web.id(), "started", true, Duration.ofSeconds(60));
    }

    @Test
    void anotherCertificateThanTheOneNamedIsRefused() throws Exception {
        AgentLauncher.Launched agent = site.startAgent("node-a");
        site.connector.adopt(agent.address(), agent.pairingCode(), "factory", Map.of());

        AdoptionException refused = assertThrows(AdoptionException.class,
                () -> site.connector.adoptPinned(agent.address(), "ab".repeat(32), "factory", Map.of()));

        assertTrue(refused.getMessage().contains("is not the one with certificate"), refused.getMessage());
    }
}
