package org.hyperedge.agent;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.hyperedge.agent.testing.ReportStream.process;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentProcess;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.agent.testing.ReportStream;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's bang (a grown bang serial in the desired state) re-processes a running instance, once. */
class BangTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    DesiredDocuments documents;
    AgentProcess agent;
    AgentClient client;
    ReportStream reports;

    @BeforeEach
    void startAgent() throws Exception {
        int firstPort = AgentHarness.freePortBase();
        documents = new DesiredDocuments(firstPort);
        agent = AgentProcess.start(AgentHarness.agentDirectory(dir), firstPort, dir.resolve("agent.log"));
        client = AgentClient.pair(agent.address, AgentHarness.masterIdentity(dir.resolve("master")), agent.pairingCode);
        reports = new ReportStream(client);
    }

    @AfterEach
    void destroyEverything() throws Exception {
        try {
            client.put("/v1/desired", documents.document(1_000));
            reports.await(READY, instance("p000", "destroyed", false), "the instance destroyed");
        } finally {
            agent.close();
        }
    }

    @Test
    void aGrownBangSerialRestartsTheServiceFromItsFilesOnce() throws Exception {
        String web = documents.release("static-web");
        PartitionState site = documents.partition(0, 41, web, "started", DesiredDocuments.parameters("title", "bang me"));
        put(1, site);
        reports.await(READY, instance("p000", "started", true), "the web server started");
        long before = reports.currentPid("p000");

        put(2, withBang(site, 1));
        long bangSeq = reports.await(READY, process("p000", "bang"), "the bang").seq();
        long restartedSeq = reports.await(READY, bangSeq, instance("p000", "started", true),
                "the web server started again").seq();
        long after = reports.currentPid("p000");
        put(3, withBang(site, 1));
        // a parameter change restarts the service by itself: once it shows, generation 3 was converged too
        put(4, withBang(documents.partition(0, 41, web, "started", DesiredDocuments.parameters("title", "changed")), 1));
        reports.await(READY, restartedSeq, process("p000", "started"), "the restart for the changed title");

        assertNotEquals(before, after, "a new process serves the instance");
        assertFalse(ProcessHandle.of(before).map(ProcessHandle::isAlive).orElse(false), "the old process ended");
        reports.poll();
        assertEquals(1, reports.events().stream().filter(process("p000", "bang")).count(),
                "the same serial again is no new bang:\n" + reports.describe(0));
    }

    private static PartitionState withBang(PartitionState p, long bang) {
        return new PartitionState(p.reference(), p.firstPort(), p.lastPort(), p.instanceId(), p.title(), p.releaseId(),
                p.softwareType(), p.state(), p.parameters(), p.shared(), bang);
    }

    private void put(long generation, PartitionState... partitions) throws Exception {
        AgentClient.Response answer = client.put("/v1/desired", documents.document(generation, partitions));
        assertTrue(answer.ok(), answer.text());
    }
}
