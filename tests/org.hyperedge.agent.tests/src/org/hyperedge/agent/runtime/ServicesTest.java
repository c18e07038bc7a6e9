package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.hyperedge.agent.testing.ReportStream.process;
import static org.hyperedge.agent.testing.ReportStream.promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Properties;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.TestCatalog;
import org.hyperedge.agent.testing.DesiredDocuments;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real services in real partitions: installed, started, checked, restarted, stopped and destroyed. */
class ServicesTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    static Path identities;
    static TlsIdentity master;

    @TempDir
    Path dir;
    AgentHarness harness;

    @BeforeAll
    static void identities() {
        master = AgentHarness.masterIdentity(identities.resolve("master"));
    }

    @BeforeEach
    void startAgent() throws Exception {
        harness = AgentHarness.start(dir, master, "--usage-period", "5");
    }

    @AfterEach
    void stopAgent() throws Exception {
        harness.close();
    }

    @Test
    void theH2DatabaseAndTheStaticWebServerStartWithPassingPromisesAndUrlsThatAnswer() throws Exception {
        String h2 = harness.release("h2-database");
        String web = harness.release("static-web");
        harness.uploadH2();

        harness.desired(1, harness.partition(0, 101, h2, "started", AgentHarness.parameters("database", "orders")),
                harness.partition(1, 102, web, "started", AgentHarness.parameters("title", "Factory dashboard")));

        ReportEvent database = harness.reports.await(READY, instance("p000", "started", true), "H2 started and healthy");
        ReportEvent site = harness.reports.await(READY, instance("p001", "started", true), "web started and healthy");
        String url = database.data().path("connection").path("url").asText();
        assertEquals("jdbc:h2:tcp://127.0.0.1:" + harness.firstPort + "/orders", url);
        String sealed = database.data().path("connection").path("password").asText();
        assertTrue(SealedValue.isSealed(sealed), "the password leaves the node sealed: " + sealed);
        assertEquals(1, selectOne(url, database.data().path("connection").path("user").asText(),
                DesiredDocuments.open(sealed)));
        assertTrue(get(site.data().path("connection").path("url").asText()).contains("<h1>Factory dashboard</h1>"));
        harness.reports.await(READY, e -> e.kind() == Kind.INSTALL && "installed".equals(e.data().path("state").asText())
                && h2.equals(e.data().path("release").asText()), "H2 installed");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(harness.partitionDirectory(0))));
    }

    @Test
    void aKilledServiceIsRestartedAfterAPromiseFailureIsRecordedAndThenRecovers() throws Exception {
        String web = harness.release("static-web");
        harness.desired(1, harness.partition(0, 201, web, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "web healthy");
        long pid = harness.reports.currentPid("p000");
        long before = harness.reports.cursor();

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        harness.reports.await(READY, before, process("p000", "exited"), "the exit");
        long failure = harness.reports.await(READY, before, promise("p000", false), "a failed promise").seq();
        ReportEvent restarted = harness.reports.await(READY, before, process("p000", "started"), "the restart");
        harness.reports.await(READY, failure, promise("p000", true), "the promise passing again");
        harness.reports.await(READY, failure, instance("p000", "started", true), "healthy again");
        assertTrue(restarted.data().path("pid").asLong() != pid);
    }

    @Test
    void destroyedLeavesNoProcessNoDirectoryAndSendsTheFinalUsage() throws Exception {
        String web = harness.release("static-web");
        harness.desired(1, harness.partition(0, 301, web, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "web healthy");
        long pid = harness.reports.currentPid("p000");

        harness.desired(2, harness.partition(0, 301, web, "destroyed", AgentHarness.parameters()));

        harness.reports.await(READY, instance("p000", "destroyed", false), "destroyed");
        ReportEvent usage = harness.reports.await(READY, e -> e.kind() == Kind.USAGE && e.data().path("final").asBoolean(),
                "the final usage record");
        assertEquals(301, usage.instanceId());
        assertTrue(usage.data().path("instanceHours").asDouble() > 0);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(Files.exists(harness.partitionDirectory(0)));
        assertFalse(Files.exists(harness.data.resolve("private").resolve("p000")));
    }

    @Test
    void stoppedEndsTheProcessesKeepsThePartitionAndStartedBringsThemBack() throws Exception {
        String web = harness.release("static-web");
        harness.desired(1, harness.partition(0, 401, web, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "web healthy");
        long pid = harness.reports.currentPid("p000");

        harness.desired(2, harness.partition(0, 401, web, "stopped", AgentHarness.parameters()));
        long stopped = harness.reports.await(READY, instance("p000", "stopped", false), "stopped").seq();

        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(Files.exists(harness.partitionDirectory(0).resolve("www/index.html")));
        harness.desired(3, harness.partition(0, 401, web, "started", AgentHarness.parameters()));
        harness.reports.await(READY, stopped, instance("p000", "started", true), "started again");
    }

    @Test
    void anArtifactDamagedInTheCacheIsThrownAwayAskedForAgainAndNeverUsed() throws Exception {
        String h2 = harness.release("h2-database");
        harness.uploadH2();
        Path cached = harness.data.resolve("cache").resolve(TestCatalog.H2_SHA256);
        Files.write(cached, "not the jar".getBytes(StandardCharsets.UTF_8));

        harness.desired(1, harness.partition(0, 501, h2, "started", AgentHarness.parameters()));

        ReportEvent waiting = harness.reports.await(READY, e -> e.kind() == Kind.INSTALL
                && "waiting".equals(e.data().path("state").asText()), "the install waiting for a good copy");
        assertTrue(waiting.data().path("error").asText().contains("did not match its sha256"), waiting.data().toString());
        assertEquals(TestCatalog.H2_SHA256, waiting.data().path("missing").get(0).asText());
        assertFalse(Files.exists(cached));
        harness.uploadH2();
        harness.reports.await(READY, instance("p000", "started", true), "H2 started from the good copy");
    }

    @Test
    void aReleaseRequiringAMissingHostCommandFailsWithItsName() throws Exception {
        String release = harness.release("""
                { "id": "test:needs-missing", "name": "needs", "version": "1", "requires": ["no-such-command-he"],
                  "types": { "default": { "processes": [ { "name": "x", "command": ["no-such-command-he"] } ] } } }
                """);

        harness.desired(1, harness.partition(0, 601, release, "started", AgentHarness.parameters()));

        ReportEvent failed = harness.reports.await(READY, instance("p000", "failed", false), "the failed instance");
        assertTrue(failed.data().path("error").asText().contains("requires host command no-such-command-he"),
                failed.data().toString());
    }

    @Test
    void nginxServesFromItsPartitionWhereTheHostHasIt() throws Exception {
        assumeTrue(HostCommands.resolve("nginx").isPresent(), "nginx is not installed on this machine");
        String nginx = harness.release("nginx");

        harness.desired(1, harness.partition(0, 701, nginx, "started", AgentHarness.parameters("root-message", "hello edge")));

        ReportEvent started = harness.reports.await(READY, instance("p000", "started", true), "nginx healthy");
        assertTrue(get(started.data().path("connection").path("url").asText()).contains("hello edge"));
    }

    @Test
    void redisAnswersWithItsGeneratedPasswordWhereTheHostHasIt() throws Exception {
        assumeTrue(HostCommands.resolve("redis-server").isPresent(), "redis-server is not installed on this machine");
        String redis = harness.release("redis");

        harness.desired(1, harness.partition(0, 801, redis, "started", AgentHarness.parameters()));

        ReportEvent started = harness.reports.await(READY, instance("p000", "started", true), "redis healthy");
        URI url = URI.create(DesiredDocuments.open(started.data().path("connection").path("url").asText()));
        String password = url.getUserInfo().substring(1);
        assertEquals("+OK", RedisPing.auth(url.getHost(), url.getPort(), password));
    }

    @Test
    void postgresqlInitialisesItsClusterInThePartitionAndListensWhereTheHostHasIt() throws Exception {
        assumeTrue(HostCommands.resolve("initdb").isPresent(), "PostgreSQL's server is not installed on this machine");
        String postgres = harness.release("postgresql");

        harness.desired(1, harness.partition(0, 901, postgres, "started", AgentHarness.parameters()));

        ReportEvent started = harness.reports.await(Duration.ofSeconds(60), instance("p000", "started", true), "postgres healthy");
        assertTrue(DesiredDocuments.open(started.data().path("connection").path("url").asText()).startsWith("postgresql://postgres:"));
        assertTrue(Files.exists(harness.partitionDirectory(0).resolve("data/PG_VERSION")), "the cluster lives in the partition");
    }

    private static int selectOne(String url, String user, String password) throws Exception {
        Properties credentials = new Properties();
        credentials.put("user", user);
        credentials.put("password", password);
        try (Connection connection = new org.h2.Driver().connect(url, credentials);
                ResultSet result = connection.createStatement().executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String get(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
