package org.hyperedge.agent.security;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.Eventually;
import org.hyperedge.agent.testing.Tenant;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant that leaves something behind: a child that left the service's session and process group
 * ({@code setsid}, a double fork) and keeps sleeping, and a file in /tmp. Destroying the instance must end
 * every process of the partition's user, remove what it owns (its System V IPC objects too) and the user
 * itself, and the partition's next tenant must get an account of its own (not the destroyed one's: a spare made
 * ahead, or a user made then) whose uid owns nothing: no process, no file.
 */
class LeftoverTenantTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    static Path identities;
    static TlsIdentity master;

    @TempDir
    Path dir;
    AgentHarness harness;
    final Set<Integer> uids = new HashSet<>();
    Path leftover;

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @BeforeEach
    void startAgent() throws Exception {
        assumeTrue(AgentOptions.runsAsRoot(), "partition users exist only when the agent runs as root");
        harness = AgentHarness.start(dir, master);
        leftover = Path.of("/tmp", "he-leftover-" + UUID.randomUUID());
    }

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
        for (int uid : uids) {
            Tenant.killAll(uid); // nothing of a failed run stays behind
        }
        if (leftover != null) {
            Files.deleteIfExists(leftover);
        }
    }

    @Test
    void destroyEndsEveryProcessOfTheTenantRemovesItsUserAndTheNextTenantGetsAUidThatOwnsNothing() throws Exception {
        String leaver = harness.release("""
                { "id": "test:leaver", "name": "leaver", "version": "1", "types": { "default": {
                  "processes": [ { "name": "main", "command": ["sh", "-c",
                    "(setsid sleep 100000 &); touch %s; exec sleep 100000"] } ] } } }
                """.formatted(leftover));
        String next = harness.release("""
                { "id": "test:next-tenant", "name": "next", "version": "1", "types": { "default": {
                  "processes": [ { "name": "main", "command": ["sleep", "100000"] } ] } } }
                """);
        harness.desired(1, harness.partition(0, 1201, leaver, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the first tenant started");
        int first = Tenant.of(harness.partitionDirectory(0)).uid;
        uids.add(first);
        String firstUser = Tenant.userName(first).orElseThrow();
        Eventually.holds(READY, () -> Tenant.processes(first).size() >= 2 && Files.exists(leftover), "the service and its setsid child");

        harness.desired(2, harness.partition(0, 1201, leaver, "destroyed", AgentHarness.parameters()));
        long destroyed = harness.reports.await(READY, instance("p000", "destroyed", false), "the first tenant destroyed").seq();

        assertEquals(List.of(), Tenant.processes(first), "processes of the destroyed tenant's uid " + first);
        assertFalse(Tenant.userExists(firstUser), "user " + firstUser + " is removed");
        assertFalse(Files.exists(leftover), "the file the tenant left in /tmp is removed");

        harness.desired(3, harness.partition(0, 1202, next, "started", AgentHarness.parameters()));
        harness.reports.await(READY, destroyed, instance("p000", "started", true), "the next tenant started");
        int second = Tenant.of(harness.partitionDirectory(0)).uid;
        uids.add(second);
        // the partition's accounts are not named after it: the destroyed one's name is never given again
        assertNotEquals(firstUser, Tenant.userName(second).orElseThrow(), "the next tenant's account is not the destroyed one's");
        assertFalse(Tenant.userExists(firstUser), "user " + firstUser + " is still removed");
        long service = harness.reports.currentPid("p000");
        List<Long> others = new ArrayList<>(Tenant.processes(second));
        others.remove(service);
        assertEquals(List.of(), others, "processes of uid " + second + " besides the new service");
        assertEquals(List.of(), Tenant.ownedInSharedDirectories(second).stream().filter(p -> !p.startsWith(harness.data)).toList(),
                "files of uid " + second + " in /tmp and its kin, besides its partition");
    }

    @Test
    void destroyRemovesTheSystemVSharedMemorySemaphoresAndQueuesTheTenantMade() throws Exception {
        String ipc = harness.release("""
                { "id": "test:ipc-maker", "name": "ipc maker", "version": "1", "types": { "default": {
                  "processes": [ { "name": "main", "command": ["perl", "-e",
                    "defined(shmget(0, 4096, 0600 | 01000)) && defined(semget(0, 1, 0600 | 01000)) && defined(msgget(0, 0600 | 01000)) or die $!; exec 'sleep', '100000'"] } ] } } }
                """);
        harness.desired(1, harness.partition(0, 1203, ipc, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the tenant started");
        int uid = Tenant.of(harness.partitionDirectory(0)).uid;
        uids.add(uid);
        Eventually.holds(READY, () -> ipcObjects(uid).size() >= 3, "the tenant's shared memory segment, semaphore set and message queue");

        harness.desired(2, harness.partition(0, 1203, ipc, "destroyed", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "destroyed", false), "the tenant destroyed");

        assertEquals(List.of(), ipcObjects(uid), "System V IPC objects of the destroyed tenant's uid " + uid);
    }

    /** "TABLE ID" of each System V IPC object whose owner is {@code uid}, from /proc/sysvipc. */
    private static List<String> ipcObjects(int uid) throws Exception {
        List<String> objects = new ArrayList<>();
        for (String table : List.of("shm", "sem", "msg")) {
            List<String> lines = Files.readAllLines(Path.of("/proc/sysvipc", table));
            List<String> header = List.of(lines.get(0).trim().split("\\s+"));
            int owner = header.indexOf("uid");
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (String.valueOf(uid).equals(fields[owner])) {
                    objects.add(table + " " + fields[1]);
                }
            }
        }
        return objects;
    }
}
