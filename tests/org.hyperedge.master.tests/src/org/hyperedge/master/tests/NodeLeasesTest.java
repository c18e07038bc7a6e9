package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leases that split dialled nodes between masters on one PostgreSQL: renewed by each master's heartbeat alone, so
 * renewing costs one row however many nodes a master holds, and taken from a master whose heartbeat lapsed.
 */
class NodeLeasesTest {

    private static final List<String> NODES = IntStream.range(0, 300).mapToObj(i -> String.format("node-%03d", i)).toList();

    @TempDir
    Path data;
    private Database database;

    @BeforeEach
    void openDatabase() {
        assumeTrue(TestDatabases.onPostgres(), "leases are PostgreSQL's: needs -D" + TestDatabases.PROPERTY
                + "=URL (./hyperedge test starts one)");
        database = Database.open(TestDatabases.freshUrl(data));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void renewingLeasesWritesTheMastersHeartbeatAndNoNodesRow() throws Exception {
        // given a master holding every node
        NodeLeases leases = new NodeLeases(database);
        String master = leases.join("127.0.0.1:1");
        assertEquals(Set.copyOf(NODES), leases.hold(master, NODES));
        Map<String, String> versions = rowVersions();
        String beat = heartbeat(master);

        // when it renews its leases three times
        for (int i = 0; i < 3; i++) {
            Thread.sleep(5);
            assertEquals(Set.copyOf(NODES), leases.hold(master, NODES));
        }

        // then its heartbeat moved, and no node's lease row was written again (PostgreSQL's xmin: the writing transaction)
        assertTrue(!beat.equals(heartbeat(master)), "the heartbeat was renewed");
        assertEquals(versions, rowVersions(), "lease rows written by a renewal");
    }

    @Test
    void aMasterWhoseHeartbeatLapsedLosesItsNodesToAnotherAndTakesNoneBackThatItHolds() throws Exception {
        // given master A holding every node, then silent past the lease time (a pause, a lost link to the database)
        NodeLeases first = new NodeLeases(database);
        String a = first.join("127.0.0.1:1");
        assertEquals(Set.copyOf(NODES), first.hold(a, NODES));
        execute("UPDATE master_process SET heartbeat_at = now() - interval '11 seconds' WHERE id = ?", a);

        // when master B renews, then it takes every node: A's leases lapsed with its heartbeat
        NodeLeases second = new NodeLeases(database);
        String b = second.join("127.0.0.1:2");
        assertEquals(Set.copyOf(NODES), second.hold(b, NODES));

        // when A comes back and renews, then it holds none of B's nodes (it gave up what it had), so no node has two
        Set<String> back = first.hold(a, NODES);
        assertEquals(Set.of(), back, "nodes A claims back from B");
        // and the two split the nodes once B gives back what is above its share
        Set<String> ofB = second.hold(b, NODES);
        assertEquals(NODES.size() / 2, ofB.size());
        execute("UPDATE node_lease SET expires_at = now() WHERE master_id IS NULL"); // the handover, without its wait
        Set<String> ofA = first.hold(a, NODES);
        assertEquals(NODES.size() / 2, ofA.size());
        Set<String> both = new HashSet<>(ofA);
        both.retainAll(ofB);
        assertEquals(Set.of(), both, "nodes held by both");
    }

    @Test
    void theLeaseOfANodeNoLongerDialledIsGivenBack() {
        // given a master holding every node
        NodeLeases leases = new NodeLeases(database);
        String master = leases.join("127.0.0.1:1");
        leases.hold(master, NODES);

        // when ten nodes are no longer dialled (revoked, or dialling in now) and it renews
        List<String> kept = NODES.subList(10, NODES.size());
        assertEquals(Set.copyOf(kept), leases.hold(master, kept));

        // then their leases are in nobody's name, and it is counted with the nodes it syncs only
        assertEquals(10, count("SELECT COUNT(*) FROM node_lease WHERE master_id IS NULL"));
        assertEquals(kept.size(), leases.live().get(0).nodesLeased());
    }

    private Map<String, String> rowVersions() {
        return database.inTransaction(connection -> {
            Map<String, String> versions = new TreeMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT node_id, xmin::text FROM node_lease");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getString(2));
                }
            }
            return versions;
        });
    }

    private long count(String sql) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private String heartbeat(String master) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT heartbeat_at::text FROM master_process WHERE id = ?")) {
                query.setString(1, master);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private void execute(String sql, String... parameters) {
        database.inTransaction((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            return null;
        });
    }
}
