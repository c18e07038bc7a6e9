package org.hyperedge.agent;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.hyperedge.agent.testing.ReportStream.process;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.hyperedge.agent.client.AgentClient;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent as its own process, killed with -9 and started again on the same data directory. */
class AgentCrashTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final String SLOW_RELEASE = """
            { "id": "test:slow-build", "name": "slow build", "version": "1", "requires": ["python3", "sh"],
              "install": [ { "kind": "run", "command": ["sh", "-c", "echo step; sleep 3; echo built > built.txt"] } ],
              "types": { "default": {
                "ports": ["http"],
                "processes": [ { "name": "http", "command": ["python3", "-m", "http.server", "${port.http}", "--bind", "${ip}",
                                 "--directory", "${software}"] } ],
                "promises": [ { "name": "http-ok", "kind": "http", "target": "http://${ip}:${port.http}/built.txt", "period": 5 } ],
                "connection": { "url": "http://${ip}:${port.http}/built.txt" } } } }
            """;

    @TempDir
    Path dir;
    Path data;
    int firstPort;
    TlsIdentity master;
    DesiredDocuments documents;
    AgentProcess agent;
    AgentClient client;
    String agentFingerprint;
    ReportStream reports;

    @BeforeEach
    void startAgent() throws Exception {
        data = AgentHarness.agentDirectory(dir);
        firstPort = AgentHarness.freePortBase();
        master = AgentHarness.masterIdentity(dir.resolve("master"));
        documents = new DesiredDocuments(firstPort);
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-1.log"));
        client = AgentClient.pair(agent.address, master, agent.pairingCode);
        agentFingerprint = NodeInfoCodec.read(client.get("/v1/node").body()).fingerprint();
        reports = new ReportStream(client);
    }

    @AfterEach
    void destroyEverything() throws Exception {
        try {
            client.put("/v1/desired", documents.document(1_000));
            long deadline = System.nanoTime() + READY.toNanos();
            while (partitionsLeft() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            agent.close();
        }
    }

    @Test
    void killedDuringAnInstallTheRestartedAgentRedoesItAndLosesOrRepeatsNoReport() throws Exception {
        String release = documents.release(SLOW_RELEASE);
        put(1, documents.partition(0, 11, release, "started", DesiredDocuments.parameters()));
        reports.await(READY, e -> e.kind() == Kind.INSTALL && "installing".equals(e.data().path("state").asText()),
                "the install starting");
        long stepDeadline = System.nanoTime() + READY.toNanos();
        while (!stepBegun()) {
            assertTrue(System.nanoTime() < stepDeadline, "the install step begins within " + READY);
            Thread.sleep(20);
        }
        List<ReportEvent> beforeKill = reports.events();

        agent.kill9();
        assertFalse(hasInstalledMarker(), "the install was not finished when the agent was killed");
        restart();

        ReportEvent started = reports.await(READY, instance("p000", "started", true), "the service after the redone install");
        assertEquals("built\n", get(started.data().path("connection").path("url").asText()));
        assertEquals(2, Files.readAllLines(installLog()).size(), "the half-done install ran again from the start");
        assertSameHistory(beforeKill);
    }

    @Test
    void killedWhileServicesRunTheyKeepRunningAndTheRestartedAgentAdoptsThem() throws Exception {
        String web = documents.release("static-web");
        put(1, documents.partition(0, 21, web, "started", DesiredDocuments.parameters("title", "still here")));
        ReportEvent started = reports.await(READY, instance("p000", "started", true), "the web server");
        long pid = reports.currentPid("p000");
        String url = started.data().path("connection").path("url").asText();
        List<ReportEvent> beforeKill = reports.events();

        agent.kill9();
        assertTrue(get(url).contains("still here"), "the service answers while its agent is down");
        restart();

        long afterRestart = reports.await(READY, beforeKill.get(beforeKill.size() - 1).seq(),
                instance("p000", "started", true), "the adopted service reported again").seq();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the same process runs on; reports:\n"
                + reports.describe(0));
        assertTrue(reports.events().stream().noneMatch(e -> e.seq() > beforeKill.get(beforeKill.size() - 1).seq()
                && process("p000", "started").test(e)), "no second process was started:\n" + reports.describe(0));
        assertTrue(afterRestart > 0);
        assertSameHistory(beforeKill);

        put(2, documents.partition(0, 21, web, "destroyed", DesiredDocuments.parameters()));
        reports.await(READY, instance("p000", "destroyed", false), "the destroyed instance");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "an adopted process is stopped too");
    }

    private void restart() throws Exception {
        agent = AgentProcess.start(data, firstPort, dir.resolve("agent-2.log"));
        assertEquals(null, agent.pairingCode, "a restarted agent keeps its paired master");
        client = AgentClient.pinned(agent.address, master, agentFingerprint);
        reports.reconnect(client);
    }

    /** Every event read before the kill is still there with the same number and content; numbers have no gap. */
    private void assertSameHistory(List<ReportEvent> beforeKill) throws Exception {
        List<ReportEvent> all = ReportCodec.readPage(client.get("/v1/reports?after=0&max=5000").body()).events();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).seq(), "sequence numbers run without gaps or repeats");
        }
        for (ReportEvent before : beforeKill) {
            ReportEvent now = all.get((int) before.seq() - 1);
            assertArrayEquals(ReportCodec.payload(before), ReportCodec.payload(now), "event " + before.seq() + " is unchanged");
        }
    }

    private void put(long generation, org.hyperedge.protocol.desired.DesiredState.PartitionState... partitions) throws Exception {
        AgentClient.Response answer = client.put("/v1/desired", documents.document(generation, partitions));
        assertTrue(answer.ok(), answer.text());
    }

    private boolean hasInstalledMarker() throws Exception {
        try (Stream<Path> installs = Files.list(data.resolve("software"))) {
            return installs.anyMatch(p -> p.getFileName().toString().endsWith(".installed"));
        }
    }

    private boolean stepBegun() throws Exception {
        try (Stream<Path> logs = Files.list(data.resolve("software"))) {
            if (logs.noneMatch(p -> p.getFileName().toString().endsWith(".install.log"))) {
                return false;
            }
        }
        return Files.readString(installLog()).contains("step");
    }

    /** The install's output, kept beside its directory across attempts: one "step" line per run of the step. */
    private Path installLog() throws Exception {
        try (Stream<Path> logs = Files.list(data.resolve("software"))) {
            return logs.filter(p -> p.getFileName().toString().endsWith(".install.log")).findFirst().orElseThrow();
        }
    }

    private boolean partitionsLeft() throws Exception {
        try (Stream<Path> partitions = Files.list(data.resolve("partitions"))) {
            return partitions.findAny().isPresent();
        }
    }

    private static String get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
