package org.hyperedge.agent.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentProcess;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.agent.testing.ProcFigures;
import org.hyperedge.agent.testing.ReportStream;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 4 of issue 15: after a {@code kill -9} of the agent its first usage record held the service's whole
 * CPU history again, and the instance time metered in memory was lost. The service here burns a known amount
 * of CPU across the kill; what is billed is compared with what the kernel says the process used.
 */
class UsageAcrossRestartsTest {

    private static final Duration READY = Duration.ofSeconds(30);
    /**
     * Holds 32 MiB (so its resident size hardly moves), burns 3.5 s of CPU at half a core (about 7 s), marks
     * the end, then sleeps: its CPU then stays put.
     */
    private static final String BURNER = """
            { "id": "test:cpu-burner", "name": "cpu burner", "version": "1", "requires": ["python3"],
              "types": { "default": {
                "processes": [ { "name": "burn", "command": ["python3", "-c",
                  "import time\\nheld = bytearray(b'x' * (32 << 20))\\nwhile time.process_time() < 3.5:\\n    t = time.perf_counter()\\n    while time.perf_counter() - t < 0.05:\\n        pass\\n    time.sleep(0.05)\\nopen('burned', 'w').write('done')\\nwhile True:\\n    time.sleep(3600)\\n"] } ] } } }
            """;

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
    void aKill9MidPeriodBillsTheCpuMemoryAndTimeTheServiceUsedOnceWithinOnePercent() throws Exception {
        Path data = AgentHarness.agentDirectory(dir);
        int firstPort = AgentHarness.freePortBase();
        TlsIdentity master = AgentHarness.masterIdentity(dir.resolve("master"));
        DesiredDocuments documents = new DesiredDocuments(firstPort);
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-1.log"), "--usage-period", "5");
        AgentClient client = AgentClient.pair(agent.address, master, agent.pairingCode);
        String fingerprint = NodeInfoCodec.read(client.get("/v1/node").body()).fingerprint();
        ReportStream reports = new ReportStream(client);
        String burner = documents.release(BURNER);
        Instant requested = Instant.now();
        assertTrue(client.put("/v1/desired", documents.document(1, documents.partition(0, 41, burner, "started",
                DesiredDocuments.parameters()))).ok());
        Instant accepted = Instant.now();
        long pid = reports.currentPid("p000");
        reports.await(READY, e -> e.kind() == Kind.USAGE && e.data().path("cpuSeconds").asDouble() > 0,
                "a first usage record with CPU in it");

        // given the agent killed in the middle of a usage period, while the service burns CPU
        Thread.sleep(1_000);
        agent.kill9();
        Thread.sleep(2_000);
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-2.log"), "--usage-period", "5");
        client = AgentClient.pinned(agent.address, master, fingerprint);
        reports.reconnect(client);

        // when the service has finished burning, a usage record covers that, and the instance is destroyed
        Path burned = data.resolve("partitions").resolve("p000").resolve("burned");
        long deadline = System.nanoTime() + READY.toNanos();
        while (!Files.exists(burned) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(burned), "the service finished burning");
        Instant burnedAt = Instant.now();
        reports.await(READY, e -> e.kind() == Kind.USAGE && Instant.parse(e.data().path("to").asText()).isAfter(burnedAt),
                "a usage record of the restarted agent after the burn");
        ProcFigures used = ProcFigures.of(pid);
        assertTrue(client.put("/v1/desired", documents.document(2, documents.partition(0, 41, burner, "destroyed",
                DesiredDocuments.parameters()))).ok());
        Instant ended = awaitEnd(pid);
        ReportEvent last = reports.await(READY, e -> e.kind() == Kind.USAGE && e.data().path("final").asBoolean(),
                "the final usage record");

        // then the records follow each other without gap or overlap and add up to what the process used
        List<ReportEvent> usage = reports.events().stream().filter(e -> e.kind() == Kind.USAGE).toList();
        for (int i = 1; i < usage.size(); i++) {
            assertEquals(usage.get(i - 1).data().path("to").asText(), usage.get(i).data().path("from").asText(),
                    "record " + i + " starts where the one before ended:\n" + reports.describe(0));
        }
        double cpu = usage.stream().mapToDouble(e -> e.data().path("cpuSeconds").asDouble()).sum();
        assertWithinOnePercent(used.cpuSeconds(), cpu, "CPU seconds billed against /proc's", reports);
        double hours = usage.stream().mapToDouble(e -> e.data().path("instanceHours").asDouble()).sum();
        Instant end = Instant.parse(last.data().path("to").asText());
        double existed = Duration.between(accepted, end).toMillis() / 3_600_000.0;
        assertWithinOnePercent(existed, hours, "instance hours billed against the instance's life, from the agent "
                + "taking it to its destruction", reports);
        assertTrue(hours * 3_600_000 <= Duration.between(requested, end).toMillis(), "no time before it was asked for");
        assertTrue(hours * 3_600_000 >= Duration.between(used.started(), end).toMillis(), "its process's life is in it");
        double memory = usage.stream().mapToDouble(e -> e.data().path("memoryMbHours").asDouble()).sum();
        double ran = Duration.between(used.started(), ended).toMillis() / 3_600_000.0;
        assertWithinOnePercent(used.residentMb() * ran, memory, "memory MB-hours against its resident size while it ran",
                reports);
    }

    /** When the process ended (a destroy stops it), to a few hundredths of a second. */
    private static Instant awaitEnd(long pid) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (ProcFigures.running(pid)) {
            assertTrue(System.nanoTime() < deadline, "the destroyed service's process ended");
            Thread.sleep(20);
        }
        return Instant.now();
    }

    private static void assertWithinOnePercent(double expected, double billed, String what, ReportStream reports) {
        assertTrue(Math.abs(billed - expected) <= expected * 0.01, what + ": billed " + billed + ", used " + expected
                + "\n" + reports.describe(0));
    }
}
