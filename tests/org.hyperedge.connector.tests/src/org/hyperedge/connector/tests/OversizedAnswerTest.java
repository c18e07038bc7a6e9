package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent (or whoever holds its key) answering with more than a call may carry: the master refuses the
 * answer with the limit named, at once, without reading it whole.
 */
class OversizedAnswerTest {

    @TempDir
    Path dir;

    @Test
    void answersLargerThanTheirCallCarriesAreRefusedWithTheLimitNamedAndNeverReadWhole() throws Exception {
        try (TestSite site = new TestSite(dir.resolve("site"), false); AgentDouble agent = AgentDouble.start(dir.resolve("agent"))) {
            String node = site.connector.adopt(agent.address(), agent.pairingCode(), "factory", Map.of());

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                IOException reports = assertThrows(IOException.class, () -> site.connector.syncNow(node));
                assertTrue(reports.getMessage().contains("with more than " + ReportCodec.MAX_PAGE_BYTES + " bytes"),
                        reports.getMessage());
                IOException info = assertThrows(IOException.class, () -> site.connector.nodeInfo(node));
                assertTrue(info.getMessage().contains("with more than " + NodeInfoCodec.MAX_BYTES + " bytes"), info.getMessage());
                IOException log = assertThrows(IOException.class, () -> site.connector.tailLog(node, "p000", "main", 10));
                assertTrue(log.getMessage().contains("with more than " + (2 << 20) + " bytes"), log.getMessage());
            }, "refusing three floods of " + AgentDouble.FLOOD_BYTES + " bytes");
        }
    }
}
