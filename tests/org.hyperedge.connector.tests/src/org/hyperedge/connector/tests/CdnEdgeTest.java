package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in HTTP cache (CDN edge) in front of a linked origin, on a real agent: the second request is a cache hit. */
class CdnEdgeTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(90);


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("nginx").isPresent() && HostCommands.resolve("curl").isPresent(),
                "nginx or curl is not installed on this machine: sudo apt-get install -y --no-install-recommends nginx-light curl");
        site = new TestSite(dir);
    }

    @Test
    void theCacheInFrontOfALinkedOriginServesTheSecondRequestFromItsCache() throws Exception {
        // given: an origin web server and a cache linked to its URL, requested by their short names
        String node = site.agent("edge");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord origin = site.requests.request(Request.root("origin", "static-web", "default",
                EndToEndTest.parameters("title", "Line 3 catalogue")).withSla(Map.of("node", node)));
        InstanceRecord edge = site.requests.request(new Request("edge", "cdn", "default", EndToEndTest.parameters(),
                Map.of("node", node), RequestedState.STARTED, false, origin.id())
                .withLinks(Map.of("origin-url", new ParameterLink("origin", "url"))));

        // when: its promises pass (among them: a second request is served from the cache)
        Reported cache = site.await(edge.id(), "started", true, READY);
        String originUrl = ReportCodec.JSON.readTree(site.await(origin.id(), "started", true, READY).connectionJson())
                .path("url").asText();
        String url = ReportCodec.JSON.readTree(cache.connectionJson()).path("url").asText();
        HttpAnswer first = HttpAnswer.get(url + "index.html?first-visit");
        HttpAnswer second = HttpAnswer.get(url + "index.html?first-visit");

        // then: a page asked for the first time comes from the origin, the second time from the cache
        assertEquals("builtin:cdn", edge.releaseId());
        assertTrue(!url.equals(originUrl) && url.startsWith("http://127.0.0.1:"), url + " is the cache's own address");
        assertEquals("MISS", first.cacheStatus());
        assertEquals("HIT", second.cacheStatus());
        assertTrue(second.body().contains("<h1>Line 3 catalogue</h1>"), second.body());
        assertEquals(HttpAnswer.get(originUrl).body(), second.body(), "the cache serves the origin's page as it is");
        assertEquals(Boolean.TRUE, PromiseResults.last(site, edge.id(), "second-request-cached").ok());
    }
}
