package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.process;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.Test;

/**
 * A linked URL reaches the node as its source published it, past the master's schema: the CDN edge and the load
 * balancer refuse one that would be read as nginx or HAProxy configuration, before the server reads its file.
 */
class EdgeConfigurationInjectionTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @Test
    void theCacheRefusesAnOriginUrlCarryingNginxConfiguration() throws Exception {
        assumeTrue(HostCommands.resolve("nginx").isPresent(), "nginx is not installed on this machine");
        String cdn = harness.release("cdn");

        harness.desired(1, harness.partition(0, 11, cdn, "started",
                AgentHarness.parameters("origin-url", "http://127.0.0.1:9/; } } http { server { listen 127.0.0.1:8;")));

        ReportEvent exited = harness.reports.await(READY, process("p000", "exited"), "the refused start");
        assertTrue(exited.data().path("log").toString().contains("origin-url holds a character nginx's configuration "
                + "would read as syntax"), exited.data().toString());
        assertFalse(Files.exists(harness.partitionDirectory(0).resolve("run/nginx.pid")), "nginx never ran");
    }

    @Test
    void theBalancerRefusesABackendUrlCarryingHaproxyConfiguration() throws Exception {
        assumeTrue(HostCommands.resolve("haproxy").isPresent(), "HAProxy is not installed on this machine");
        String balancer = harness.release("load-balancer");

        harness.desired(1, harness.partition(0, 12, balancer, "started",
                AgentHarness.parameters("backend-1", "http://127.0.0.1:9/\n  stats enable")));

        ReportEvent exited = harness.reports.await(READY, process("p000", "exited"), "the refused start");
        assertTrue(exited.data().path("log").toString().contains("backend-1: ")
                && exited.data().path("log").toString().contains("is not http://HOST:PORT/"), exited.data().toString());
        assertFalse(Files.exists(harness.partitionDirectory(0).resolve("etc/haproxy.cfg")), "no configuration written");
    }
}
