package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promise that keeps passing the same way is journalled once per heartbeat, not at every check: an idle node's
 * services give its master nothing to ingest and its consoles nothing to redraw. A failure is journalled at the
 * check that saw it, and at every check after it (a ticket counts failures in a row), and so is the recovery.
 */
class PromiseHeartbeatTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final String RELEASE = """
            { "id": "test:steady", "name": "steady", "version": "1", "types": { "default": {
              "files": [ { "path": "alive", "template": "yes\\n", "mode": "0644" } ],
              "processes": [ { "name": "idle", "command": ["sleep", "100000"] } ],
              "promises": [ { "name": "alive", "kind": "file", "target": "alive", "period": 1 } ] } } }
            """;

    @TempDir
    static Path identities;
    static TlsIdentity master;

    @TempDir
    Path dir;
    AgentHarness harness;

    @BeforeAll
    static void masterIdentity() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @AfterEach
    void stopAgent() throws Exception {
        harness.close();
    }

    @Test
    void aPromiseThatKeepsPassingIsJournalledOnceYetAFailureAtOnceAndAtEveryCheck() throws Exception {
        // given: an agent whose heartbeat is an hour, and a started service whose promise passed
        harness = AgentHarness.start(dir, master, "--promise-heartbeat", "3600");
        harness.desired(1, harness.partition(0, 1, harness.release(RELEASE), "started", AgentHarness.parameters()));
        ReportEvent passed = harness.reports.await(READY, promise("p000", true), "the promise passing");

        // when: five more periods go by with the service as it was
        Thread.sleep(5_500);
        harness.reports.poll();

        // then: nothing more about the promise was journalled
        assertEquals(List.of(), promiseEvents(passed.seq()), "promise results after the first pass");

        // when: the service breaks
        Path alive = harness.partitionDirectory(0).resolve("alive");
        Files.delete(alive);

        // then: the failure is journalled within a period or two, and again at the next check
        ReportEvent failed = harness.reports.await(Duration.ofSeconds(3), passed.seq(), promise("p000", false),
                "the promise failing");
        harness.reports.await(Duration.ofSeconds(3), failed.seq(), promise("p000", false), "the promise failing again");

        // and when it is mended, the pass is journalled at once
        Files.writeString(alive, "yes\n");
        harness.reports.await(Duration.ofSeconds(3), failed.seq(), promise("p000", true), "the promise passing again");
    }

    @Test
    void aPromiseThatKeepsPassingIsJournalledAgainAfterTheHeartbeat() throws Exception {
        // given: an agent whose heartbeat is 3 s, and a started service whose promise passed
        harness = AgentHarness.start(dir, master, "--promise-heartbeat", "3");
        harness.desired(1, harness.partition(0, 1, harness.release(RELEASE), "started", AgentHarness.parameters()));
        ReportEvent passed = harness.reports.await(READY, promise("p000", true), "the promise passing");

        // when: seven more periods go by with the service as it was
        Thread.sleep(7_500);
        harness.reports.poll();

        // then: the pass was journalled again about every 3 s, not at each of the 7 checks
        int repeated = promiseEvents(passed.seq()).size();
        assertTrue(repeated >= 1 && repeated <= 3, "passes journalled again in 7.5 s: " + repeated);
    }

    private List<ReportEvent> promiseEvents(long afterSeq) {
        return harness.reports.events().stream().filter(e -> e.seq() > afterSeq && e.kind() == Kind.PROMISE).toList();
    }
}
