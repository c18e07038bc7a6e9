package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.connector.Connector;
import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: a master backed up while it runs, then lost, is rebuilt from the backup in a new data directory and
 * takes its live node back: no adoption again, its desired state accepted although the lost master had sent the
 * node later generations after the backup, the instance it knew still started, and a new request served.
 */
class MasterRestoreTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final String NODE = "node-a";

    @TempDir
    Path dir;
    private TestSite site;
    private Master restored;
    private Connector restoredConnector;

    @BeforeEach
    void startSite() throws Exception {
        // partition users enter the agent's data directory, below this one
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        site = new TestSite(dir.resolve("site"));
    }

    @AfterEach
    void stopAll() throws Exception {
        if (restoredConnector != null) {
            restoredConnector.close();
        }
        if (restored != null) {
            restored.close();
        }
        site.close();
    }

    @Test
    void aRestoredMasterTakesItsLiveNodeBackWithoutAdoptionAndNoGenerationRefused() throws Exception {
        site.agent(NODE);
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord before = request("before");
        site.await(before.id(), "started", true, READY);
        Path backup = dir.resolve("master.backup");
        site.master.backup(site.directory, site.identity, backup);
        InstanceRecord after = request("after-the-backup");
        site.await(after.id(), "started", true, READY);
        for (int change = 0; change < 3; change++) {
            site.requests.changeState(after.id(), RequestedState.STOPPED);
            site.requests.changeState(after.id(), RequestedState.STARTED);
        }
        long heldByTheNode = awaitHeld(site.master.nodes().generation(NODE));
        site.connector.close(); // the master is lost

        Path data = dir.resolve("restored");
        MasterRestore.Summary summary = MasterRestore.restore(backup, Trust.of(site.identity.fingerprint()), data, false,
                SiteProgress.NONE);
        restored = Master.open(data);
        restoredConnector = new Connector(restored, TlsIdentity.loadOrCreate(data.resolve("master-identity"), "unused"),
                site.artifacts, 4);
        restoredConnector.start(Duration.ofMillis(100));

        assertEquals(1, summary.nodes());
        assertTrue(restored.nodes().generation(NODE) + 4 < heldByTheNode,
                "the restored master's generation is well behind the node's: " + restored.nodes().generation(NODE));
        await(before.id(), "started");
        InstanceRecord afterRestore = restored.requests().request(Request.root("after-the-restore", "builtin:static-web",
                "default", EndToEndTest.parameters("title", "restored")).withSla(Map.of("node", NODE)));
        await(afterRestore.id(), "started");
        assertEquals(restored.nodes().generation(NODE), restoredConnector.nodeInfo(NODE).generation(),
                "the node holds the restored master's desired state");
        assertEquals(site.identity.fingerprint(), TlsIdentity.loadOrCreate(data.resolve("master-identity"), "unused").fingerprint(),
                "the nodes pin the same master identity");
        assertFalse(restored.requests().all().stream().anyMatch(i -> i.title().equals("after-the-backup")),
                "what was requested after the backup is not in the restored master");
        assertTrue(summary.epoch() > 0, "a new epoch: " + summary.epoch());
    }

    @Test
    void aTamperedTruncatedOrForeignBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path backup = dir.resolve("master.backup");
        site.master.backup(site.directory, site.identity, backup);
        Path tampered = copy(backup, "tampered.backup");
        flipAByteInTheMiddle(tampered);
        Path truncated = copy(backup, "truncated.backup");
        try (RandomAccessFile file = new RandomAccessFile(truncated.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        Trust trusted = Trust.of(site.identity.fingerprint());
        Trust someoneElse = Trust.of(TlsIdentity.loadOrCreate(dir.resolve("other-identity"), "other").fingerprint());
        Path data = dir.resolve("restored");

        SiteBundleException altered = assertThrows(SiteBundleException.class,
                () -> MasterRestore.restore(tampered, trusted, data, false, SiteProgress.NONE));
        SiteBundleException cut = assertThrows(SiteBundleException.class,
                () -> MasterRestore.restore(truncated, trusted, data, false, SiteProgress.NONE));
        SiteBundleException foreign = assertThrows(SiteBundleException.class,
                () -> MasterRestore.restore(backup, someoneElse, data, false, SiteProgress.NONE));

        assertTrue(altered.getMessage().contains("altered") || altered.getMessage().contains("damaged"), altered.getMessage());
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
        assertTrue(foreign.getMessage().contains("not by the trusted master"), foreign.getMessage());
        assertFalse(Files.exists(data), "nothing was written");
    }

    @Test
    void aRestoreOntoAMasterRefusesUnlessForcedAndThenKeepsTheOldOneAside() throws Exception {
        Path backup = dir.resolve("master.backup");
        site.master.backup(site.directory, site.identity, backup);
        Path data = dir.resolve("restored");
        MasterRestore.restore(backup, Trust.of(site.identity.fingerprint()), data, false, SiteProgress.NONE);
        byte[] first = Files.readAllBytes(data.resolve("master.mv.db"));

        IOException refused = assertThrows(IOException.class,
                () -> MasterRestore.restore(backup, Trust.of(site.identity.fingerprint()), data, false, SiteProgress.NONE));
        MasterRestore.Summary forced = MasterRestore.restore(backup, Trust.of(site.identity.fingerprint()), data, true,
                SiteProgress.NONE);

        assertTrue(refused.getMessage().contains("already holds a master") && refused.getMessage().contains("--force"),
                refused.getMessage());
        assertTrue(Files.exists(forced.setAside().resolve("master.mv.db")), "the old master is kept aside");
        assertEquals(first.length, Files.size(forced.setAside().resolve("master.mv.db")));
        assertTrue(Files.exists(forced.setAside().resolve("master-identity")));
    }

    private InstanceRecord request(String title) throws Exception {
        return site.requests.request(Request.root(title, "builtin:static-web", "default",
                EndToEndTest.parameters("title", title)).withSla(Map.of("node", NODE)));
    }

    private Reported await(long instanceId, String state) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = restored.instanceReports().find(instanceId).orElseThrow();
            if (state.equals(last.state()) && last.healthy()) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("instance " + instanceId + " did not reach " + state + " on the restored master; last: "
                + last + "; nodes: " + restored.nodeLinks().all());
    }

    /** Waits until the node holds the lost master's latest generation; returns it. */
    private long awaitHeld(long generation) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (site.connector.nodeInfo(NODE).generation() != generation && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(generation, site.connector.nodeInfo(NODE).generation(), "the node took the lost master's changes");
        return generation;
    }

    private Path copy(Path file, String name) throws IOException {
        return Files.copy(file, dir.resolve(name));
    }

    private static void flipAByteInTheMiddle(Path file) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = access.length() / 3;
            access.seek(middle);
            int value = access.read();
            access.seek(middle);
            access.write(value ^ 0xff);
        }
    }
}
