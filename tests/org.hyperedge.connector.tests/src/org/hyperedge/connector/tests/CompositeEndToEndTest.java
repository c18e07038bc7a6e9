package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A composite service with a chain of three links, requested as one tree, runs on real agents: each dependent
 * starts once its source published the URL it takes, and serves it.
 */
class CompositeEndToEndTest {

    private static final Duration READY = Duration.ofSeconds(90);
    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aChainOfThreeLinkedServicesOnTwoAgentsReachesStartedAndEachServesWhatItsSourcePublished() throws Exception {
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));
        // historian (H2, node A) → dashboard (static web, node B) → portal (static web, node A), listed dependents first
        CompositeService chain = MODEL.createCompositeService();
        chain.setName("line 3");
        chain.getNodes().addAll(List.of(node("portal", "builtin:static-web", nodeA, "title", "Line 3 portal"),
                node("dashboard", "builtin:static-web", nodeB, "title", "Line 3 dashboard"),
                node("historian", "builtin:h2-database", nodeA, "database", "historian")));
        link(chain, "historian", "url", "dashboard", "database-url");
        link(chain, "dashboard", "url", "portal", "link-url");
        CompositeRequests composites = site.master.composites();

        CompositeOrder order = composites.request(chain, "line-3");

        Reported historian = site.await(order.instances().get("historian").id(), "started", true, READY);
        Reported dashboard = site.await(order.instances().get("dashboard").id(), "started", true, READY);
        Reported portal = site.await(order.instances().get("portal").id(), "started", true, READY);
        String databaseUrl = url(historian);
        String dashboardUrl = url(dashboard);
        assertTrue(databaseUrl.startsWith("jdbc:h2:tcp://127.0.0.1:") && databaseUrl.endsWith("/historian"), databaseUrl);
        String dashboardPage = EndToEndTest.get(dashboardUrl);
        assertTrue(dashboardPage.contains("<dd id=\"database-url\">" + databaseUrl + "</dd>"), dashboardPage);
        String portalPage = EndToEndTest.get(url(portal));
        assertTrue(portalPage.contains("<a href=\"" + dashboardUrl + "\">"), portalPage);
        Map<String, InstanceRecord> live = composites.instances(composites.findTree("line-3").orElseThrow());
        assertEquals(List.of("historian", "dashboard", "portal"), List.copyOf(live.keySet()));
        assertTrue(live.values().stream().allMatch(i -> "started".equals(i.reportedState()) && i.healthy()), live.toString());
        assertEquals(nodeB, live.get("dashboard").nodeId());
    }

    @Test
    void theShippedWebAndDatabaseCompositeRunsAndItsPageShowsTheDatabaseItIsLinkedTo() throws Exception {
        site.agent("node-a");
        site.connector.start(Duration.ofMillis(200));
        Path file = dir.resolve("web-and-database.composite");
        try (var in = org.osgi.framework.FrameworkUtil.getBundle(CompositeService.class)
                .getEntry("catalog/composites/web-and-database.composite").openStream()) {
            java.nio.file.Files.copy(in, file);
        }
        CompositeRequests composites = site.master.composites();

        CompositeOrder order = composites.request(org.hyperedge.model.resource.ModelResources.loadComposite(file), "shop");

        String databaseUrl = url(site.await(order.instances().get("database").id(), "started", true, READY));
        String page = EndToEndTest.get(url(site.await(order.instances().get("web").id(), "started", true, READY)));
        assertTrue(page.contains("<dd id=\"database-url\">" + databaseUrl + "</dd>"), page);
        assertEquals(1, EndToEndTest.selectOne(databaseUrl, "sa", site.open(ReportCodec.JSON.readTree(
                site.reports.find(order.instances().get("database").id()).orElseThrow().connectionJson()).path("password").asText())));
    }

    private static String url(Reported reported) throws Exception {
        return ReportCodec.JSON.readTree(reported.connectionJson()).path("url").asText();
    }

    private static ServiceNode node(String title, String release, String onNode, String... parameters) {
        ServiceNode node = MODEL.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(release);
        node.setSoftwareType("default");
        node.getSla().add(entry("node", onNode));
        for (int i = 0; i < parameters.length; i += 2) {
            node.getParameters().add(entry(parameters[i], parameters[i + 1]));
        }
        return node;
    }

    private static void link(CompositeService composite, String source, String connectionParameter, String target,
            String parameter) {
        Link link = MODEL.createLink();
        link.setSource(composite.getNodes().stream().filter(n -> n.getTitle().equals(source)).findFirst().orElseThrow());
        link.setConnectionParameter(connectionParameter);
        link.setTarget(composite.getNodes().stream().filter(n -> n.getTitle().equals(target)).findFirst().orElseThrow());
        link.setParameter(parameter);
        composite.getLinks().add(link);
    }

    private static Entry entry(String key, String value) {
        Entry entry = MODEL.createEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }
}
