package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.Test;

/** A failing command promise says why in its command's own words: the first line it printed, bounded. */
class CommandPromiseMessageTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @Test
    void aFailingCommandPromiseReportsTheFirstLineItPrinted() throws Exception {
        // given a promise that fails naming what is wrong, then prints more than anyone reads
        String release = harness.release("""
                { "id": "test:says-why", "name": "says why", "version": "1", "types": { "default": {
                  "processes": [ { "name": "main", "command": ["sleep", "100000"] } ],
                  "promises": [ { "name": "backends", "kind": "command", "period": 1, "target":
                    "echo 'backend-2 (10.0.0.2:80) is DOWN' >&2; seq 1 100000; exit 3" } ] } } }
                """);

        // when
        harness.desired(1, harness.partition(0, 1, release, "started", AgentHarness.parameters()));
        ReportEvent failed = harness.reports.await(READY, promise("p000", false), "the failing promise");

        // then
        String message = failed.data().path("message").asText();
        assertTrue(message.endsWith("exited with 3: backend-2 (10.0.0.2:80) is DOWN"), message);
        assertEquals(1, message.lines().count(), message);
    }
}
