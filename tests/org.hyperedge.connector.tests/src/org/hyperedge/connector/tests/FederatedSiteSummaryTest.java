package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.connector.federation.FederationServer;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.federation.FederatedSites.Told;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.node.SiteSummary.OfferedRelease;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, item 2: a federated site (master B, with a real agent) tells master A its nodes, their partitions free of
 * all and its catalog over the federation link; A keeps the latest with its age and shows it in the fleet's node rows;
 * a composite's service placed on the site is planned there and runs on B's agent; a release only B offers is
 * requested on A and delegated to B, never placed on A's own nodes. A master B never invited is told nothing. Both masters have their own H2 store, identity and HTTPS endpoint, over real mutual TLS on loopback.
 */
class FederatedSiteSummaryTest extends TwoMasters {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    @Test
    void aFederatedSiteTellsItsNodesFreePartitionsAndCatalogWhichAKeepsWithItsAgeAndShowsInItsNodeRows()
            throws Exception {
        // given: B with a real agent of two partitions, federated by A
        String agentOfB = b.agent("b-edge");
        aFederatesB();
        assertTrue(a.master.federatedSites().of("B").isEmpty(), "A knows B's summary before B told it");

        // when: A syncs B once
        Instant before = Instant.now();
        a.connector.syncNow("B");

        // then: A keeps what B told: one node, its two partitions free, and B's whole catalog with short names
        Told told = a.master.federatedSites().of("B").orElseThrow();
        SiteSummary summary = told.summary();
        assertEquals(1, summary.nodes());
        int partitionsOfB = b.master.nodes().list().stream().filter(n -> n.id().equals(agentOfB)).findFirst()
                .orElseThrow().partitions();
        assertEquals(2, partitionsOfB);
        assertEquals(partitionsOfB, summary.partitions());
        assertEquals(partitionsOfB, summary.freePartitions());
        assertEquals(b.catalog.list().size(), summary.catalog().size());
        OfferedRelease h2 = summary.catalog().stream().filter(r -> r.id().equals("builtin:h2-database")).findFirst()
                .orElseThrow();
        assertEquals("h2-database", h2.shortName());
        assertTrue(!told.toldAt().isBefore(before.minusSeconds(1)), "told at " + told.toldAt() + ", asked at " + before);

        // and: A's fleet model shows B's node row as a federated site with what it told
        a.master.fleet().refresh();
        NodeRow row = a.master.fleet().nodes().stream().filter(n -> n.id().equals("B")).findFirst().orElseThrow();
        assertTrue(row.federated(), row.toString());
        assertEquals(summary, row.told().summary());
    }

    @Test
    void aCompositesServicePlacedOnTheFederatedSiteIsPlannedThereRunsOnBsAgentAndBTellsOneFreePartitionLess()
            throws Exception {
        // given: B with a real agent, federated by A, both syncing
        String agentOfB = b.agent("b-edge");
        aFederatesB();
        a.connector.start(Duration.ofMillis(200));
        b.connector.start(Duration.ofMillis(200));
        awaitTold(a, "B", summary -> summary.freePartitions() == 2);

        // and: a composite whose database is placed on site B
        CompositeService composite = MODEL.createCompositeService();
        composite.setName("shop");
        ServiceNode db = MODEL.createServiceNode();
        db.setTitle("db");
        db.setReleaseId("builtin:h2-database");
        db.setSoftwareType("default");
        db.getSla().add(entry("site", "B"));
        composite.getNodes().add(db);

        // when: it is planned, then requested, on A
        List<Placement> plan = a.master.composites().dryRun(composite, "shop");
        CompositeOrder order = a.master.composites().request(composite, "shop");

        // then: the plan puts it on B, and it runs on B's own agent with its URL shown on A
        assertEquals("B", plan.get(0).nodeId(), plan.toString());
        long onA = order.instances().get("db").id();
        a.await(onA, "started", true, READY);
        assertEquals(agentOfB, b.requests.all().get(0).nodeId());

        // and: B tells A it has one partition free of two now
        SiteSummary after = awaitTold(a, "B", summary -> summary.freePartitions() == 1);
        assertEquals(2, after.partitions());
    }

