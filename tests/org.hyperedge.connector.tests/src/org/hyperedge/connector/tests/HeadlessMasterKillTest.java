package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, fault 1, its first "done when": the headless master killed with {@code kill -9} at random points, 50
 * times, while three real agents report steadily; afterwards every node is in sync and the master holds every
 * report its agents produced, each exactly once.
 */
class HeadlessMasterKillTest {

    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final int KILLS = 50;

    @TempDir
    Path dir;
    HeadlessSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new HeadlessSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void killMinus9OfTheHeadlessMasterFiftyTimesLosesNoReportIngestsNoneTwiceAndWedgesNoNode() throws Exception {
        // given: three agents running two tickers each (six report events a second per node), adopted by the master
        try (Master master = Master.over(site.openDatabase())) {
            Ticker.importInto(master.catalog());
            RequestService requests = master.requests();
            try (Connector adopting = MasterSite.connector(master, site.master, 1)) {
                for (String name : NODES) {
                    AgentLauncher.Launched agent = site.startAgent(name);
                    String node = adopting.adopt(agent.address(), agent.pairingCode(), "factory", Map.of());
                    Ticker.request(requests, name + "-1", node);
                    Ticker.request(requests, name + "-2", node);
                }
            }
        }
        site.startMaster("0.1");
        awaitAcknowledged(Map.of(), Duration.ofSeconds(90));

        // when: the master is killed at random points of its life, fifty times
        Random random = new Random();
        for (int kill = 0; kill < KILLS; kill++) {
            if (kill > 0) {
                site.startMaster("0.1");
            }
            Thread.sleep(300 + random.nextInt(1700));
            site.killMaster();
        }

        // then: with the agents' journals frozen as they are ...
        Map<String, List<Long>> produced = new HashMap<>();
        for (String name : NODES) {
            site.killAgent(name);
            produced.put(name, journalSeqs(name));
        }
        // ... the agents and a master started again bring every node in sync
        for (String name : NODES) {
            site.startAgent(name);
        }
        site.startMaster("0.1");
        Map<String, Long> last = new HashMap<>();
        produced.forEach((name, seqs) -> last.put(name, seqs.get(seqs.size() - 1)));
        awaitAcknowledged(last, Duration.ofSeconds(60));
        site.stopMaster();
        for (String name : NODES) {
            site.killAgent(name);
        }

        try (Database database = site.openDatabase()) {
            for (String name : NODES) {
                Map<String, Object> node = node(database, name);
                long cursor = (Long) node.get("report_cursor");
                List<Long> stored = storedSeqs(database, name);
                List<Long> producedSeqs = produced.get(name);
                assertNull(node.get("last_sync_error"), name + " ends without a sync error");
                assertTrue(cursor >= last.get(name), name + " is in sync: cursor " + cursor + ", its journal reached "
                        + last.get(name) + " before the last start");
                assertEquals(producedSeqs, stored.stream().filter(seq -> seq <= last.get(name)).toList(),
                        name + ": every report produced before the last start is stored, once");
                assertEquals(LongStream.rangeClosed(1, cursor).boxed().toList(), stored,
                        name + ": the master holds 1.." + cursor + ", each once, none lost");
            }
            assertEquals(0, count(database, "SELECT COUNT(*) FROM ticket WHERE cause LIKE 'report-loss:%'"),
                    "no report was lost");
        }
    }

    /** Every sequence number the agent's journal holds, which is all it produced: this test's journals stay small. */
    private List<Long> journalSeqs(String name) throws Exception {
        List<Long> seqs = JournalFiles.seqs(site.agentData(name).resolve("journal"));
        assertEquals(1L, seqs.get(0), name + "'s journal still holds its first event (nothing was trimmed)");
        return seqs;
    }

    /** Waits until each node's agent has had its reports acknowledged up to the given number (any, when absent). */
    private void awaitAcknowledged(Map<String, Long> upTo, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String name : NODES) {
            long wanted = upTo.getOrDefault(name, 1L);
            while (site.acknowledged(name) < wanted) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(name + " acknowledged up to " + site.acknowledged(name) + ", not " + wanted
                            + " within " + timeout);
                }
                Thread.sleep(50);
            }
        }
    }

    private static Map<String, Object> node(Database database, String id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT report_cursor, last_sync_error FROM node WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    Map<String, Object> node = new HashMap<>();
                    node.put("report_cursor", row.getLong(1));
                    node.put("last_sync_error", row.getString(2));
                    return node;
                }
            }
        });
    }

    /** Every row a report of the node landed in, by seq: promise results, usage records and node events. */
    private static List<Long> storedSeqs(Database database, String node) {
        return database.inTransaction(connection -> {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM (SELECT node_id, seq FROM node_event "
                    + "UNION ALL SELECT node_id, seq FROM promise_result UNION ALL SELECT node_id, seq FROM usage_record) e "
                    + "WHERE node_id = ? ORDER BY seq")) {
                query.setString(1, node);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
            }
            return seqs;
        });
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
