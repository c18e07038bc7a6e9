package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two masters on one PostgreSQL database, each with its own connection pool as two master processes have, doing the
 * same work at the same moment: clients hammering both with requests, and both ingesting one node's reports as a
 * lease changes hands. The database alone keeps allocation right and each report stored once.
 */
class TwoMastersAtOnceTest {

    private static final String WEB = "builtin:static-web";
    private static final int CLIENTS = 4;

    @TempDir
    Path data;
    private TestMaster first;
    private TestMaster second;

    @BeforeEach
    void openTwoMasters() throws Exception {
        assumeTrue(TestDatabases.onPostgres(), "two masters share a PostgreSQL database: needs -D"
                + TestDatabases.PROPERTY + "=URL (./hyperedge test starts one)");
        first = TestMaster.open(data);
        second = TestMaster.on(first.database().url());
    }

    @AfterEach
    void closeMasters() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void fourClientsOnTwoMastersNeverGetOnePartitionTwiceNorOverbookANode() throws Exception {
        // given: 3 nodes of 6 partitions and 1,000 MB each; every instance asks for 300 MB, so each node takes 3
        for (String node : List.of("n1", "n2", "n3")) {
            first.nodes().register(new NodeSpec(node, "site", "127.0.0.1", 4000, 1000, 100_000, Map.of(), 6, 20000, 10));
        }

        // when: four clients, two on each master, request 15 instances each, all at once
        List<InstanceRecord> answers = race(CLIENTS, client -> {
            List<InstanceRecord> mine = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                mine.add(master(client).requests().request(web("c" + client + "-" + i).withSla(Map.of("memory-mb", "300"))));
            }
            return mine;
        });

