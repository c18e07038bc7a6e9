package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The attacks on the built-in services, against the real services a real agent runs: a client without the
 * service's credentials is refused (and creates nothing), the one with them is served, the service listens on
 * its partition's address only (127.0.0.1 here: a socket bound to it does not answer on 127.0.0.2, one bound
 * to every address does), and the service's promise says that an anonymous client is refused.
 */
class BuiltInServiceAccessTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Pattern HOST_PORT = Pattern.compile("//([^:/@]+):(\\d+)");
    private static final String REFUSES_ANONYMOUS = "anonymous-refused";

    @Test
    void h2RefusesANewDatabaseAndAClientWithoutThePasswordAndServesTheOneWithIt() throws Exception {
        String h2 = harness.release("h2-database");
        harness.uploadH2();

        harness.desired(1, harness.partition(0, 1101, h2, "started", AgentHarness.parameters("database", "orders")));

        JsonNode connection = started("p000", "H2").data().path("connection");
        String url = org.hyperedge.agent.testing.DesiredDocuments.open(connection.path("url").asText());
        int port = port(url);
        SQLException newDatabase = assertThrows(SQLException.class,
                () -> selectOne("jdbc:h2:tcp://127.0.0.1:" + port + "/intruder", "sa", ""),
                "a client that is not the database's user created a database and could run Java in it (CREATE ALIAS)");
        assertEquals(90149, newDatabase.getErrorCode(), newDatabase.getMessage());
        SQLException noPassword = assertThrows(SQLException.class, () -> selectOne(url, connection.path("user").asText(), ""));
        assertEquals(28000, noPassword.getErrorCode(), noPassword.getMessage());
        assertThrows(SQLException.class, () -> selectOne(url, "sa", "guess"));
        assertFalse(Files.exists(harness.partitionDirectory(0).resolve("data/intruder.mv.db")));
        assertEquals(1, selectOne(url, connection.path("user").asText(), org.hyperedge.agent.testing.DesiredDocuments.open(connection.path("password").asText())));
        assertListensOnlyOnThePartitionAddress(port);
        awaitRefusalPromise("p000");
    }

    @Test
    void mosquittoRefusesAnonymousClientsAndAcceptsItsUser() throws Exception {
        assumeTrue(HostCommands.resolve("mosquitto").isPresent(), "mosquitto is not installed on this machine");
        String mosquitto = harness.release("mosquitto");

        harness.desired(1, harness.partition(0, 1201, mosquitto, "started", AgentHarness.parameters()));

        JsonNode connection = started("p000", "mosquitto").data().path("connection");
        URI url = URI.create(org.hyperedge.agent.testing.DesiredDocuments.open(connection.path("url").asText()));
        int anonymous = MqttConnect.connect(url.getHost(), url.getPort(), "intruder");
        assertTrue(anonymous != 0, "the broker accepted an anonymous client");
        int wrongPassword = MqttConnect.connect(url.getHost(), url.getPort(), "intruder", connection.path("user").asText(),
                "guess");
        assertTrue(wrongPassword != 0, "the broker accepted a wrong password");
        assertEquals(0, MqttConnect.connect(url.getHost(), url.getPort(), "dashboard", connection.path("user").asText(),
                org.hyperedge.agent.testing.DesiredDocuments.open(connection.path("password").asText())));
        assertListensOnlyOnThePartitionAddress(url.getPort());
        awaitRefusalPromise("p000");
    }

    @Test
    void redisAnswersNothingBeforeItsPasswordIsGiven() throws Exception {
        assumeTrue(HostCommands.resolve("redis-server").isPresent(), "redis-server is not installed on this machine");
        String redis = harness.release("redis");

        harness.desired(1, harness.partition(0, 1301, redis, "started", AgentHarness.parameters()));

        URI url = URI.create(org.hyperedge.agent.testing.DesiredDocuments.open(started("p000", "redis").data().path("connection").path("url").asText()));
        assertTrue(RedisPing.pingWithoutPassword(url.getHost(), url.getPort()).startsWith("-NOAUTH"));
        assertEquals("+OK", RedisPing.auth(url.getHost(), url.getPort(), url.getUserInfo().substring(1)));
        assertListensOnlyOnThePartitionAddress(url.getPort());
        awaitRefusalPromise("p000");
    }

    @Test
    void postgresqlRefusesAWrongPasswordAndServesTheRightOne() throws Exception {
        assumeTrue(HostCommands.resolve("initdb").isPresent(), "PostgreSQL's server is not installed on this machine");
        String postgres = harness.release("postgresql");

        harness.desired(1, harness.partition(0, 1401, postgres, "started", AgentHarness.parameters()));

        URI url = URI.create(org.hyperedge.agent.testing.DesiredDocuments.open(started("p000", "postgres").data().path("connection").path("url").asText()));
        String jdbc = "jdbc:postgresql://" + url.getHost() + ":" + url.getPort() + url.getPath();
        String user = url.getUserInfo().substring(0, url.getUserInfo().indexOf(':'));
        SQLException wrong = assertThrows(SQLException.class, () -> postgresSelectOne(jdbc, user, "guess"));
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
        assertEquals(1, postgresSelectOne(jdbc, user, url.getUserInfo().substring(user.length() + 1)));
        assertListensOnlyOnThePartitionAddress(url.getPort());
        awaitRefusalPromise("p000");
    }

    @Test
    void anH2ServerThatLetsAnyoneCreateADatabaseFailsItsAuthPromise() throws Exception {
        String open = harness.release("""
                { "id": "test:open-h2", "name": "H2 as it was", "version": "1",
                  "artifacts": [ { "name": "h2.jar", "sha256": "%s", "size": %d } ],
                  "requires": ["java"], "install": [ { "kind": "copy", "artifact": "h2.jar" } ],
                  "types": { "default": { "ports": ["tcp"],
                    "processes": [ { "name": "h2", "command": ["java", "-Xmx64m", "-cp", "${software}/h2.jar",
                      "org.h2.tools.Server", "-tcp", "-tcpPort", "${port.tcp}", "-baseDir", "${partition}/data", "-ifNotExists"] } ],
                    "promises": [ { "name": "anonymous-refused", "kind": "auth", "target": "h2://${ip}:${port.tcp}", "period": 2 } ] } } }
                """.formatted(org.hyperedge.agent.testing.TestCatalog.H2_SHA256, Files.size(org.hyperedge.agent.testing.TestCatalog.h2Jar())));
        harness.uploadH2();

        harness.desired(1, harness.partition(0, 1501, open, "started", AgentHarness.parameters()));

        ReportEvent failed = harness.reports.await(READY, e -> e.kind() == Kind.PROMISE && !e.data().path("ok").asBoolean()
                && REFUSES_ANONYMOUS.equals(e.data().path("name").asText()), "the auth promise failing");
        assertTrue(failed.data().path("message").asText().contains("let"), failed.data().toString());
        assertFalse(harness.reports.events().stream().anyMatch(instance("p000", "started", true)),
                "an instance whose server lets anyone in is not healthy");
    }

    private ReportEvent started(String partition, String what) throws Exception {
        return harness.reports.await(READY, instance(partition, "started", true), what + " started and healthy");
    }

    private void awaitRefusalPromise(String partition) throws Exception {
        Predicate<ReportEvent> refused = e -> e.kind() == Kind.PROMISE && partition.equals(e.partition())
                && REFUSES_ANONYMOUS.equals(e.data().path("name").asText()) && e.data().path("ok").asBoolean();
        ReportEvent promise = harness.reports.await(READY, refused, "the promise that an anonymous client is refused");
        assertTrue(promise.data().path("message").asText().contains("refused"), promise.data().toString());
    }

    /** Nothing answers on another loopback address: the socket is bound to 127.0.0.1, not to every address. */
    private static void assertListensOnlyOnThePartitionAddress(int port) {
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", port), 2_000);
            }
        }, "the service answers on 127.0.0.2: it listens on every address, not only its partition's");
    }

    private static int port(String url) {
        Matcher hostPort = HOST_PORT.matcher(url);
        assertTrue(hostPort.find(), url);
        return Integer.parseInt(hostPort.group(2));
    }

    private static int selectOne(String url, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.put("user", user);
        credentials.put("password", password);
        try (Connection connection = new org.h2.Driver().connect(url, credentials);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static int postgresSelectOne(String url, String user, String password) throws SQLException, IOException {
        Properties credentials = new Properties();
        credentials.put("user", user);
        credentials.put("password", password);
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }
}
