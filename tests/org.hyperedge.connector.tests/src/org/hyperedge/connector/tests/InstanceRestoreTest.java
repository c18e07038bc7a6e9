package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 23, item 2: a PostgreSQL instance with rows in it is backed up, its node is lost for good, and
 * {@code restore-instance} brings it up on another real agent with its rows, its dependents following its new URL.
 */
class InstanceRestoreTest {

    private static final Duration READY = Duration.ofSeconds(90);

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
    void aLostPostgresqlInstanceIsRestoredOnAnotherNodeWithItsRowsAndItsLinkedPageShowsTheNewUrl() throws Exception {
        assumeTrue(org.hyperedge.agent.software.HostCommands.resolve("initdb").isPresent()
                && org.hyperedge.agent.software.HostCommands.resolve("pg_dump").isPresent()
                && org.hyperedge.agent.software.HostCommands.resolve("pg_restore").isPresent(),
                "PostgreSQL (initdb, postgres, pg_dump, pg_restore) is not installed on this machine");
        // given a PostgreSQL instance on node-a with rows in it, a page on node-b showing its URL, and a backup
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord database = site.requests.request(Request.root("orders-db", "builtin:postgresql", "default",
                EndToEndTest.parameters()).withSla(Map.of("node", nodeA)));
        InstanceRecord page = site.requests.request(new Request("orders-page", "builtin:static-web", "default",
                EndToEndTest.parameters("title", "Orders"), Map.of("node", nodeB), RequestedState.STARTED, false,
                database.id()).withLinks(Map.of("database-url", new ParameterLink("orders-db", "url"))));
        String oldUrl = url(site.await(database.id(), "started", true, READY));
        execute(oldUrl, "CREATE TABLE orders (id INT PRIMARY KEY, item TEXT)",
                "INSERT INTO orders VALUES (1, 'bolts'), (2, 'nuts'), (3, 'washers')");
        site.await(page.id(), "started", true, READY);
        assertEquals(nodeA, site.master.instanceRecovery().backupNow("orders-db", null));
        InstanceBackups.Backup backup = awaitStoredBackup(database.id());
        assertTrue(Files.isRegularFile(site.directory.resolve("master-cache").resolve(backup.sha256())),
                "the master holds the backup's file in its cache");
        awaitReplicated(database.id(), nodeB);
        assertTrue(Files.isRegularFile(site.directory.resolve("node-b").resolve("cache").resolve(backup.sha256())),
                "the replica node holds a copy too");

        // when node-a is lost for good and the instance is restored (the lost node and an unknown node refused first)
        site.loseNode("node-a");
        RequestRefused onLostNode = assertThrows(RequestRefused.class,
                () -> site.master.instanceRecovery().restore("orders-db", null, nodeA));
        assertTrue(onLostNode.getMessage().contains("was lost on node '" + nodeA + "'"), onLostNode.getMessage());
        RequestRefused unknownNode = assertThrows(RequestRefused.class,
                () -> site.master.instanceRecovery().restore("orders-db", null, "node-z"));
        assertTrue(unknownNode.getMessage().contains("node 'node-z' is unknown"), unknownNode.getMessage());
        var restored = site.master.instanceRecovery().restore("orders-db", null, null);

        // then it runs on node-b with the same id and title, its rows back, and the page shows its new URL
        assertEquals(nodeB, restored.toNode());
        assertEquals(backup.sha256(), restored.backup().sha256());
        Reported back = site.await(database.id(), "started", true, READY);
        String newUrl = url(back);
        assertNotEquals(oldUrl, newUrl, "a new node, a new address and password");
        assertEquals(nodeB, site.requests.find(database.treeId(), "orders-db").orElseThrow().nodeId());
        assertEquals("bolts,nuts,washers", query(newUrl, "SELECT string_agg(item, ',' ORDER BY id) FROM orders"));
        awaitPageShowing(page.id(), newUrl);
    }

