package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.federation.FederatedReleases;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release this master holds only because federated site B offered it, once B's summary no longer lists it: no
 * new instance of it is made (it would be delegated to a site that no longer runs it), while the instance already
 * delegated to B keeps being managed (changed, stopped, destroyed) and the release stays in the catalog for it.
 */
class WithdrawnFederatedReleaseTest {

    private static final String RELEASE = "acme:web";
    private static final SiteSummary.OfferedRelease OFFERED = new SiteSummary.OfferedRelease(RELEASE, "Web", "1.0", "web");

    @TempDir
    Path data;

    private TestMaster master;
    private FederatedSites sites;

    @BeforeEach
    void aReleaseOnlySiteBOffers() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("B", "B", "127.0.0.1:7444", 1_000_000, 1_000_000,
                1_000_000, Map.of("kind", FederationPeers.NODE_KIND), 4, 1024, 1), "cd".repeat(32));
        String json = CatalogStore.builtInFile("static-web.json").replace("\"builtin:static-web\"", "\"" + RELEASE + "\"");
        master.catalog().importRelease("release " + RELEASE + " of federated site B", json, FederatedReleases.origin("B"));
        sites = new FederatedSites(master.database());
        sites.told("B", new SiteSummary(1, 4, 4, List.of(OFFERED)));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aReleaseBStoppedOfferingIsRefusedForANewInstanceAndTheOneOnBIsStillManaged() throws Exception {
        InstanceRecord running = master.requests().request(request("shop-web"));
        assertEquals("B", nodeOf(running));

        sites.told("B", new SiteSummary(1, 3, 4, List.of()));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> master.requests().request(request("blog-web")));
        InstanceRecord stopped = master.requests().changeState(running.id(), RequestedState.STOPPED);

        assertTrue(refused.getMessage().contains("release " + RELEASE + " is no longer offered by federated site B"),
                refused.getMessage());
        assertEquals(List.of("shop-web"), master.requests().all().stream().map(InstanceRecord::title).toList(),
                "nothing of the refused request kept");
        assertEquals(RequestedState.STOPPED, stopped.requestedState());
        assertTrue(master.catalog().find(RELEASE).isPresent(), "the release stays for the instance that runs it");
    }

    @Test
    void aReleaseBOffersAgainIsRequestedAgain() throws Exception {
        sites.told("B", new SiteSummary(1, 4, 4, List.of()));
        assertThrows(RequestRefused.class, () -> master.requests().request(request("shop-web")));

        sites.told("B", new SiteSummary(1, 4, 4, List.of(OFFERED)));
        InstanceRecord placed = master.requests().request(request("shop-web"));

        assertEquals("B", nodeOf(placed));
    }

    private static Request request(String title) {
        return Request.root(title, RELEASE, "default", ReportCodec.JSON.createObjectNode());
    }

    private String nodeOf(InstanceRecord instance) {
        return master.requests().all().stream().filter(r -> r.id() == instance.id()).findFirst().orElseThrow().nodeId();
    }
}
