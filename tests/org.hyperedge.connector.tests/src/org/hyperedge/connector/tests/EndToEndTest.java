package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request in the master becomes a running service on a node, and its URL comes back, over HTTPS. */
class EndToEndTest {

    private static final Duration READY = Duration.ofSeconds(60);

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
    void requestedH2AndWebServerRunOnTwoAgentsAndTheirUrlsComeBackToTheMaster() throws Exception {
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));

        InstanceRecord database = site.requests.request(Request.root("orders-db", "builtin:h2-database", "default",
                parameters("database", "orders")).withSla(Map.of("node", nodeA)));
        InstanceRecord web = site.requests.request(Request.root("dashboard", "builtin:static-web", "default",
                parameters("title", "Line 3")).withSla(Map.of("node", nodeB)));

        Reported db = site.await(database.id(), "started", true, READY);
        Reported page = site.await(web.id(), "started", true, READY);
        JsonNode dbConnection = ReportCodec.JSON.readTree(db.connectionJson());
        assertEquals(1, selectOne(dbConnection.path("url").asText(), dbConnection.path("user").asText(),
                site.open(dbConnection.path("password").asText())));
        assertTrue(get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText()).contains("<h1>Line 3</h1>"));
    }

    @Test
    void anInstanceRequestedBeforeAnyNodeRunsOnceANodeIsAdopted() throws Exception {
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord web = site.requests.request(Request.root("early", "builtin:static-web", "default",
                parameters("title", "First")));
        assertTrue(!web.placed(), "no node yet: it waits");

        site.agent("node-a");

        Reported page = site.await(web.id(), "started", true, READY);
        assertTrue(get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText()).contains("<h1>First</h1>"));
    }

    @Test
    void aDependentOnAnotherNodeStartsOnceItsSourcePublishedAndServesTheLinkedValue() throws Exception {
        String nodeA = site.agent("node-a");
        String nodeB = site.agent("node-b");
        site.connector.start(Duration.ofMillis(200));

        InstanceRecord database = site.requests.request(Request.root("erp-db", "builtin:h2-database", "default",
                parameters("database", "erp")).withSla(Map.of("node", nodeA)));
        InstanceRecord front = site.requests.request(new Request("erp-front", "builtin:static-web", "default",
                parameters("title", "waiting"), Map.of("node", nodeB), org.hyperedge.model.RequestedState.STARTED,
                false, database.id()).withLinks(Map.of("title",
                        new org.hyperedge.master.request.ParameterLink("erp-db", "url"))));

        Reported db = site.await(database.id(), "started", true, READY);
        Reported page = site.await(front.id(), "started", true, READY);
        String databaseUrl = ReportCodec.JSON.readTree(db.connectionJson()).path("url").asText();
        String served = get(ReportCodec.JSON.readTree(page.connectionJson()).path("url").asText());
        assertTrue(databaseUrl.startsWith("jdbc:h2:tcp://"), databaseUrl);
        assertTrue(served.contains("<h1>" + databaseUrl + "</h1>"), "the page carries the database's URL: " + served);
    }

    @Test
    void aSharedInstanceRunsInItsHostsPartitionAndItsUrlAnswers() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.hyperedge.agent.software.HostCommands.resolve("initdb").isPresent(),
                "PostgreSQL's server is not installed on this machine");
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(200));

        InstanceRecord cluster = site.requests.request(Request.root("cluster", "builtin:postgresql", "default",
                parameters()).withSla(Map.of("node", node)));
        site.await(cluster.id(), "started", true, READY);
        InstanceRecord tenant = site.requests.request(Request.root("tenant", "builtin:postgresql", "default",
                parameters("database", "tenant")).withShared(true).withSla(Map.of("node", node)));

        Reported shared = site.await(tenant.id(), "started", true, READY);
        assertEquals(cluster.id(), site.requests.find(tenant.treeId(), "tenant").orElseThrow().hostId());
        URI url = URI.create(site.open(ReportCodec.JSON.readTree(shared.connectionJson()).path("url").asText()));
        String[] credentials = url.getUserInfo().split(":", 2);
        Properties login = new Properties();
        login.put("user", credentials[0]);
        login.put("password", credentials[1]);
        try (Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://" + url.getHost() + ":"
                + url.getPort() + url.getPath(), login); ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            assertEquals(1, result.getInt(1));
        }
    }

    static ObjectNode parameters(String... keyValues) {
        ObjectNode parameters = ReportCodec.JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], keyValues[i + 1]);
        }
        return parameters;
    }

    static int selectOne(String url, String user, String password) throws Exception {
        Properties credentials = new Properties();
        credentials.put("user", user);
        credentials.put("password", password);
        try (Connection connection = new org.h2.Driver().connect(url, credentials);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    static String get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
