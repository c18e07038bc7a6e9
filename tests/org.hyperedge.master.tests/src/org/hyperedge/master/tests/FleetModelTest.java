package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperedge.master.Master;
import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.fleet.ModelSnapshot;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.FederationSummary;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.HyperEdgePackage.Literals;
import org.hyperedge.model.Instance;
import org.hyperedge.model.Node;
import org.hyperedge.model.PromiseKind;
import org.hyperedge.model.ReportedState;
import org.hyperedge.model.RequestedState;
import org.hyperedge.model.SoftwareRelease;
import org.hyperedge.model.resource.ModelResources;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet and the catalog as EMF models: a node's report, or a change made by another process on the same
 * database, reaches an observer as notifications of exactly what changed; snapshots round-trip through XMI.
 */
class FleetModelTest {

    @TempDir
    Path data;

    private TestMaster master;
    private FleetModel fleet;
    private CatalogModel catalogModel;
    private final List<Notification> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aNodeWithTwoDatabases() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 10_000,
                Map.of(), 4, 20000, 10), "ab".repeat(32));
        request("orders-db");
        request("billing-db");
        fleet = new FleetModel(master.database());
        catalogModel = new CatalogModel(master.catalog());
        fleet.refresh();
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void theModelHoldsSitesNodesPartitionsTreesAndPlacedInstances() {
        Instance orders = instance("orders-db");

        fleet.read(model -> {
            assertEquals("factory", model.getSites().get(0).getName());
            assertEquals(List.of("edge-1"), model.getSites().get(0).getNodes().stream().map(n -> n.getId()).toList());
            assertEquals(4, model.getSites().get(0).getNodes().get(0).getPartitions().size());
            assertEquals(2, model.getTrees().size());
            return null;
        });
        assertSame(orders, orders.getTree().getRoot());
        assertEquals("edge-1", orders.getPartition().getNode().getId());
        assertEquals(RequestedState.STARTED, orders.getRequestedState());
        assertEquals(ReportedState.PENDING, orders.getReportedState());
    }

    @Test
    void aReportedStateReachesTheInstancesObserverAsNotifications() throws Exception {
        Instance orders = instance("orders-db");
        fleet.observe(orders.getId(), recorder());

        new ReportIngest(master.database()).ingest("edge-1", ReportIngestTest.page("edge-1",
                ReportIngestTest.started(1, record("orders-db").id()), ReportIngestTest.promise(2, record("orders-db").id(), true)));
        assertTrue(fleet.refresh(), "the instance's row changed");

        assertEquals(ReportedState.STARTED, orders.getReportedState());
        assertTrue(heardOf(Literals.INSTANCE__REPORTED_STATE, ReportedState.STARTED), heard.toString());
        assertTrue(heardOf(Literals.INSTANCE__HEALTHY, true), heard.toString());
        assertEquals("jdbc:h2:tcp://127.0.0.1:20000/main", orders.getUrl());
        assertEquals("url", orders.getConnectionParameters().get(0).getKey());
        assertEquals("tcp-listening", orders.getPromiseResults().get(0).getPromise());
        assertTrue(orders.getPromiseResults().get(0).isSuccess());
    }

    @Test
    void aRefreshWithNothingChangedNotifiesNothing() {
        fleet.observe(recorder());
        heard.clear();

        assertFalse(fleet.refresh());

        assertEquals(List.of(), heard);
    }

    @Test
    void aChangeByAnotherProcessOnTheSameDatabaseIsHeardOnTheNextRefresh() throws Exception {
        Instance billing = instance("billing-db");
        fleet.observe(recorder());

        try (Master other = Master.open(master.database().url())) {
            other.requests().changeState(record("billing-db").id(), RequestedState.STOPPED);
        }
        fleet.refresh();

        assertEquals(RequestedState.STOPPED, billing.getRequestedState());
        assertTrue(heardOf(Literals.INSTANCE__REQUESTED_STATE, RequestedState.STOPPED), heard.toString());
        assertEquals("stopped", fleet.query(org.hyperedge.master.view.InstanceQuery.all().withText("billing-db"))
                .get(0).requestedState(), "the index follows the model");
    }

    @Test
    void whatAFederatedSiteToldIsOnItsNodeInTheModelAndInTheNodesRows() throws Exception {
        new NodeLinks(master.database()).adopt(new NodeSpec("site-b", "site-b", "127.0.0.1:7444", 1, 1, 1,
                Map.of("kind", FederationPeers.NODE_KIND), 2, 1024, 1), "cd".repeat(32));
        FederatedSites sites = new FederatedSites(master.database());
        fleet.refresh();
        fleet.observe(recorder());
        heard.clear();

        sites.told("site-b", new SiteSummary(2, 3, 8, List.of(new SiteSummary.OfferedRelease("acme:greeter",
                "Greeter", "1.0", "greeter"))));
        fleet.refresh();

        Node siteB = fleet.read(model -> model.getSites().stream().flatMap(site -> site.getNodes().stream())
                .filter(node -> node.getId().equals("site-b")).findFirst().orElseThrow());
        FederationSummary told = siteB.getTold();
        assertNotNull(told, "the summary on the site's node");
        assertEquals(List.of(2, 3, 8), List.of(told.getNodes(), told.getFreePartitions(), told.getPartitions()));
        assertEquals("acme:greeter", told.getOffers().get(0).getId());
        assertEquals("greeter", told.getOffers().get(0).getShortName());
        assertTrue(heard.stream().anyMatch(n -> n.getFeature() == Literals.NODE__TOLD && n.getNewValue() == told),
                "the views hear the telling: " + heard);
        NodeRow row = fleet.nodes().stream().filter(n -> n.id().equals("site-b")).findFirst().orElseThrow();
        assertTrue(row.federated());
        FederatedSites.Told stored = sites.of("site-b").orElseThrow();
        assertEquals(stored.summary(), row.told().summary(), "the row says what the store holds");
        assertEquals(stored.toldAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), row.told().toldAt());

        heard.clear();
        assertFalse(fleet.refresh(), "no instance changed");
        assertEquals(List.of(), heard, "the same telling read again changes nothing");
        assertSame(told, siteB.getTold());
        assertEquals(null, fleet.read(model -> model.getSites().stream().flatMap(site -> site.getNodes().stream())
                .filter(node -> node.getId().equals("edge-1")).findFirst().orElseThrow().getTold()), "an own node told nothing");
    }

    @Test
    void aSnapshotOfCatalogAndFleetRoundTripsThroughXmi() throws Exception {
        new ReportIngest(master.database()).ingest("edge-1",
                ReportIngestTest.page("edge-1", ReportIngestTest.started(1, record("orders-db").id())));
        Path file = data.resolve("snapshot.xmi");

        ModelSnapshot.save(catalogModel, fleet, file);

        Fleet loaded = ModelResources.loadRoot(file, Fleet.class);
        Fleet live = ModelSnapshot.canonical(fleet.read(EcoreUtil::copy));
        assertTrue(EcoreUtil.equals(live, loaded), "the file holds the fleet as the model has it");
        Instance orders = loaded.getTrees().stream().flatMap(t -> t.getInstances().stream())
                .filter(i -> i.getTitle().equals("orders-db")).findFirst().orElseThrow();
        assertEquals("edge-1", orders.getPartition().getNode().getId(), "references kept across the file");
        Catalog catalog = ModelResources.loadRoot(file, Catalog.class);
        assertEquals(master.catalog().list().size(), catalog.getReleases().size());
        SoftwareRelease h2 = catalog.getReleases().stream().filter(r -> r.getId().equals("builtin:h2-database"))
                .findFirst().orElseThrow();
        assertTrue(h2.getTypes().get(0).getPromises().stream().anyMatch(p -> p.getKind() == PromiseKind.TCP));
        ModelSnapshot.save(catalogModel, fleet, data.resolve("again.xmi"));
        assertEquals(Files.readString(file), Files.readString(data.resolve("again.xmi")), "the same state, the same file");
    }

    @Test
    void aReleaseImportedAgainIsReplacedInTheCatalogModel() throws Exception {
        catalogModel.refresh();
        int before = catalogModel.read(catalog -> catalog.getReleases().size());
        List<Notification> catalogChanges = new CopyOnWriteArrayList<>();
        catalogModel.observe(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                catalogChanges.add(notification);
            }
        });
        Thread.sleep(5); // a later import time

        master.catalog().importBuiltIn();

        assertTrue(catalogModel.refresh());
        assertEquals(before, catalogModel.read(catalog -> catalog.getReleases().size()));
        assertFalse(catalogChanges.isEmpty());
        assertFalse(catalogModel.refresh(), "nothing imported since");
    }

    private AdapterImpl recorder() {
        return new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                    heard.add(notification);
                }
            }
        };
    }

    private boolean heardOf(Object feature, Object value) {
        return heard.stream().anyMatch(n -> n.getFeature() == feature && value.equals(n.getNewValue()));
    }

    private Instance instance(String title) {
        Instance found = fleet.read(model -> model.getTrees().stream().flatMap(t -> t.getInstances().stream())
                .filter(i -> i.getTitle().equals(title)).findFirst().orElse(null));
        assertNotNull(found, title + " in the model");
        return found;
    }

    private InstanceRecord record(String title) {
        return master.requests().all().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private void request(String title) throws Exception {
        master.requests().request(Request.root(title, "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1")));
    }
}
