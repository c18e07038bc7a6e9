package org.hyperedge.agent.security;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.RootOnly;
import org.hyperedge.agent.testing.Tenant;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant racing the root agent with links, as root would meet it: a process of the partition's user swaps
 * its folders and files for links to a root-only directory in a tight loop while the agent renders the
 * partition's templates again and again, removes a partition, and serves a log. Nothing outside the
 * partition may be created, chmodded, chowned, removed or read.
 */
class SymlinkRaceTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final String RELEASE = """
            { "id": "test:tenant-files", "name": "tenant files", "version": "1",
              "types": { "default": {
                "parameters": { "type": "object" },
                "files": [ { "path": "etc/app.conf", "mode": "0644", "template": "round ${param.round}\\n" },
                           { "path": "log/app.log", "mode": "0644", "template": "a line of round ${param.round}\\n" } ],
                "connection": { "round": "${param.round}" } } } }
            """;

    /**
     * With "folder": swaps etc/ for a link to the root-only folder and back, by renames only (a few microseconds
     * each); with "files": swaps the temporary file in etc/ for a link to the root-only file, again and again.
     */
    private static final String RENDER_RACE = """
            import os, sys, time
            mode, folder, victim, end = sys.argv[1], sys.argv[2], sys.argv[3], time.time() + float(sys.argv[4])
            try: os.symlink(folder, 'etc.link')
            except OSError: pass
            n = 0
            while n % 1000 != 0 or time.time() < end:
                n += 1
                if mode == 'folder':
                    try:
                        os.rename('etc', 'etc.dir')
                        os.rename('etc.link', 'etc')
                        os.rename('etc', 'etc.link')
                        os.rename('etc.dir', 'etc')
                    except OSError:
                        if not os.path.isdir('etc') and os.path.isdir('etc.dir'):
                            try: os.rename('etc.dir', 'etc')
                            except OSError: pass
                        if not os.path.lexists('etc.link'):
                            try: os.symlink(folder, 'etc.link')
                            except OSError: pass
                else:
                    try:
                        if os.path.islink('etc/app.conf'):
                            os.unlink('etc/app.conf')  # a link moved into place: the next render goes on
                        os.symlink(victim, 'etc/.swap')
                        os.rename('etc/.swap', 'etc/.app.conf.he-tmp')
                    except OSError:
                        try: os.unlink('etc/.swap')
                        except OSError: pass
            """;

    /** Keeps a tree/sub/victim in the partition, its folder swapped for a link to the root-only folder and back. */
    private static final String WIPE_RACE = """
            import os, sys, time
            partition, folder, end = sys.argv[1], sys.argv[2], time.time() + float(sys.argv[3])
            tree, sub = partition + '/tree', partition + '/tree/sub'
            while time.time() < end:
                try:
                    os.makedirs(sub, exist_ok=True)
                    open(sub + '/victim', 'w').close()
                    os.rename(sub, sub + '.real')
                    os.symlink(folder, sub)
                except OSError:
                    pass
                time.sleep(0.0002)
                try: os.unlink(sub)
                except OSError: pass
                try: os.rename(sub + '.real', sub)
                except OSError: pass
                time.sleep(0.0002)
            """;

    /** Swaps log/ for a link to the root-only folder, and log/app.log for a link to the root-only file. */
    private static final String LOG_RACE = """
            import os, sys, time
            folder, victim, end = sys.argv[1], sys.argv[2], time.time() + float(sys.argv[3])
            while time.time() < end:
                try:
                    os.rename('log', 'log.real')
                    os.symlink(folder, 'log')
                except OSError:
                    pass
                time.sleep(0.0002)
                try: os.unlink('log')
                except OSError: pass
                try: os.rename('log.real', 'log')
                except OSError: pass
                try:
                    os.rename('log/app.log', 'log/app.log.real')
                    os.symlink(victim, 'log/app.log')
                except OSError:
                    pass
                time.sleep(0.0002)
                try: os.unlink('log/app.log')
                except OSError: pass
                try: os.rename('log/app.log.real', 'log/app.log')
                except OSError: pass
                time.sleep(0.0004)
            """;

    @TempDir
    static Path identities;
    static TlsIdentity master;

    @TempDir
    Path dir;
    AgentHarness harness;
    Process racer;
    Process secondRacer;
    Tenant tenant;

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @BeforeEach
    void startAgent() throws Exception {
        assumeTrue(AgentOptions.runsAsRoot(), "the attacks need a partition user, which only a root agent makes");
        harness = AgentHarness.start(dir, master);
        String release = harness.release(RELEASE);
        harness.desired(1, harness.partition(0, 1101, release, "started", AgentHarness.parameters("round", "0")));
        harness.reports.await(READY, instance("p000", "started", true), "the tenant's instance started");
        tenant = Tenant.of(harness.partitionDirectory(0));
        assertTrue(tenant.uid != 0, "the partition belongs to its own user");
    }

    @AfterEach
    void stop() throws Exception {
        for (Process process : new Process[] { racer, secondRacer }) {
            if (process != null) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void renderingAgainWhileTheTenantSwapsFoldersAndFilesForLinksTouchesNothingOutsideThePartition() throws Exception {
        RootOnly target = RootOnly.create(dir.resolve("root-only"), "app.conf");
        String release = harness.release(RELEASE);

        racer = tenant.python(harness.partitionDirectory(0), dir.resolve("racer.log"), RENDER_RACE, "folder",
                target.directory.toString(), target.file.toString(), "60");
        secondRacer = tenant.python(harness.partitionDirectory(0), dir.resolve("racer-files.log"), RENDER_RACE, "files",
                target.directory.toString(), target.file.toString(), "60");
        int rounds = 0;
        while (rounds < 100 && target.damage() == null) {
            rounds++;
            harness.desired(1 + rounds, harness.partition(0, 1101, release, "started",
                    AgentHarness.parameters("round", Integer.toString(rounds))));
            awaitConverged(1 + rounds);
        }

        assertTrue(racer.isAlive() && secondRacer.isAlive(), "the tenant raced the agent all along");
        assertNull(target.damage(), "the root-only folder after " + rounds + " renders raced by the tenant");
    }

    @Test
    void removingATreeWhoseTenantSwapsFoldersForLinksRemovesNothingOutsideIt() throws Exception {
        RootOnly target = RootOnly.create(dir.resolve("root-only"), "victim");
        // as the partitions' folder is: the agent's, with a tree in it that the tenant owns (what destroy removes)
        Path partitions = Files.createDirectory(dir.resolve("partitions"));
        Path partition = partitions.resolve("p000");

        racer = tenant.python(dir, dir.resolve("racer.log"), WIPE_RACE, partition.toString(), target.directory.toString(), "60");
        int removed = 0;
        for (int round = 0; round < 300; round++) {
            if (!Files.isDirectory(partition)) {
                Files.createDirectory(partition);
                Files.setAttribute(partition, "unix:uid", tenant.uid);
                Files.setAttribute(partition, "unix:gid", tenant.gid);
            }
            Thread.sleep(2); // the tenant fills its partition meanwhile
            try {
                Wipe.tree(partition);
                removed++;
            } catch (IOException | RuntimeException raced) {
                // the tenant may make a removal fail; it may not make it reach outside
            }
        }

        assertTrue(removed > 0, "some removals went through");
        assertNull(target.damage(), "the root-only folder after 300 removals raced by the tenant");
    }

    @Test
    void theLogOfAPartitionIsNeverReadThroughTheTenantsLinks() throws Exception {
        RootOnly target = RootOnly.create(dir.resolve("root-only"), "app.log");
        AgentClient client = harness.client;

        racer = tenant.python(harness.partitionDirectory(0), dir.resolve("racer.log"), LOG_RACE, target.directory.toString(),
                target.file.toString(), "60");
        int served = 0;
        for (int request = 0; request < 120; request++) {
            AgentClient.Response answer = client.get("/v1/partitions/p000/log?file=log/app.log&tail=5");
            assertFalse(answer.text().contains(target.secret), "answer " + request + " gave away the root-only file: "
                    + answer.text());
            served += answer.status() == 200 ? 1 : 0;
        }

        assertTrue(served > 0, "the log itself was served now and then");
        assertNull(target.damage());
        assertEquals(200, client.get("/v1/node").status());
    }

    private void awaitConverged(long generation) throws InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (harness.agent.converger().convergedGeneration() < generation) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("generation " + generation + " not converged within " + READY);
            }
            Thread.sleep(2);
        }
    }
}
