package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.Connector;
import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, rebuild after years: the master is lost and its node wiped; from the master's backup and its exported
 * software cache alone, on a new data directory, the master is rebuilt and reinstalls the node, which lives in a
 * network namespace with no route anywhere but to the master: everything it installs comes from the restored cache.
 */
class OfflineRebuildTest {

    private static final Duration READY = Duration.ofSeconds(90);
    private static final String NODE = "node-a";

    @TempDir
    Path dir;
    private TestSite site;
    private IsolatedHost host;
    private Master restored;
    private Connector restoredConnector;

    @BeforeEach
    void isolatedHost() throws Exception {
        assumeTrue(IsolatedHost.possible(), "needs root and iproute2 to make a network namespace");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        site = new TestSite(dir.resolve("office"));
        host = IsolatedHost.create();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (restoredConnector != null) {
            restoredConnector.close();
        }
        if (restored != null) {
            restored.close();
        }
        if (site != null) {
            site.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aMasterRebuiltFromItsBackupAndCacheDirectoryReinstallsAWipedNodeWithNoNetwork() throws Exception {
        AgentLauncher.Launched first = startAgent("first");
        site.connector.adopt(first.address(), first.pairingCode(), "factory", Map.of());
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord orders = site.requests.request(Request.root("orders-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "orders")).withSla(Map.of("node", NODE)));
        site.await(orders.id(), "started", true, READY);
        Path backup = dir.resolve("office.backup");
        site.master.backup(site.directory, site.identity, backup);
        Path carried = dir.resolve("carried-cache");
        site.artifacts.exportTo(carried);

        // everything is lost: the master, and the node's whole disk
        site.connector.close();
        host.powerOff();
        first.process().waitFor();
        wipe(dir.resolve("agent-first"));

        Path data = dir.resolve("rebuilt");
        MasterRestore.restore(backup, Trust.of(site.identity.fingerprint()), data, false, SiteProgress.NONE);
        ArtifactCache cache = new ArtifactCache(data.resolve("cache"));
        ArtifactCache.Imported imported = cache.importFrom(carried);
        restored = Master.open(data);
        restoredConnector = new Connector(restored, TlsIdentity.loadOrCreate(data.resolve("master-identity"), "unused"),
                cache, 4);
        AgentLauncher.Launched reinstalled = startAgent("reinstalled");
        restoredConnector.adopt(reinstalled.address(), reinstalled.pairingCode(), "factory", Map.of());
        restoredConnector.start(Duration.ofMillis(100));

        Reported running = await(orders.id());
        assertEquals("started", running.state());
        assertEquals(List.of(), imported.refused());
        assertFalse(host.routes().contains("default"), "the node has no route out: " + host.routes());
        assertEquals(List.of(), wipedSoftware(dir.resolve("agent-first")), "the first disk stayed wiped");
    }

    private AgentLauncher.Launched startAgent(String disk) throws Exception {
        return host.startAgent(dir.resolve("agent-" + disk), NODE, dir.resolve("agent-" + disk + ".log"));
    }

    private Reported await(long instanceId) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = restored.instanceReports().find(instanceId).orElseThrow();
            if ("started".equals(last.state()) && last.healthy()) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the rebuilt master's instance did not start again within " + READY + "; last: " + last
                + "; nodes: " + restored.nodeLinks().all());
    }

    private static void wipe(Path disk) throws Exception {
        new ProcessBuilder("rm", "-rf", disk.toString()).start().waitFor();
    }

    private static List<Path> wipedSoftware(Path disk) throws Exception {
        if (!Files.exists(disk)) {
            return List.of();
        }
        try (Stream<Path> left = Files.list(disk)) {
            return left.toList();
        }
    }
}
