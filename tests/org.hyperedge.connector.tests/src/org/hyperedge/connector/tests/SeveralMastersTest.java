package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.hyperedge.connector.Connector;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.sync.NodeLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 19: two masters on one PostgreSQL, each a {@link Master} with its own connection pool and its own
 * {@link Connector}, in this JVM, with four real agents on loopback. One JVM rather than two master processes: the
 * leases live in the database, so what decides is that the two masters share nothing but PostgreSQL, which holds here
 * (separate pools, separate connectors, separate master rows); a master "killed" is one whose pool is closed under it
 * before its connector stops, so it releases nothing, as a {@code kill -9} would.
 */
class SeveralMastersTest {

    static final String POSTGRES = System.getProperty("hyperedge.test.postgres", "");
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c", "node-d");
    private static final Duration PERIOD = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private TestSite site;
    private Master lost;
    private Connector lostConnector;

    @AfterEach
    void stop() throws Exception {
        if (lostConnector != null) {
            lostConnector.close();
        }
        if (lost != null) {
            lost.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void twoMastersSplitFourDialledNodesAndWhenOneIsLostTheOtherServesAllWithinTheLeaseNoReportTwice()
            throws Exception {
        assumeTrue(!POSTGRES.isBlank(), "needs -Dhyperedge.test.postgres=URL (./hyperedge test starts one)");
        // given: one PostgreSQL database, a master (the site's) with four agents running tickers, and a second master
        String url = freshDatabase();
        site = new TestSite(dir, url);
        Ticker.importInto(site.catalog);
        for (String name : NODES) {
            String node = site.agent(name);
            Ticker.request(site.requests, name + "-ticker", node);
        }
        lost = Master.open(url);
        lostConnector = new Connector(lost, site.identity, site.artifacts, 4);

        // when: both sync, the site's master also serving its endpoint
        int port = site.connector.listen(EndpointSettings.listen("127.0.0.1", 0));
        site.connector.start(PERIOD);
        lostConnector.start(PERIOD);

        // then: they split the four nodes two and two, none served twice
        awaitTrue(() -> site.connector.servedDialledNodes().size() == 2 && lostConnector.servedDialledNodes().size() == 2,
                Duration.ofSeconds(30), "a 2/2 split");
        Set<String> survivorsNodes = Set.copyOf(site.connector.servedDialledNodes());
        Set<String> lostNodes = Set.copyOf(lostConnector.servedDialledNodes());
        Set<String> all = new HashSet<>(survivorsNodes);
        all.addAll(lostNodes);
        assertEquals(Set.copyOf(NODES), all, "each node is served by one master: " + survivorsNodes + " / " + lostNodes);
        assertEquals(2, site.master.nodeLeases().live().size(), "both masters are live");
        List<String> listed = masters(url);
        assertEquals(3, listed.size(), "a header and two masters: " + listed);
        assertTrue(listed.get(1).contains(" 127.0.0.1:" + port + " "), "the first master's endpoint: " + listed);
        for (String row : listed.subList(1, 3)) {
            assertEquals("2", row.split("\\s+")[5], "each master leases two nodes: " + listed);
        }
        Thread.sleep(3_000); // reports flow through both masters for a while

        // when: the second master is lost: its database gone under it, its connector stopped releasing nothing
        long lostAt = System.nanoTime();
        lost.close();
        lostConnector.close();
        lost = null;
        lostConnector = null;

        // then: the survivor serves all four within the lease time ...
        awaitTrue(() -> site.connector.servedDialledNodes().size() == 4, NodeLeases.LEASE.plusSeconds(5),
                "the survivor holding all four nodes");
        long takeoverMs = (System.nanoTime() - lostAt) / 1_000_000;
        System.out.println("FIGURE masters.takeover-after-a-master-lost " + takeoverMs + " ms lower-is-better");
        assertTrue(takeoverMs < 15_000, "taken over in " + takeoverMs + " ms, not under 15 s");

        // ... a request placed on a node the lost master served reaches started through the survivor ...
        String taken = lostNodes.iterator().next();
        InstanceRecord after = Ticker.request(site.requests, "after-takeover", taken);
        site.await(after.id(), "started", true, Duration.ofSeconds(60));

        // ... and no node's report was ingested twice, nor lost between the first and the last
        Thread.sleep(6_000); // a usage period more through the survivor alone
        for (String node : NODES) {
            List<Long> seqs = site.ingestedSeqs(node);
            assertFalse(seqs.isEmpty(), node + " reported");
            assertEquals(seqs.stream().distinct().count(), seqs.size(), node + ": no report twice: " + seqs);
            assertEquals(seqs.get(seqs.size() - 1) - seqs.get(0) + 1, seqs.size(), node + ": no report lost: " + seqs);
        }
        assertEquals(1, site.master.nodeLeases().live().size(), "the lost master is no longer listed");
    }

    /** {@code hyperedge --db URL masters} (its own data directory, not the user's), its output's lines. */
    private List<String> masters(String url) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = org.hyperedge.cli.Main.run(List.of("--data", dir.resolve("cli").toString(), "--db", url, "masters"), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        assertEquals(0, code, "hyperedge masters: " + err);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** A new, empty PostgreSQL database for this test on the server the test run was given. */
    static String freshDatabase() throws SQLException {
        String name = "hyperedge_masters_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return POSTGRES.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1");
    }
}