    @Test
    void anH2InstanceIsBackedUpOnItsScheduleAndRestoredOnAnotherNodeWithItsRows() throws Exception {
        // given an H2 database on node-a backed up every 30 s (its backup-every parameter), with rows in it
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord database = site.requests.request(Request.root("batches-db", "builtin:h2-database", "default",
                EndToEndTest.parameters("database", "batches", "backup-every", "PT30S")).withSla(Map.of("node", nodeA)));
        JsonNode before = ReportCodec.JSON.readTree(site.await(database.id(), "started", true, READY).connectionJson());
        String password = site.open(before.path("password").asText());
        h2(before.path("url").asText(), password, "CREATE TABLE batch (id INT PRIMARY KEY, recipe VARCHAR(40))",
                "INSERT INTO batch VALUES (1, 'resin A'), (2, 'resin B')");

        // when its scheduled backup reached the master (nobody asked for one) and node-a is lost for good
        InstanceBackups.Backup backup = awaitStoredBackup(database.id());
        site.loseNode("node-a");
        site.master.instanceRecovery().restore("batches-db", null, nodeB);

        // then it runs on node-b from that backup, with its rows, under the password node-b made
        JsonNode after = ReportCodec.JSON.readTree(site.await(database.id(), "started", true, READY).connectionJson());
        assertNotEquals(before.path("url").asText(), after.path("url").asText());
        assertEquals(backup.sha256(), site.master.instanceBackups().latest(database.id()).orElseThrow().sha256());
        try (Connection connection = h2Connection(after.path("url").asText(), site.open(after.path("password").asText()));
                ResultSet rows = connection.createStatement().executeQuery("SELECT LISTAGG(recipe, ',') WITHIN GROUP (ORDER BY id) FROM batch")) {
            rows.next();
            assertEquals("resin A,resin B", rows.getString(1));
        }
    }

    @Test
    void anInstanceWithoutABackupOrAnUnknownTitleIsRefusedNamingWhy() throws Exception {
        // given an instance requested on a master with no node yet (so no backup of it can exist)
        site.requests.request(Request.root("fresh-db", "builtin:postgresql", "default", EndToEndTest.parameters()));
        site.requests.request(Request.root("front", "builtin:static-web", "default", EndToEndTest.parameters("title", "x")));

        // when restores are asked, then each is refused with its reason
        assertRefused("no instance is titled 'nowhere'", () -> site.master.instanceRecovery().restore("nowhere", null, null));
        assertRefused("'fresh-db' has no backup yet", () -> site.master.instanceRecovery().restore("fresh-db", null, null));
        assertRefused("declares no data backup", () -> site.master.instanceRecovery().restore("front", null, null));
        assertRefused("is not placed on a node yet", () -> site.master.instanceRecovery().backupNow("fresh-db", null));
    }