        // then: every request was answered; exactly 9 were placed, 3 a node, and the rest wait for capacity
        assertEquals(60, answers.size());
        Map<String, Integer> placedPerNode = new HashMap<>();
        for (InstanceRecord answer : answers) {
            if (answer.placed()) {
                placedPerNode.merge(answer.nodeId(), 1, Integer::sum);
            } else {
                assertTrue(answer.pendingReason().contains("capacity"), answer.pendingReason());
            }
        }
        assertEquals(Map.of("n1", 3, "n2", 3, "n3", 3), placedPerNode);
        // and no partition holds two instances, and each node's counters are what its partitions hold
        first.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT n.id, n.free_partitions, n.used_memory_mb, "
                    + "(SELECT COUNT(*) FROM node_partition p WHERE p.node_id = n.id AND p.instance_id IS NOT NULL), "
                    + "(SELECT COUNT(DISTINCT p.instance_id) FROM node_partition p WHERE p.node_id = n.id) FROM node n");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String node = rows.getString(1);
                    assertEquals(3, rows.getInt(4), node + ": partitions taken");
                    assertEquals(3, rows.getInt(5), node + ": distinct instances in its partitions");
                    assertEquals(6 - 3, rows.getInt(2), node + ": free partitions counted");
                    assertEquals(900, rows.getLong(3), node + ": memory counted");
                }
            }
            return null;
        });
    }

    @Test
    void eightClientsFillingTheFleetExactlyOnTwoMastersAllGetAPartitionNoneWaits() throws Exception {
        // given: 200 nodes of one partition each, so that every client's candidates are the same few nodes
        for (int node = 0; node < 200; node++) {
            first.nodes().register(new NodeSpec(String.format("n%03d", node), "site", "127.0.0.1", 4000, 100_000, 100_000,
                    Map.of(), 1, 20000, 10));
        }

        // when: eight clients, four on each master, request 25 instances each at once: as many as there are partitions
        List<InstanceRecord> answers = race(8, client -> {
            List<InstanceRecord> mine = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                mine.add(master(client).requests().request(web("c" + client + "-" + i)));
            }
            return mine;
        });

        // then: every one was placed, in a partition of its own: none waits while a partition is free elsewhere
        Set<String> partitions = new HashSet<>();
        for (InstanceRecord answer : answers) {
            assertTrue(answer.placed(), answer.title() + " waits: " + answer.pendingReason());
            assertTrue(partitions.add(answer.nodeId() + "/" + answer.partition()), answer.nodeId() + "/"
                    + answer.partition() + " was given twice");
        }
        assertEquals(200, partitions.size());
    }

    @Test
    void oneTitleRequestedOnBothMastersAtOnceIsOneInstance() throws Exception {
        // given: a node with room for many
        first.nodes().register(new NodeSpec("n1", "site", "127.0.0.1", 4000, 100_000, 100_000, Map.of(), 50, 20000, 10));

        // when: four clients, two on each master, request the same 10 titles at once
        List<InstanceRecord> answers = race(CLIENTS, client -> {
            List<InstanceRecord> mine = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                mine.add(master(client).requests().request(web("shared-" + i)));
            }
            return mine;
        });

        // then: each title is one instance, which every client was given, in one partition
        Map<String, Set<Long>> idsPerTitle = new HashMap<>();
        for (InstanceRecord answer : answers) {
            idsPerTitle.computeIfAbsent(answer.title(), t -> new HashSet<>()).add(answer.id());
        }
        assertEquals(10, idsPerTitle.size());
        idsPerTitle.forEach((title, ids) -> assertEquals(1, ids.size(), title + " was made " + ids.size() + " times"));
        int taken = first.database().inTransaction(connection -> {
            try (ResultSet row = connection.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM node_partition WHERE instance_id IS NOT NULL")) {
                row.next();
                return row.getInt(1);
            }
        });
        assertEquals(10, taken);
    }

    @Test
    void aPageIngestedByTwoMastersAtOnceDuringALeaseHandoverIsStoredOnce() throws Exception {
        // given: a node with a database on it, and a page of 40 reports from it
        new NodeLinks(first.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000,
                Map.of(), 2, 20000, 10), "ab".repeat(32));
        InstanceRecord db = first.requests().request(Request.root("db", "builtin:h2-database", "default",
                new ObjectMapper().createObjectNode()).withSla(Map.of("node", "edge-1")));
        ReportEvent[] events = new ReportEvent[40];
        events[0] = ReportIngestTest.started(1, db.id());
        for (int seq = 2; seq <= 40; seq++) {
            events[seq - 1] = seq % 2 == 0 ? ReportIngestTest.promise(seq, db.id(), true) : ReportIngestTest.usage(seq, db.id());
        }
        Page page = ReportIngestTest.page("edge-1", events);

        // when: the master giving the node's lease back and the one taking it both ingest that page at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReportIngest.Outcome>> outcomes = new ArrayList<>();
        try {
            for (TestMaster master : List.of(first, second)) {
                ReportIngest ingest = new ReportIngest(master.database());
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return ingest.ingest("edge-1", page);
                }));
            }
            start.countDown();

            // then: one ingested the 40 reports and the other skipped them all; each is stored once, in order
            ReportIngest.Outcome a = outcomes.get(0).get();
            ReportIngest.Outcome b = outcomes.get(1).get();
            assertEquals(40, a.ingested() + b.ingested(), "ingested " + a + " and " + b);
            assertEquals(40, a.skipped() + b.skipped(), "skipped " + a + " and " + b);
            assertEquals(40, a.cursor());
            assertEquals(40, b.cursor());
        } finally {
            pool.shutdownNow();
        }
        List<Long> stored = ReportIngestTest.seqs(first.database(), "edge-1");
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList(), stored, "every report stored once");
    }

    /** Runs {@code work} for each client at the same moment; even clients talk to the first master, odd to the second. */
    @Test
    void twoMastersImportingTheSameNewReleaseAtOnceKeepItOnceAndNeitherFails() throws Exception {
        // given: 30 releases neither master has, and two masters starting at the same moment, each offering them
        String template = org.hyperedge.master.catalog.CatalogStore.builtInFile("static-web.json");
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);

        // when: both import each release at once, as masters started together each offer their own release
        race(2, client -> {
            for (int round = 0; round < 30; round++) {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS); // a master that failed breaks the barrier
                master(client).catalog().importRelease("release of master " + client,
                        template.replace("\"builtin:static-web\"", "\"acme:web-" + round + "\""));
            }
            return List.of();
        });

        // then: each is in the catalog once, as either master imported it
        for (int round = 0; round < 30; round++) {
            assertTrue(first.catalog().find("acme:web-" + round).isPresent(), "acme:web-" + round);
        }
        assertEquals(30, first.catalog().list().stream().filter(r -> r.id().startsWith("acme:web-")).count());
    }

    @Test
    void nodesAdoptedIntoOneNewSiteOnBothMastersAtOnceAreAllRegistered() throws Exception {
        // given: 20 sites neither master knows yet
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);

        // when: each master registers a node of each new site at the same moment
        race(2, client -> {
            for (int round = 0; round < 20; round++) {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS); // a master that failed breaks the barrier
                master(client).nodes().register(new NodeSpec("n" + round + "-" + client, "site-" + round, "127.0.0.1",
                        1000, 1000, 1000, Map.of(), 1, 20000, 10));
            }
            return List.of();
        });

        // then: all 40 nodes are registered, two in each site
        assertEquals(40, first.nodes().list().size());
        assertEquals(java.util.Set.of(2L), first.nodes().list().stream()
                .collect(java.util.stream.Collectors.groupingBy(n -> n.site(), java.util.stream.Collectors.counting()))
                .values().stream().collect(java.util.stream.Collectors.toSet()));
    }

    private static List<InstanceRecord> race(int clients, ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<InstanceRecord>>> results = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                Callable<List<InstanceRecord>> call = () -> {
                    start.await();
                    return work.run(id);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<InstanceRecord> all = new ArrayList<>();
            for (Future<List<InstanceRecord>> result : results) {
                all.addAll(result.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private TestMaster master(int client) {
        return client % 2 == 0 ? first : second;
    }

    private interface ClientWork {
        List<InstanceRecord> run(int client) throws Exception;
    }

    private static Request web(String title) {
        return Request.root(title, WEB, "default", new ObjectMapper().createObjectNode());
    }
}
