package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.fleet.NodeRows;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.view.NodeOverview;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.model.HyperEdgePackage.Literals;
import org.hyperedge.model.Node;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nodes in the fleet model: the Nodes view's lines made from it are the lines the master's tables give, and a
 * node's report, a placement or a revocation reaches an observer as notifications that concern nodes.
 */
class FleetNodesTest {

    @TempDir
    Path data;

    private TestMaster master;
    private NodeLinks links;
    private FleetModel fleet;
    private final List<Notification> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void threeNodesInTwoSitesOneDiallingInAndADatabaseOnTheFirst() throws Exception {
        master = TestMaster.open(data);
        links = new NodeLinks(master.database());
        links.adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 10_000,
                Map.of("zone", "b", "line", "2"), 4, 20000, 10), "ab".repeat(32));
        links.adopt(new NodeSpec("edge-2", "factory", "127.0.0.1:7444", 2000, 4096, 5_000, Map.of(), 2, 21000, 10),
                "cd".repeat(32));
        links.adoptDialling(new NodeSpec("shop-1", "shop", null, 1000, 2048, 4_000, Map.of("floor", "1"), 1, 22000, 10),
                "ef".repeat(32), null, "198.51.100.7:50123");
        request("orders-db", "edge-1");
        fleet = new FleetModel(master.database());
        fleet.refresh();
        fleet.observe(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                heard.add(notification);
            }
        });
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void theModelsNodeLinesAreTheLinesTheTablesGive() {
        List<NodeRow> fromTheModel = fleet.nodes();

        assertEquals(fromTheTables(), fromTheModel);
        NodeRow edge1 = fromTheModel.get(0);
        assertEquals(List.of("edge-1", "edge-2", "shop-1"), fromTheModel.stream().map(NodeRow::id).toList());
        assertEquals(1, edge1.usedPartitions());
        assertEquals(List.of("builtin:h2-database"), edge1.releases());
        assertEquals(Map.of("line", "2", "zone", "b"), edge1.labels());
        assertEquals("198.51.100.7:50123", fromTheModel.get(2).address(), "a dialling node: where it dials from");
        assertTrue(fromTheModel.get(2).dialling());
    }

    @Test
    void aNodesReportIsHeardAsItsLastReportChanging() {
        // a page with nothing in it: the node is alive and has nothing new to tell
        new ReportIngest(master.database()).ingest("edge-2", new Page("edge-2", 0, List.of()));

        fleet.refresh();

        assertTrue(heard.stream().anyMatch(n -> n.getFeature() == Literals.NODE__LAST_REPORT
                && ((Node) n.getNotifier()).getId().equals("edge-2") && NodeRows.concernNodes(n)), heard.toString());
        assertEquals(fromTheTables(), fleet.nodes());
    }

    @Test
    void aPlacementIsHeardAsConcerningNodesAndShowsInThePartitionsUsed() throws Exception {
        request("billing-db", "edge-2");

        fleet.refresh();

        assertTrue(heard.stream().anyMatch(NodeRows::concernNodes), heard.toString());
        NodeRow edge2 = fleet.nodes().get(1);
        assertEquals(1, edge2.usedPartitions());
        assertEquals(List.of("builtin:h2-database"), edge2.releases());
        assertEquals(fromTheTables(), fleet.nodes());
    }

    @Test
    void aReportedInstanceStateDoesNotConcernNodes() {
        long orders = master.requests().all().get(0).id();

        new ReportIngest(master.database()).ingest("edge-1", ReportIngestTest.page("edge-1",
                ReportIngestTest.started(1, orders)));
        fleet.refresh();

        List<Notification> ofInstances = heard.stream().filter(n -> n.getFeature() == Literals.INSTANCE__REPORTED_STATE).toList();
        assertFalse(ofInstances.isEmpty(), heard.toString());
        assertTrue(ofInstances.stream().noneMatch(NodeRows::concernNodes));
    }

    @Test
    void aRevokedNodeLeavesTheLines() {
        assertTrue(links.revoke("edge-2"));

        fleet.refresh();

        assertTrue(heard.stream().anyMatch(n -> n.getFeature() == Literals.NODE__REVOKED && NodeRows.concernNodes(n)));
        assertEquals(List.of("edge-1", "shop-1"), fleet.nodes().stream().map(NodeRow::id).toList());
        assertEquals(fromTheTables(), fleet.nodes());
    }

    /** The lines {@link NodeOverview} reads from the tables, report times to the millisecond an EMF date holds. */
    private List<NodeRow> fromTheTables() {
        return new NodeOverview(master.database()).nodes().stream().map(row -> new NodeRow(row.id(), row.site(),
                row.address(), row.labels(), row.cpuMillis(), row.memoryMb(), row.diskMb(), row.usedCpuMillis(),
                row.usedMemoryMb(), row.usedDiskMb(), row.partitions(), row.usedPartitions(), row.releases(),
                row.lastReportAt() == null ? null : row.lastReportAt().truncatedTo(ChronoUnit.MILLIS), row.syncError(),
                row.adopted(), row.clock(), row.dialling(), row.pathFailure())).toList();
    }

    private void request(String title, String node) throws Exception {
        master.requests().request(Request.root(title, "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", node)));
    }
}
