package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code request mariadb my_db}: the host's MariaDB, its data directory made in the partition as the partition's user,
 * publishes a URL with a database and an account; its promise is a query as that account, and root or anonymous
 * logins over the network are refused.
 */
class MariaDbTest extends SiteTest {

    private static final Duration READY = Duration.ofSeconds(120);


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("mariadbd").isPresent() && HostCommands.resolve("mariadb").isPresent(),
                "MariaDB is not installed on this machine: sudo apt-get install -y --no-install-recommends "
                        + "mariadb-server-core mariadb-client-core");
        site = new TestSite(dir);
    }

    @Test
    void requestedByItsShortNameItServesItsDatabaseToItsAccountAndRefusesRootAndAnonymous() throws Exception {
        // given: a node, and MariaDB requested by its short name with a database and an account of the operator's
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord database = site.requests.request(Request.root("my_db", "mariadb", "default",
                EndToEndTest.parameters("database", "orders", "user", "shop")).withSla(Map.of("node", node)));

        // when: its promises pass
        Reported started = site.await(database.id(), "started", true, READY);
        URI url = URI.create(site.open(ReportCodec.JSON.readTree(started.connectionJson()).path("url").asText()));
        String password = url.getUserInfo().substring(url.getUserInfo().indexOf(':') + 1);

        // then: the account the URL names writes and reads its database, and nobody logs in without its password
        assertEquals("builtin:mariadb", database.releaseId());
        assertEquals("mysql", url.getScheme());
        assertEquals("/orders", url.getPath());
        assertTrue(url.getUserInfo().startsWith("shop:") && password.length() >= 24, url.getUserInfo());
        assertEquals("kept", query(url, "shop", password,
                "CREATE TABLE note (text VARCHAR(20)); INSERT INTO note VALUES ('kept'); SELECT text FROM note").strip());
        assertEquals(Boolean.TRUE, PromiseResults.last(site, database.id(), "query-as-user").ok());
        assertEquals(Boolean.TRUE, PromiseResults.last(site, database.id(), "anonymous-refused").ok());
        assertNotEquals(0, exit(url, "root", ""), "root logs in over the network without a password");
        assertNotEquals(0, exit(url, "", ""), "an anonymous account logs in over the network");
        assertNotEquals(0, exit(url, "shop", "not-" + password), "the account takes another password");
    }

    private static String query(URI url, String user, String password, String sql) throws Exception {
        ProcessBuilder client = client(url, user, password, sql);
        client.command().add(url.getPath().substring(1)); // the URL's database
        Process process = client.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), () -> "the query failed: " + error(process));
        return out;
    }

    private static int exit(URI url, String user, String password) throws Exception {
        Process process = client(url, user, password, "SELECT 1").redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** The MariaDB client as a user runs it; the password through the environment, not the command line. */
    private static ProcessBuilder client(URI url, String user, String password, String sql) {
        List<String> command = new ArrayList<>(List.of("mariadb", "--no-defaults", "--connect-timeout=5", "-N",
                "-h", url.getHost(), "-P", Integer.toString(url.getPort()), "-u", user, "-e", sql));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password);
        return builder;
    }

    private static String error(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
