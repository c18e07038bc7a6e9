package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.connector.MasterRelease;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 20, recursivity one level deep: master A (this test's) requests {@code builtin:hyperedge-master} on a real
 * agent; the child master runs there as a service, publishes its endpoint and fingerprint, takes in a second agent
 * that dials and enrols with a token the child's own command line made, and provisions an H2 server on it; destroying
 * the child from A ends it. The release carries the jars of this test's class path ({@link ClassPathJars}): the
 * product's {@code hyperedge-cli.jar}, which the command line offers, is built after the tests.
 */
class MasterAsAServiceTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Pattern INSTANCE = Pattern.compile("\\(instance (\\d+),");

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void startSite() throws Exception {
        site = new TestSite(dir);
        MasterRelease.offer(site.catalog, site.artifacts, ClassPathJars.of(dir.resolve("jars")));
    }

    @AfterEach
    void stopSite() throws Exception {
        site.close();
    }

    @Test
    void aChildMasterRequestedAsAServiceServesANodeThatDialsItAndGoesWhenDestroyed() throws Exception {
        // given: master A with one adopted agent
        String host = site.agent("host");
        site.connector.start(Duration.ofMillis(200));

        // when: A requests a master as a service on it
        ObjectNode parameters = ReportCodec.JSON.createObjectNode().put("period", 0.5);
        InstanceRecord child = site.requests.request(Request.root("child-master", MasterRelease.ID, "default", parameters)
                .withSla(Map.of("node", host)));

        // then: it starts, healthy (its endpoint shows the certificate it published), and A has its URL and fingerprint
        Reported started = site.await(child.id(), "started", true, READY);
        JsonNode connection = ReportCodec.JSON.readTree(started.connectionJson());
        String url = connection.path("url").asText();
        String fingerprint = connection.path("fingerprint").asText();
        Path partition = partitionOf(site.directory.resolve("host"));
        assertTrue(url.matches("https://127\\.0\\.0\\.1:\\d+"), url);
        assertEquals(Files.readString(partition.resolve("published/fingerprint")).strip(), fingerprint);
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);

        // when: the child's own command line makes an enrolment token, and a second agent dials the child with it
        Path childData = partition.resolve("data");
        ChildCli cli = new ChildCli(childData, dir.resolve("child-cli"));
        String enrol = cli.run("nodes", "enrol", "edge", "--site", "edge-site");
        String token = enrol.lines().map(String::strip).filter(line -> line.matches("[A-Za-z0-9_-]{20,}")).findFirst()
                .orElseThrow(() -> new AssertionError("no token in: " + enrol));
        assertTrue(enrol.contains(fingerprint), "the child's CLI names the fingerprint A was given: " + enrol);
        site.startAgent("edge", List.of("--master", url.substring("https://".length()), "--enrol", token,
                "--master-fingerprint", fingerprint));

        // and: through the child's command line, an H2 server on that node, its password sealed to this operator
        cli.run("operators", "add", "test-operator", site.operator.publicKey().text());
        String requested = cli.run("request", "builtin:h2-database", "orders", "--param", "database=orders", "--node",
                "node=edge");
        Matcher id = INSTANCE.matcher(requested);
        assertTrue(id.find(), requested);

        // then: the child runs it on its node and its URL answers a query
        try (Master childMaster = Master.over(Database.open(Database.h2Url(childData)))) {
            Reported database = awaitIn(childMaster, Long.parseLong(id.group(1)), "started", true, READY);
            JsonNode h2 = ReportCodec.JSON.readTree(database.connectionJson());
            assertEquals(1, EndToEndTest.selectOne(h2.path("url").asText(), h2.path("user").asText(),
                    site.open(h2.path("password").asText())));
        }

        // when: A destroys the child master
        ProcessHandle childProcess = ProcessHandle.of(Long.parseLong(Files.readString(partition.resolve("master.pid")).strip()))
                .orElseThrow(() -> new AssertionError("the child master's process is not running"));
        List<ProcessHandle> itsProcesses = new ArrayList<>(childProcess.descendants().toList());
        itsProcesses.add(childProcess);
        site.requests.changeState(child.id(), RequestedState.DESTROYED);

        // then: its instance is reported destroyed, and its processes and partition are gone
        site.await(child.id(), "destroyed", false, READY);
        for (ProcessHandle process : itsProcesses) {
            assertTrue(process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS) != null && !process.isAlive(),
                    "process " + process.pid() + " of the child master still runs");
        }
        assertFalse(Files.exists(partition.resolve("data")), "the child master's data is left at " + partition);
    }

    @Test
    void aMasterRequestedWithAMalformedPeriodIsRefusedNamingIt() throws Exception {
        // given: the release in A's catalog (offered in setUp)
        ObjectNode parameters = ReportCodec.JSON.createObjectNode().put("period", "fast");

        // when / then: the request is refused by the release's schema, naming the parameter
        RequestRefused refused = assertThrows(RequestRefused.class, () -> site.requests.request(
                Request.root("bad-child", MasterRelease.ID, "default", parameters)));
        assertTrue(String.join("; ", refused.reasons()).contains("period"), refused.getMessage() + " " + refused.reasons());
    }

    /** The partition of the agent's single instance: the one whose service published a fingerprint. */
    private static Path partitionOf(Path agentData) throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            try (var found = Files.find(agentData, 6, (path, attributes) -> path.endsWith(Path.of("published", "fingerprint")))) {
                List<Path> files = found.toList();
                if (!files.isEmpty()) {
                    return files.get(0).getParent().getParent();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no partition under " + agentData + " published a fingerprint");
    }

    private static Reported awaitIn(Master master, long instanceId, String state, boolean healthy, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = master.instanceReports().find(instanceId).orElse(null);
            if (last != null && state.equals(last.state()) && last.healthy() == healthy) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance " + instanceId + " of the child did not reach " + state + " within " + timeout
                + "; last: " + last);
    }

    /** The command line run as its own process on the child master's data directory, as an operator there runs it. */
    private record ChildCli(Path data, Path logs) {

        String run(String... arguments) throws Exception {
            Files.createDirectories(logs);
            Path log = Files.createTempFile(logs, "cli-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                    HeadlessSite.classPathOf(org.hyperedge.cli.Main.class), org.hyperedge.cli.Main.class.getName(),
                    "--data", data.toString(), "--operator-key", "none"));
            command.addAll(List.of(arguments));
            Process cli = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!cli.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                cli.destroyForcibly();
                throw new AssertionError("hyperedge " + String.join(" ", arguments) + " did not end: " + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, cli.exitValue(), "hyperedge " + String.join(" ", arguments) + ": " + output);
            return output;
        }
    }
}