    @Test
    void aTamperedBackupIsRefusedByTheAgentAndNothingIsRestoredUntilTheTrueFileArrives() throws Exception {
        assumeTrue(org.hyperedge.agent.software.HostCommands.resolve("initdb").isPresent()
                && org.hyperedge.agent.software.HostCommands.resolve("pg_dump").isPresent()
                && org.hyperedge.agent.software.HostCommands.resolve("pg_restore").isPresent(),
                "PostgreSQL (initdb, postgres, pg_dump, pg_restore) is not installed on this machine");
        // given a backed-up PostgreSQL instance whose node is lost, and the master's copy of the backup altered (node-c,
        // where it is restored, is not the backup's replica: node-b is, the first of the nodes with the most free room)
        String nodeA = site.agent("node-a");
        site.agent("node-b");
        String nodeC = site.agent("node-c");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord database = site.requests.request(Request.root("ledger-db", "builtin:postgresql", "default",
                EndToEndTest.parameters()).withSla(Map.of("node", nodeA)));
        execute(url(site.await(database.id(), "started", true, READY)), "CREATE TABLE ledger (entry TEXT)",
                "INSERT INTO ledger VALUES ('opening balance')");
        site.master.instanceRecovery().backupNow("ledger-db", null);
        InstanceBackups.Backup backup = awaitStoredBackup(database.id());
        site.loseNode("node-a");
        Path stored = site.directory.resolve("master-cache").resolve(backup.sha256());
        byte[] original = Files.readAllBytes(stored);
        byte[] altered = original.clone();
        altered[altered.length / 2] ^= 0x5a;
        Files.write(stored, altered);

        // when it is restored on node-c
        site.master.instanceRecovery().restore("ledger-db", null, nodeC);

        // then node-c refuses the altered file (its sha256 does not match) and the instance waits, never started
        awaitRefusedArtifact(nodeC, backup.sha256());
        Reported waiting = site.reports.find(database.id()).orElseThrow();
        assertNotEquals("started", waiting.state(), "nothing restored from an altered backup: " + waiting);

        // and once the master's copy is the true one again, the instance is restored with its row
        Files.write(stored, original);
        String url = url(site.await(database.id(), "started", true, READY));
        assertEquals("opening balance", query(url, "SELECT entry FROM ledger"));
    }

    private InstanceBackups.Backup awaitStoredBackup(long instanceId) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            var latest = site.master.instanceBackups().latest(instanceId);
            if (latest.isPresent() && latest.get().stored()) {
                return latest.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no backup of instance " + instanceId + " reached the master within " + READY);
    }

    private void awaitReplicated(long instanceId, String node) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            var latest = site.master.instanceBackups().latest(instanceId);
            if (latest.isPresent() && latest.get().replicated() && node.equals(latest.get().replicaNode())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the backup of instance " + instanceId + " did not reach its replica " + node);
    }

    private void awaitRefusedArtifact(String node, String sha256) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            boolean refused = site.database.inTransaction(connection -> {
                try (var query = connection.prepareStatement("SELECT summary FROM node_event WHERE node_id = ? AND kind = 'artifact'")) {
                    query.setString(1, node);
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            String detail = rows.getString(1);
                            if (detail.contains(sha256) && detail.contains("\"ok\":false")) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            });
            if (refused) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("node " + node + " did not report refusing the altered backup " + sha256);
    }

    private void awaitPageShowing(long pageId, String databaseUrl) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        String served = "";
        while (System.nanoTime() < deadline) {
            Reported page = site.reports.find(pageId).orElseThrow();
            if ("started".equals(page.state())) {
                try {
                    served = EndToEndTest.get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText());
                } catch (java.io.IOException e) {
                    served = e.toString(); // restarting with its new parameters: asked again
                }
                if (served.contains(databaseUrl.replace("&", "&amp;"))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the page did not come to show " + databaseUrl + ": " + served);
    }

    private static void assertRefused(String reason, org.junit.jupiter.api.function.Executable call) {
        RequestRefused refused = assertThrows(RequestRefused.class, call);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private String url(Reported reported) throws Exception {
        return site.open(ReportCodec.JSON.readTree(reported.connectionJson()).path("url").asText());
    }

    private static Connection h2Connection(String url, String password) throws Exception {
        Properties credentials = new Properties();
        credentials.put("user", "sa");
        credentials.put("password", password);
        return new org.h2.Driver().connect(url, credentials);
    }

    private static void h2(String url, String password, String... statements) throws Exception {
        try (Connection connection = h2Connection(url, password); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(String url) throws Exception {
        URI uri = URI.create(url);
        String[] credentials = uri.getUserInfo().split(":", 2);
        Properties login = new Properties();
        login.put("user", credentials[0]);
        login.put("password", credentials[1]);
        return new org.postgresql.Driver().connect("jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort()
                + uri.getPath(), login);
    }

    private static void execute(String url, String... statements) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection connection = connect(url); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
