package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class AllocationTest {

    private static final String WEB = "builtin:static-web";

    @TempDir
    Path data;

    private Database database;
    private NodeRegistry nodes;
    private RequestService requests;

    @BeforeEach
    void openMaster() throws Exception {
        TestMaster master = TestMaster.open(data);
        database = master.database();
        nodes = master.nodes();
        requests = master.requests();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withoutNodesARequestWaitsWithItsReasonAndOneTicket() throws Exception {
        InstanceRecord first = requests.request(web("lonely"));
        InstanceRecord again = requests.request(web("lonely"));

        assertFalse(again.placed());
        assertEquals("no node matches any node", again.pendingReason());
        assertEquals(1, openTickets("allocation:" + first.id()));
    }

    @Test
    void instancesSpreadEvenlyOverMatchingNodesInADeterministicOrder() throws Exception {
        register("n1", "factory", Map.of(), 2, 4000);
        register("n2", "factory", Map.of(), 2, 4000);
        register("n3", "factory", Map.of(), 2, 4000);

        List<String> placedOn = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placedOn.add(requests.request(web("w" + i)).nodeId());
        }

        assertEquals(List.of("n1", "n2", "n3", "n1", "n2", "n3"), placedOn);
    }

    @Test
    void slaChoosesBySiteLabelAndNode() throws Exception {
        register("office-1", "office", Map.of("zone", "a"), 4, 4000);
        register("factory-1", "factory", Map.of("zone", "a"), 4, 4000);
        register("factory-2", "factory", Map.of("zone", "b"), 4, 4000);

        assertEquals("factory-2", requests.request(web("x").withSla(Map.of("site", "factory", "label.zone", "b"))).nodeId());
        assertEquals("office-1", requests.request(web("y").withSla(Map.of("node", "office-1"))).nodeId());
        assertEquals("no node matches site=factory, label.zone=c",
                requests.request(web("z").withSla(Map.of("site", "factory", "label.zone", "c"))).pendingReason());
    }

    @Test
    void capacityIsNeverOverbooked() throws Exception {
        register("small", "site", Map.of(), 10, 1000);

        InstanceRecord first = requests.request(web("a").withSla(Map.of("memory-mb", "600")));
        InstanceRecord second = requests.request(web("b").withSla(Map.of("memory-mb", "600")));

        assertEquals("small", first.nodeId());
        assertNull(second.nodeId());
        assertEquals("no node matching any node has the capacity left: the instance needs cpu 0.0, memory 600 MB, disk 0 MB",
                second.pendingReason());
    }

    @Test
    void aPendingInstanceIsPlacedWhenANodeArrivesAndItsTicketResolves() throws Exception {
        InstanceRecord waiting = requests.request(web("early"));

        register("late", "site", Map.of(), 1, 1000);
        int placed = requests.placePending();

        assertEquals(1, placed);
        assertEquals("late", requests.find(waiting.treeId(), "early").orElseThrow().nodeId());
        assertEquals(0, openTickets("allocation:" + waiting.id()));
    }

    @Test
    void requestsRacingForTheLastPartitionHaveExactlyOneWinner() throws Exception {
        register("last", "site", Map.of(), 1, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<InstanceRecord>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Request request = web("racer-" + i);
                Callable<InstanceRecord> call = () -> requests.request(request);
                results.add(pool.submit(call));
            }
            int winners = 0;
            for (Future<InstanceRecord> result : results) {
                InstanceRecord instance = result.get();
                if (instance.placed()) {
                    winners++;
                } else {
                    assertEquals("every node matching any node is full (1 node, no free partition)", instance.pendingReason());
                }
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dryRunShowsWhereARequestWouldGoAndOrdersNothing() throws Exception {
        register("n1", "site", Map.of(), 3, 1000);

        Placement plan = requests.dryRun(web("planned"));

        assertEquals("n1", plan.nodeId());
        assertEquals("p000", plan.partition());
        assertEquals(0, database.inTransaction(c -> count(c.createStatement().executeQuery("SELECT COUNT(*) FROM instance"))));
        assertEquals(3, nodes.list().get(0).freePartitions());
    }

    @Test
    void nodeGenerationGrowsOnlyWhenSomethingOnThatNodeChanges() throws Exception {
        register("busy", "site", Map.of(), 2, 1000);
        register("idle", "other", Map.of(), 2, 1000);
        long busyBefore = nodes.generation("busy");
        long idleBefore = nodes.generation("idle");

        requests.request(web("w").withSla(Map.of("node", "busy")));
        long afterPlacement = nodes.generation("busy");
        requests.request(web("w").withSla(Map.of("node", "busy")));

        assertTrue(afterPlacement > busyBefore);
        assertTrue(nodes.generation("busy") > afterPlacement);
        assertEquals(idleBefore, nodes.generation("idle"));
    }

    @Test
    void badSlaValuesAreRefusedNamingThem() {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(web("bad").withSla(Map.of("cpu", "-1", "memory-mb", "lots"))));

        assertEquals(List.of("SLA cpu '-1' must be a non-negative number with at most 3 decimals",
                "SLA memory-mb 'lots' is not a number"), refused.reasons());
    }

    @Test
    void onPostgresANodeAnotherTransactionHoldsIsPassedOverNotWaitedFor() throws Exception {
        assumeTrue(TestDatabases.onPostgres(), "H2 has no SKIP LOCKED: a request there waits for the node's row");
        register("n1", "factory", Map.of(), 2, 4000);
        register("n2", "factory", Map.of(), 1, 4000);

        try (Connection other = database.dataSource().getConnection()) {
            try (Statement hold = other.createStatement()) {
                hold.executeQuery("SELECT id FROM node WHERE id = 'n1' FOR UPDATE").close();
            }
            InstanceRecord placed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> requests.request(web("w1")));

            assertEquals("n2", placed.nodeId(), "n1 has the most free partitions but is held: the next best takes it");
            other.rollback();
        }
        assertEquals("n1", requests.request(web("w2")).nodeId(), "released, n1 is the best again");
    }

    private void register(String id, String site, Map<String, String> labels, int partitions, long memoryMb) {
        nodes.register(new NodeSpec(id, site, "127.0.0.1", 4000, memoryMb, 100_000, labels, partitions, 20000, 10));
    }

    private static Request web(String title) {
        return Request.root(title, WEB, "default", new ObjectMapper().createObjectNode());
    }

    private int openTickets(String cause) {
        return database.inTransaction(c -> org.hyperedge.master.ticket.Tickets.openCount(c, cause));
    }

    private static int count(ResultSet row) throws java.sql.SQLException {
        try (row) {
            row.next();
            return row.getInt(1);
        }
    }
}
