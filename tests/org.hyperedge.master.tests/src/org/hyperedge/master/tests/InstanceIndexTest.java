package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceQuery.SortColumn;
import org.hyperedge.master.view.InstanceQuery.StateFilter;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's in-memory instance index answers as the database does and follows every change. */
class InstanceIndexTest {

    @TempDir
    Path data;

    private TestMaster master;
    private FleetModel index;

    @BeforeEach
    void aNodeAndSomeInstances() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 10_000,
                Map.of(), 4, 20000, 10), "ab".repeat(32));
        for (String title : List.of("orders-db", "billing-db", "Archive-DB")) {
            request(title, Map.of("node", "edge-1"));
        }
        request("elsewhere-db", Map.of("site", "nowhere"));
        index = new FleetModel(master.database());
        index.refresh();
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void everyQueryMatchesTheDatabaseRowForRowInOrder() {
        InstanceListing listing = new InstanceListing(master.database());
        for (InstanceQuery query : List.of(InstanceQuery.all(), InstanceQuery.all().withText("DB"),
                InstanceQuery.all().withText("edge"), InstanceQuery.all().withState(StateFilter.PENDING),
                InstanceQuery.all().sortedBy(SortColumn.TITLE, false), InstanceQuery.all().sortedBy(SortColumn.NODE, true))) {
            assertEquals(titles(listing.page(query, 0, 100)), titles(index.query(query)), query.toString());
        }
    }

    @Test
    void aRefreshPicksUpStateChangesReportsAndNewInstancesOnly() throws Exception {
        InstanceRecord orders = find("orders-db");

        master.requests().changeState(orders.id(), RequestedState.STOPPED);
        new ReportIngest(master.database()).ingest("edge-1",
                ReportIngestTest.page("edge-1", ReportIngestTest.started(1, find("billing-db").id())));
        request("new-db", Map.of("node", "edge-1"));
        boolean changed = index.refresh();

        assertTrue(changed);
        assertEquals(5, index.size());
        assertEquals("stopped", row("orders-db").requestedState());
        assertEquals("started", row("billing-db").reportedState());
        assertTrue(row("billing-db").lastReportAt() != null, "the node's report time");
        assertEquals("edge-1", row("new-db").nodeId());
        assertFalse(index.refresh(), "nothing changed since");
    }

    @Test
    void filteringTreatsWildcardsAsTextAndIgnoresCase() {
        assertEquals(List.of("Archive-DB"), titles(index.query(InstanceQuery.all().withText("archive"))));
        assertEquals(List.of(), titles(index.query(InstanceQuery.all().withText("%"))));
    }

    private InstanceRow row(String title) {
        return index.query(InstanceQuery.all().withText(title)).stream().filter(r -> r.title().equals(title))
                .findFirst().orElseThrow();
    }

    private InstanceRecord find(String title) {
        return master.requests().all().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> titles(List<InstanceRow> rows) {
        return rows.stream().map(InstanceRow::title).toList();
    }

    private void request(String title, Map<String, String> sla) throws Exception {
        master.requests().request(Request.root(title, "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(sla));
    }
}
