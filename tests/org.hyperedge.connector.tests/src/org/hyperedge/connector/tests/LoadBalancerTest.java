package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in HAProxy load balancer in front of two linked web servers on real agents. */
class LoadBalancerTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(90);


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("haproxy").isPresent(),
                "HAProxy is not installed on this machine: sudo apt-get install -y --no-install-recommends haproxy");
        site = new TestSite(dir);
    }

    @Test
    void requestsThroughTheBalancerReachBothBackendsAndAStoppedBackendIsNamedByTheFailingPromise() throws Exception {
        // given: two web servers on two nodes, and a balancer linked to both, requested by their short names
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord backendA = site.requests.request(Request.root("web-a", "static-web", "default",
                EndToEndTest.parameters("title", "Backend A")).withSla(Map.of("node", nodeA)));
        InstanceRecord backendB = site.requests.request(new Request("web-b", "static-web", "default",
                EndToEndTest.parameters("title", "Backend B"), Map.of("node", nodeB), RequestedState.STARTED, false,
                backendA.id()));
        InstanceRecord balancer = site.requests.request(new Request("balancer", "load-balancer", "default",
                EndToEndTest.parameters(), Map.of("node", nodeA), RequestedState.STARTED, false, backendA.id())
                .withLinks(Map.of("backend-1", new ParameterLink("web-a", "url"), "backend-2", new ParameterLink("web-b", "url"))));

        // when: its promises pass (among them: every backend healthy), and requests go through it until both answered
        // (at most 40 in 10 s: a health check that times out on a loaded machine takes a backend out for a moment)
        Reported started = site.await(balancer.id(), "started", true, READY);
        String url = ReportCodec.JSON.readTree(started.connectionJson()).path("url").asText();
        Set<String> pages = new TreeSet<>();
        Set<String> backends = new TreeSet<>();
        for (int i = 0; i < 40 && !(pages.contains("A") && pages.contains("B")); i++) {
            if (i > 0) {
                Thread.sleep(250);
            }
            HttpAnswer answer = HttpAnswer.get(url);
            pages.add(answer.body().contains("<h1>Backend A</h1>") ? "A" : answer.body().contains("<h1>Backend B</h1>") ? "B"
                    : answer.body());
            backends.add(answer.backend());
        }

        // then: both backends answered, each named in the answer's X-Backend header
        assertEquals("builtin:load-balancer", balancer.releaseId());
        assertEquals(Set.of("A", "B"), pages, () -> "HAProxy's view of its backends after 40 requests: "
                + PromiseResults.last(site, balancer.id(), "backends-healthy").message());
        assertEquals(Set.of("backend-1", "backend-2"), backends);
        assertEquals(Boolean.TRUE, PromiseResults.last(site, balancer.id(), "backends-healthy").ok());

        // when: the second backend stops
        site.requests.changeState(backendB.id(), RequestedState.STOPPED);

        // then: the promise fails naming it, the balancer is unhealthy, and its requests all go to the first
        PromiseResults.Result failing = PromiseResults.await(site, balancer.id(), "backends-healthy",
                r -> Boolean.FALSE.equals(r.ok()), READY);
        assertTrue(failing.message().contains(": backend-2 (127.0.0.1:") && failing.message().contains(") is DOWN"),
                failing.message());
        assertTrue(!failing.message().contains("backend-1 ("), "the healthy backend is not named: " + failing.message());
        site.await(balancer.id(), "started", false, READY);
        for (int i = 0; i < 3; i++) {
            assertEquals("backend-1", HttpAnswer.get(url).backend());
        }
    }
}
