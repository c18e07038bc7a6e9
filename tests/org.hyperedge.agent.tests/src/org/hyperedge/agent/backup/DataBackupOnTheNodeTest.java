package org.hyperedge.agent.backup;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.hyperedge.agent.testing.ReportStream.process;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentProcess;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.agent.testing.ReportStream;
import org.hyperedge.protocol.desired.DesiredState.BackupOrders;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real agent takes a declared data backup when the master's serial grows, keeps it by sha256 and serves it to its
 * master; restores a named backup before reporting a new instance started; refuses a backup file the tenant linked
 * elsewhere (the attack: its backup command links the file to {@code /etc/shadow}).
 */
class DataBackupOnTheNodeTest {

    private static final Duration READY = Duration.ofSeconds(30);
    /** A service that idles, whose backup copies its data file, and whose restore puts it back. */
    private static final String RELEASE = """
            { "id": "test:notes", "name": "notes", "version": "1", "types": { "default": {
                "parameters": { "type": "object", "properties": { "evil": { "type": "string" } } },
                "processes": [ { "name": "idle", "command": ["sh", "-c", "exec sleep 3600"] } ],
                "backup": {
                  "command": ["sh", "-c", "if [ -n \\"$1\\" ]; then ln -s /etc/shadow \\"$HYPEREDGE_BACKUP_FILE\\"; else cat notes.txt > \\"$HYPEREDGE_BACKUP_FILE\\" 2>/dev/null || echo 'first notes' > \\"$HYPEREDGE_BACKUP_FILE\\"; fi", "backup", "${param.evil?}"],
                  "restore": ["sh", "-c", "cat \\"$HYPEREDGE_BACKUP_FILE\\" > notes.txt"] } } } }
            """;

    @TempDir
    Path dir;
    DesiredDocuments documents;
    AgentProcess agent;
    AgentClient client;
    ReportStream reports;
    String release;

    @BeforeEach
    void startAgent() throws Exception {
        int firstPort = AgentHarness.freePortBase();
        documents = new DesiredDocuments(firstPort);
        agent = AgentProcess.start(AgentHarness.agentDirectory(dir), firstPort, dir.resolve("agent.log"));
        client = AgentClient.pair(agent.address, AgentHarness.masterIdentity(dir.resolve("master")), agent.pairingCode);
        reports = new ReportStream(client);
        release = documents.release(RELEASE);
    }

    @AfterEach
    void destroyEverything() throws Exception {
        try {
            client.put("/v1/desired", documents.document(1_000));
            reports.await(READY, instance(reportsOf(), "destroyed", false), "the instance destroyed");
        } finally {
            agent.close();
        }
    }

    @Test
    void aBackupAskedForIsKeptBySha256ServedToTheMasterAndRestoredIntoANewInstanceBeforeItIsStarted() throws Exception {
        // given a running instance, when the master's backup serial grows
        PartitionState notes = documents.partition(0, 41, release, "started", DesiredDocuments.parameters());
        put(1, notes);
        reports.await(READY, instance("p000", "started", true), "the instance started");
        put(2, withBackup(notes, new BackupOrders(1, null, 0)));

        // then the backup is reported with its digest and size, and served by it (nothing else is)
        ReportEvent taken = reports.await(READY, process("p000", "backed-up"), "the backup");
        String sha256 = taken.data().path("sha256").asText();
        assertEquals(sha256("first notes\n"), sha256);
        assertEquals(12, taken.data().path("size").asLong());
        AgentClient.Response served = client.get("/v1/backups/" + sha256);
        assertEquals(200, served.status());
        assertEquals("first notes\n", served.text());
        assertEquals(404, client.get("/v1/backups/" + "0".repeat(64)).status());
        assertEquals(400, client.get("/v1/backups/..%2F..%2Fidentity").status());

        // and a new instance told to restore from it (and one whose backup the node lacks, which waits, naming it)
        PartitionState restored = withBackup(documents.partition(1, 42, release, "started", DesiredDocuments.parameters()),
                new BackupOrders(0, sha256, 12));
        PartitionState missing = withBackup(documents.partition(2, 43, release, "started", DesiredDocuments.parameters()),
                new BackupOrders(0, "ab".repeat(32), 5));
        put(3, withBackup(notes, new BackupOrders(1, null, 0)), restored, missing);
        reports.await(READY, process("p001", "restored"), "the restore");
        reports.await(READY, instance("p001", "started", true), "the restored instance started");
        ReportEvent waiting = reports.await(READY, process("p002", "restore-waiting"), "the wait for the missing file");
        assertEquals("ab".repeat(32), waiting.data().path("missing").get(0).asText());
        assertEquals("first notes\n", Files.readString(AgentHarness.agentDirectory(dir).resolve("partitions")
                .resolve("p001").resolve("notes.txt")));
        reports.poll();
        assertFalse(reports.events().stream().anyMatch(instance("p002", "started", true)), "nothing to restore from, no start");
        put(4, withBackup(notes, new BackupOrders(1, null, 0)), restored);

        // and once the backed-up instance is destroyed, its backups leave the node with it
        put(5, restored);
        reports.await(READY, instance("p000", "destroyed", false), "the backed-up instance destroyed");
        assertEquals(404, client.get("/v1/backups/" + sha256).status());
    }

    @Test
    void aBackupFileTheTenantLinkedElsewhereIsRefusedNotRead() throws Exception {
        // given an instance whose backup command links its file to /etc/shadow
        PartitionState evil = documents.partition(0, 51, release, "started", DesiredDocuments.parameters("evil", "yes"));
        put(1, evil);
        reports.await(READY, instance("p000", "started", true), "the instance started");

        // when a backup is asked for
        put(2, withBackup(evil, new BackupOrders(1, null, 0)));

        // then it fails naming why, and the node keeps nothing it could serve
        ReportEvent failed = reports.await(READY, process("p000", "backup-failed"), "the refusal");
        assertTrue(failed.data().path("reason").asText().contains("no regular file"), failed.data().toString());
        reports.poll();
        assertFalse(reports.events().stream().anyMatch(process("p000", "backed-up")));
        Path kept = AgentHarness.agentDirectory(dir).resolve("private").resolve(".backups");
        try (var files = Files.list(kept)) {
            assertEquals(0, files.count(), "no backup kept");
        }
        assertEquals(404, client.get("/v1/backups/" + sha256(Files.readString(Path.of("/etc/shadow")))).status());
    }

    /** The partition the test's last instance ran in: p001 after the first test, p000 otherwise. */
    private String reportsOf() throws Exception {
        reports.poll();
        return reports.events().stream().anyMatch(instance("p000", "destroyed", false)) ? "p001" : "p000";
    }

    private static PartitionState withBackup(PartitionState p, BackupOrders orders) {
        return new PartitionState(p.reference(), p.firstPort(), p.lastPort(), p.instanceId(), p.title(), p.releaseId(),
                p.softwareType(), p.state(), p.parameters(), p.shared(), p.bang(), p.sealTo(), orders);
    }

    private void put(long generation, PartitionState... partitions) throws Exception {
        AgentClient.Response answer = client.put("/v1/desired", documents.document(generation, partitions));
        assertTrue(answer.ok(), answer.text());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
