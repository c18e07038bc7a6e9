package org.hyperedge.agent.faults;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.journal.JournalFullException;
import org.hyperedge.agent.journal.ReportJournal;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentProcess;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.agent.testing.ReportStream;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 5 of issue 15: with its journal full the agent holds the latest states, counts the results it
 * drops and keeps accumulating usage, but a restart lost all three. Here the journal (2 MiB, the smallest
 * {@code --journal-limit}) is full of reports no master took, an instance runs, is checked every second and
 * is destroyed; then the agent is killed with -9, started again, and a master finally reads everything.
 */
class FullJournalRestartTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final String LIMIT = "2M";

    @TempDir
    Path dir;
    AgentProcess agent;

    @AfterEach
    void stopAgent() throws Exception {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void heldStatesTheDroppedCountAndUsageSurviveAKill9OfAnAgentWithAFullJournal() throws Exception {
        Path data = AgentHarness.agentDirectory(dir);
        int firstPort = AgentHarness.freePortBase();
        TlsIdentity master = AgentHarness.masterIdentity(dir.resolve("master"));
        DesiredDocuments documents = new DesiredDocuments(firstPort);
        long backlog = fillJournal(data.resolve("journal"));
        Path checks = checksLog();
        String checked = documents.release("""
                { "id": "test:checked", "name": "checked every second", "version": "1", "requires": ["python3", "sh"],
                  "types": { "default": {
                    "processes": [ { "name": "idle", "command": ["python3", "-c", "import time\\nwhile True:\\n    time.sleep(1)\\n"] } ],
                    "promises": [ { "name": "counted", "kind": "command", "target": "echo run >> %s", "period": 1 } ] } } }
                """.formatted(checks));
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-1.log"), "--usage-period", "5",
                "--journal-limit", LIMIT);
        AgentClient client = AgentClient.pair(agent.address, master, agent.pairingCode);
        String fingerprint = NodeInfoCodec.read(client.get("/v1/node").body()).fingerprint();

        // given an instance that ran, was checked and was destroyed while no master read the full journal
        Instant requested = Instant.now();
        assertTrue(client.put("/v1/desired", documents.document(1, documents.partition(0, 51, checked, "started",
                DesiredDocuments.parameters()))).ok());
        awaitLines(checks, 6);
        assertTrue(client.put("/v1/desired", documents.document(2, documents.partition(0, 51, checked, "destroyed",
                DesiredDocuments.parameters()))).ok());
        awaitGone(data.resolve("partitions").resolve("p000"));
        Instant destroyed = Instant.now();
        long runs = Files.readAllLines(checks).size();

        // when the agent is killed, started again, and a master reads and acknowledges everything
        agent.kill9();
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-2.log"), "--usage-period", "5",
                "--journal-limit", LIMIT);
        ReportStream reports = new ReportStream(AgentClient.pinned(agent.address, master, fingerprint));
        drain(reports);

        // then the destroyed state, every check (written or counted) and the instance's whole usage arrive
        List<ReportEvent> events = reports.events().stream().filter(e -> e.seq() > backlog).toList();
        String seen = reports.describe(backlog);
        assertTrue(events.stream().anyMatch(instance("p000", "destroyed", false)), "the held destroyed state:\n" + seen);
        // every check that ran and the process's start (a sample too) are either reported or counted as dropped
        long samples = runs + 1;
        long written = events.stream().filter(e -> e.kind() == Kind.PROMISE || e.kind() == Kind.PROCESS).count();
        long dropped = events.stream().filter(e -> e.kind() == Kind.DROPPED)
                .mapToLong(e -> e.data().path("promiseResults").asLong()).sum();
        assertTrue(dropped > 0, "the journal was full: results were dropped and counted:\n" + seen);
        // a check the destroy cut between running and being reported is the only one that may be missing
        assertTrue(written + dropped == samples || written + dropped == samples - 1, runs + " checks ran and the process "
                + "started; " + written + " reported and " + dropped + " counted as dropped:\n" + seen);
        List<ReportEvent> usage = events.stream().filter(e -> e.kind() == Kind.USAGE && e.instanceId() == 51).toList();
        assertTrue(!usage.isEmpty() && usage.get(usage.size() - 1).data().path("final").asBoolean(),
                "the final usage record:\n" + seen);
        for (int i = 1; i < usage.size(); i++) {
            assertEquals(usage.get(i - 1).data().path("to").asText(), usage.get(i).data().path("from").asText(), seen);
        }
        Instant from = Instant.parse(usage.get(0).data().path("from").asText());
        Instant to = Instant.parse(usage.get(usage.size() - 1).data().path("to").asText());
        assertTrue(Duration.between(requested, from).abs().toMillis() < 1_000, "usage starts with the instance: " + from);
        assertTrue(Duration.between(to, destroyed).toMillis() >= 0 && Duration.between(to, destroyed).toMillis() < 5_000,
                "and ends with its destruction: " + to);
    }

    /** Fills the agent's journal, before it ever starts, with reports a master never took: it is full. */
    private static long fillJournal(Path journalDirectory) throws Exception {
        Files.createDirectories(journalDirectory);
        long last = 0;
        try (ReportJournal journal = ReportJournal.open(journalDirectory, 256 << 10, 2L << 20)) {
            for (int size : new int[] { 4_000, 10 }) { // big reports, then small ones to the brim
                try {
                    while (true) {
                        ReportEvent backlog = new ReportEvent(0, Instant.now(), Kind.PROCESS, null, 0,
                                ReportCodec.JSON.createObjectNode().put("event", "backlog").put("padding", "x".repeat(size)));
                        last = journal.append(ReportCodec.payload(backlog));
                    }
                } catch (JournalFullException full) {
                    // the next, smaller size fills what is left
                }
            }
        }
        return last;
    }

    /** A file the promise's command (run as the partition's user) appends a line to at every check. */
    private Path checksLog() throws Exception {
        Path checks = dir.resolve("checks");
        Files.createDirectories(checks);
        Files.setPosixFilePermissions(checks, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path log = checks.resolve("checks.log");
        Files.createFile(log);
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
        return log;
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (Files.readAllLines(file).size() < lines) {
            assertTrue(System.nanoTime() < deadline, "the promise ran fewer than " + lines + " times");
            Thread.sleep(100);
        }
    }

    private static void awaitGone(Path partition) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (Files.exists(partition)) {
            assertTrue(System.nanoTime() < deadline, "the partition was not destroyed");
            Thread.sleep(100);
        }
    }

    /** Reads and acknowledges page after page until nothing new comes for two seconds. */
    private static void drain(ReportStream reports) throws Exception {
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() - quietSince < 2_000_000_000L && System.nanoTime() < deadline) {
            if (!reports.pollAndAcknowledge().isEmpty()) {
                quietSince = System.nanoTime();
            }
            Thread.sleep(100);
        }
    }
}