    @Test
    void aReleaseOnlyBsCatalogOffersIsRequestedOnAWithNoPlaceRunsOnBAndIsNeverPlacedOnAsOwnNodes() throws Exception {
        // given: a release only B's catalog has, B federated by A, both syncing
        b.agent("b-edge");
        Ticker.importInto(b.catalog);
        aFederatesB();
        a.connector.start(Duration.ofMillis(200));
        b.connector.start(Duration.ofMillis(200));
        awaitTold(a, "B", summary -> summary.catalog().stream().anyMatch(r -> r.id().equals(Ticker.RELEASE_ID)));
        awaitImported(a, Ticker.RELEASE_ID);
        assertEquals("federation:B", a.catalog.origins().get(Ticker.RELEASE_ID));

        // when: A's operator requests it by its short name, naming no place
        InstanceRecord ticks = a.requests.request(Request.root("ticks", "ticker", "default",
                ReportCodec.JSON.createObjectNode()));

        // then: it is delegated to B and runs on B's agent
        assertEquals("B", a.requests.all().stream().filter(r -> r.id() == ticks.id()).findFirst().orElseThrow().nodeId());
        a.await(ticks.id(), "started", true, READY);
        assertEquals(Ticker.RELEASE_ID, b.requests.all().get(0).releaseId());

        // and: asked on a site of A's own (where B's install steps would run as root), it is refused naming B
        RequestRefused refused = org.junit.jupiter.api.Assertions.assertThrows(RequestRefused.class, () -> a.requests
                .request(Request.root("ticks-here", Ticker.RELEASE_ID, "default", ReportCodec.JSON.createObjectNode())
                        .withSla(Map.of("site", "factory"))));
        assertTrue(refused.getMessage().contains("offered by federated site B only"), refused.getMessage());
        assertEquals(1, a.requests.all().size(), "A kept the refused request: " + a.requests.all());
    }

    @Test
    void aReleaseBothCatalogsHaveStaysAsAHasIt() throws Exception {
        // given: A's own H2 release, and B federated by A
        String before = a.catalog.descriptorJson("builtin:h2-database").orElseThrow();
        aFederatesB();

        // when: A syncs B, which offers H2 as well
        a.connector.syncNow("B");

        // then: A's own release is untouched, still its own
        assertTrue(a.master.federatedSites().of("B").orElseThrow().summary().catalog().stream()
                .anyMatch(r -> r.id().equals("builtin:h2-database")));
        assertEquals(before, a.catalog.descriptorJson("builtin:h2-database").orElseThrow());
        assertEquals("builtin", a.catalog.origins().get("builtin:h2-database"));
    }

    @Test
    void aMasterBNeverInvitedIsToldNothingOfBsNodesOrCatalog() throws Exception {
        // given: a master whose certificate B never pinned (no invitation spent), at B's endpoint
        TlsIdentity stranger = TlsIdentity.loadOrCreate(dir.resolve("stranger"), "stranger");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(stranger.sslContext(PinnedTrustManager.pinned(b.identity.fingerprint())))
                .connectTimeout(Duration.ofSeconds(5)).build();

        // when: it asks B for its summary
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(urlOfB + FederationServer.SITE_PATH))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());

        // then: refused, naming why, with nothing of B's catalog in the answer
        assertEquals(403, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("is not a master federated with this one"), answer.body());
        assertTrue(!answer.body().contains("h2-database"), answer.body());
    }

    private static SiteSummary awaitTold(TestSite site, String name, java.util.function.Predicate<SiteSummary> wanted)
            throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        Told last = null;
        while (System.nanoTime() < deadline) {
            last = site.master.federatedSites().of(name).orElse(null);
            if (last != null && wanted.test(last.summary())) {
                return last.summary();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("site " + name + " did not tell what was awaited in time; last told: " + last);
    }

    private static void awaitImported(TestSite site, String releaseId) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (site.catalog.find(releaseId).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("release " + releaseId + " never reached the catalog");
            }
            Thread.sleep(100);
        }
    }

    private static Entry entry(String key, String value) {
        Entry entry = MODEL.createEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }
}
