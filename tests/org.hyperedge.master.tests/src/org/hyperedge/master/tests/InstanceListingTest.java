package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.view.InstanceDetail;
import org.hyperedge.master.view.InstanceDetails;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceQuery.SortColumn;
import org.hyperedge.master.view.InstanceQuery.StateFilter;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeOverview;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the console's instance table, Properties and Nodes views read from the master. */
class InstanceListingTest {

    @TempDir
    Path data;

    private TestMaster master;
    private InstanceListing listing;
    private InstanceRecord orders;
    private InstanceRecord billing;
    private InstanceRecord pending;

    @BeforeEach
    void twoNodesThreeInstances() throws Exception {
        master = TestMaster.open(data);
        NodeLinks links = new NodeLinks(master.database());
        links.adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000, Map.of("zone", "hall-a"), 2,
                20000, 10), "ab".repeat(32));
        orders = request("orders-db", Map.of("node", "edge-1"));
        billing = request("billing-db", Map.of("node", "edge-1"));
        pending = request("archive-db", Map.of("site", "nowhere"));
        listing = new InstanceListing(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void pagesAreSortedCutAndNeverOverlap() {
        InstanceQuery byTitle = InstanceQuery.all();

        List<InstanceRow> first = listing.page(byTitle, 0, 2);
        List<InstanceRow> second = listing.page(byTitle, 2, 2);

        assertEquals(3, listing.count(byTitle));
        assertEquals(List.of("archive-db", "billing-db"), first.stream().map(InstanceRow::title).toList());
        assertEquals(List.of("orders-db"), second.stream().map(InstanceRow::title).toList());
        assertEquals(List.of("orders-db", "billing-db", "archive-db"), listing
                .page(byTitle.sortedBy(SortColumn.TITLE, false), 0, 10).stream().map(InstanceRow::title).toList());
    }

    @Test
    void textFiltersOnTitleReleaseTypeAndNodeIgnoringCase() {
        assertEquals(1, listing.count(InstanceQuery.all().withText("ORDERS")));
        assertEquals(2, listing.count(InstanceQuery.all().withText("edge-1")));
        assertEquals(3, listing.count(InstanceQuery.all().withText("h2-database")));
        assertEquals(0, listing.count(InstanceQuery.all().withText("100%_")), "LIKE wildcards are taken literally");
    }

    @Test
    void stateFilterFindsPendingStartedAndUnhealthyInstances() {
        ReportIngest ingest = new ReportIngest(master.database());
        ingest.ingest("edge-1", ReportIngestTest.page("edge-1", ReportIngestTest.started(1, orders.id())));

        assertEquals(List.of("archive-db"), titles(InstanceQuery.all().withState(StateFilter.PENDING)));
        assertEquals(List.of("orders-db"), titles(InstanceQuery.all().withState(StateFilter.STARTED)));
        assertEquals(List.of("billing-db"), titles(InstanceQuery.all().withState(StateFilter.UNHEALTHY)));
    }

    @Test
    void aRowCarriesItsNodeReportAgeAndConnectionUrl() {
        new ReportIngest(master.database()).ingest("edge-1",
                ReportIngestTest.page("edge-1", ReportIngestTest.started(1, orders.id())));

        InstanceRow row = listing.byIds(List.of(orders.id())).get(0);
        InstanceRow unplaced = listing.byIds(List.of(pending.id())).get(0);

        assertEquals("edge-1", row.nodeId());
        assertTrue(row.running());
        assertEquals("jdbc:h2:tcp://127.0.0.1:20000/main", row.url());
        assertTrue(row.lastReportAt() != null);
        assertNull(unplaced.nodeId());
        assertNull(unplaced.lastReportAt());
        assertTrue(unplaced.pendingReason() != null && !unplaced.pendingReason().isBlank(), unplaced.pendingReason());
    }

    @Test
    void detailsShowHistoryAndTheLatestResultOfEachPromise() {
        new ReportIngest(master.database()).ingest("edge-1", ReportIngestTest.page("edge-1",
                ReportIngestTest.started(1, orders.id()), ReportIngestTest.promise(2, orders.id(), false),
                ReportIngestTest.promise(3, orders.id(), true)));

        InstanceDetail detail = new InstanceDetails(master.database()).find(orders.id()).orElseThrow();

        assertEquals(1, detail.promises().size());
        assertTrue(detail.promises().get(0).ok(), "the newest result wins");
        assertEquals("instance", detail.history().get(0).kind());
        assertTrue(detail.history().get(0).summary().contains("started"), detail.history().get(0).summary());
        assertTrue(detail.connectionParameters().contains("jdbc:h2"), detail.connectionParameters());
        assertTrue(new InstanceDetails(master.database()).find(999_999).isEmpty());
    }

    @Test
    void changeStateKeepsParametersAndMovesTheNodeGeneration() throws Exception {
        long before = master.nodes().generation("edge-1");

        InstanceRecord stopped = master.requests().changeState(orders.id(), RequestedState.STOPPED);

        assertEquals(RequestedState.STOPPED, stopped.requestedState());
        assertEquals(orders.parameters(), stopped.parameters());
        assertTrue(master.nodes().generation("edge-1") > before);
        assertEquals("stopped", listing.byIds(List.of(orders.id())).get(0).requestedState());
    }

    @Test
    void aDestroyedInstanceCannotBeStartedAgainAndAnUnknownOneIsNamed() throws Exception {
        master.requests().changeState(billing.id(), RequestedState.DESTROYED);

        RequestRefused restart = assertThrows(RequestRefused.class,
                () -> master.requests().changeState(billing.id(), RequestedState.STARTED));
        RequestRefused unknown = assertThrows(RequestRefused.class,
                () -> master.requests().changeState(424242, RequestedState.STOPPED));

        assertTrue(restart.getMessage().contains("destroyed is final"), restart.getMessage());
        assertTrue(unknown.getMessage().contains("424242"), unknown.getMessage());
    }

    @Test
    void aBangGrowsTheSerialInTheNodesDesiredStateForAStartedPlacedInstanceOnly() throws Exception {
        long before = master.nodes().generation("edge-1");

        master.requests().bang(orders.id());
        master.requests().bang(orders.id());

        var desired = new org.hyperedge.master.desired.DesiredStates(master.database()).compute("edge-1");
        assertEquals(2, desired.partitions().stream().filter(p -> p.instanceId() == orders.id()).findFirst()
                .orElseThrow().bang());
        assertTrue(desired.generation() > before);
        RequestRefused unplaced = assertThrows(RequestRefused.class, () -> master.requests().bang(pending.id()));
        assertTrue(unplaced.getMessage().contains("not placed"), unplaced.getMessage());
        master.requests().changeState(billing.id(), RequestedState.STOPPED);
        RequestRefused stopped = assertThrows(RequestRefused.class, () -> master.requests().bang(billing.id()));
        assertTrue(stopped.getMessage().contains("only a started instance"), stopped.getMessage());
    }

    @Test
    void nodesShowCapacityPartitionsAndTheReleasesTheyRun() {
        List<NodeRow> nodes = new NodeOverview(master.database()).nodes();

        assertEquals(1, nodes.size());
        NodeRow edge = nodes.get(0);
        assertEquals("factory", edge.site());
        assertEquals(Map.of("zone", "hall-a"), edge.labels());
        assertEquals(2, edge.partitions());
        assertEquals(2, edge.usedPartitions());
        assertEquals(List.of("builtin:h2-database"), edge.releases());
        assertTrue(edge.adopted());
        assertEquals(2000, edge.cpuMillis());
        assertEquals(4096, edge.memoryMb());
    }

    private List<String> titles(InstanceQuery query) {
        return listing.page(query, 0, 100).stream().map(InstanceRow::title).toList();
    }

    private InstanceRecord request(String title, Map<String, String> sla) throws RequestRefused {
        return master.requests().request(Request.root(title, "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(sla));
    }
}
