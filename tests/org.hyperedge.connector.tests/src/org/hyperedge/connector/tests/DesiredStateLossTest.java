package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fault 2 of issue 15: with the master down, an agent restarted without its {@code desired.json} destroyed
 * every partition (a tenant's H2 database wiped), and the master, back, showed it in sync and never pushed
 * again. Here the file is deleted, or damaged, while a real master is down; the database must keep running
 * with its data, and the master, back, must see the node lacks the generation it pushed and push it again.
 */
class DesiredStateLossTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final String NODE = "node-a";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void anAgentRestartedWithoutItsDesiredStateKeepsTheDatabaseAndItsDataAndTheMasterPushesItAgain() throws Exception {
        Database orders = ordersDatabaseWithARow();

        restartAgentWhileTheMasterIsDown(desired -> Files.delete(desired));

        assertEquals("kept", orders.row(), "the database ran on with its data while no desired state was held");
        masterComesBackAndPushesAgain(orders, "desired.json is missing");
    }

    @Test
    void anUnreadableDesiredStateIsSetAsideTheDatabaseRunsOnAndTheMasterRepairsIt() throws Exception {
        Database orders = ordersDatabaseWithARow();
        byte[] damaged = "{\"protocol\":1,\"node\":\"node-a\",\"generation\":".getBytes(StandardCharsets.UTF_8);

        restartAgentWhileTheMasterIsDown(desired -> Files.write(desired, damaged));

        assertEquals("kept", orders.row(), "the database ran on with its data while no desired state was held");
        masterComesBackAndPushesAgain(orders, "is set aside as desired.json.corrupt-");
        List<Path> aside = setAside();
        assertEquals(1, aside.size(), "the unreadable file is kept aside: " + aside);
        assertArrayEquals(damaged, Files.readAllBytes(aside.get(0)), "as it was");
    }

    private interface Damage {
        void apply(Path desired) throws Exception;
    }

    /** The master stops (its connector closed); the agent is killed, its desired state damaged, and started again. */
    private void restartAgentWhileTheMasterIsDown(Damage damage) throws Exception {
        site.connector.close();
        site.killAgent(NODE);
        damage.apply(agentData().resolve("state").resolve("desired.json"));
        site.startAgent(NODE);
        Thread.sleep(7_000); // more than one pass of the agent's converger (every 5 s)
    }

    private void masterComesBackAndPushesAgain(Database orders, String problem) throws Exception {
        long generation = link().generation();
        site.reconnect();
        site.connector.start(Duration.ofMillis(100));

        long deadline = System.nanoTime() + READY.toNanos();
        // the push comes first in the sync, the page that told of the loss is ingested after it
        while ((site.connector.nodeInfo(NODE).generation() != generation || nodeEvents("desired").isEmpty())
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(generation, site.connector.nodeInfo(NODE).generation(),
                "the master pushed the generation the node lost, unchanged");
        assertEquals(generation, link().generation(), "nothing changed in the master to make it push");
        assertTrue(Files.exists(agentData().resolve("state").resolve("desired.json")));
        assertTrue(nodeEvents("desired").stream().anyMatch(summary -> summary.contains(problem)),
                "the agent reported its loss to the master: " + nodeEvents("desired"));
        assertEquals("kept", orders.row());

        // the desired state the master pushed again is in force: a destroy now destroys
        site.requests.changeState(orders.instance().id(), RequestedState.DESTROYED);
        site.await(orders.instance().id(), "destroyed", false, READY);
        assertTrue(!Files.exists(agentData().resolve("partitions").resolve("p000")), "the partition is gone");
    }

    private record Database(InstanceRecord instance, String url, Properties login) {

        String row() throws Exception {
            try (Connection connection = new org.h2.Driver().connect(url, login);
                    ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private Database ordersDatabaseWithARow() throws Exception {
        site.agent(NODE);
        site.connector.start(Duration.ofMillis(100));
        InstanceRecord orders = site.requests.request(Request.root("orders-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "orders")).withSla(Map.of("node", NODE)));
        Reported reported = site.await(orders.id(), "started", true, READY);
        JsonNode connection = ReportCodec.JSON.readTree(reported.connectionJson());
        Properties login = new Properties();
        login.put("user", connection.path("user").asText());
        login.put("password", site.open(connection.path("password").asText()));
        Database database = new Database(orders, connection.path("url").asText(), login);
        try (Connection jdbc = new org.h2.Driver().connect(database.url(), login)) {
            jdbc.createStatement().execute("CREATE TABLE kept (note VARCHAR(20))");
            jdbc.createStatement().execute("INSERT INTO kept VALUES ('kept')");
        }
        return database;
    }

    private Path agentData() {
        return site.directory.resolve(NODE);
    }

    private NodeLink link() {
        return site.master.nodeLinks().find(NODE).orElseThrow();
    }

    private List<Path> setAside() throws Exception {
        try (Stream<Path> files = Files.list(agentData().resolve("state"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("desired.json.corrupt-")).toList();
        }
    }

    private List<String> nodeEvents(String kind) {
        return site.database.inTransaction(connection -> {
            List<String> summaries = new java.util.ArrayList<>();
            try (var query = connection.prepareStatement("SELECT summary FROM node_event WHERE node_id = ? AND kind = ?")) {
                query.setString(1, NODE);
                query.setString(2, kind);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(rows.getString(1));
                    }
                }
            }
            return summaries;
        });
    }
}
