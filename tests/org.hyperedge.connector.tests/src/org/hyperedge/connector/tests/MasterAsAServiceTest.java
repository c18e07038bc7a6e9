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
        long requested = System.nanoTime();
        InstanceRecord child = site.requests.request(Request.root("child-master", MasterRelease.ID, "default",
                ReportCodec.JSON.createObjectNode().put("period", 0.5)).withSla(Map.of("node", host)));

        // then: it starts, healthy (its endpoint shows the certificate it published), and A has its URL and fingerprint
        Reported started = site.await(child.id(), "started", true, READY);
        System.out.println("FIGURE master-service.request-to-healthy " + (System.nanoTime() - requested) / 1_000_000
                + " ms lower-is-better (install of its jars included)");
        ChildMaster level2 = ChildMaster.of(started, site.directory.resolve("host"), dir.resolve("child-cli"));

        // when: the child's own command line makes an enrolment token, and a second agent dials the child with it
        enrol(level2, "edge");

        // and: through the child's command line, an H2 server on that node, its password sealed to this operator
        // then: the child runs it on its node and its URL answers a query
        assertH2Answers(level2, "edge");

        // when: A destroys the child master
        List<ProcessHandle> itsProcesses = level2.processes();
        site.requests.changeState(child.id(), RequestedState.DESTROYED);

        // then: its instance is reported destroyed, and its processes and partition are gone
        site.await(child.id(), "destroyed", false, READY);
        assertAllEnded(itsProcesses, "the child master");
        assertFalse(Files.exists(level2.partition().resolve("data")), "the child master's data is left at " + level2.partition());
    }

    @Test
    void aChildOfAChildRunsOnANodeOfTheChildProvisionsH2AndAllGoWhenDestroyed() throws Exception {
        // given: A's child master on A's agent, with a node that dialled it
        String host = site.agent("host");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord child = site.requests.request(Request.root("child-master", MasterRelease.ID, "default",
                ReportCodec.JSON.createObjectNode().put("period", 0.5)).withSla(Map.of("node", host)));
        ChildMaster level2 = ChildMaster.of(site.await(child.id(), "started", true, READY), site.directory.resolve("host"),
                dir.resolve("child-cli"));
        enrol(level2, "edge");

        // when: the child's command line requests a master in turn, on its own node
        long grandchildId = level2.request("builtin:hyperedge-master", "grandchild", "--param", "period=0.5", "--node",
                "node=edge");

        // then: the grandchild starts healthy on the child's node, its URL and fingerprint back in the child
        ChildMaster level3;
        try (Master childMaster = Master.over(Database.open(Database.h2Url(level2.data())))) {
            level3 = ChildMaster.of(awaitIn(childMaster, grandchildId, "started", true, READY),
                    site.directory.resolve("edge"), dir.resolve("grandchild-cli"));
        }

        // and: a node dialling the grandchild gets an H2 server requested there, whose URL answers
        enrol(level3, "leaf");
        assertH2Answers(level3, "leaf");

        // when: the child destroys the grandchild, and A the child
        List<ProcessHandle> grandchildProcesses = level3.processes();
        level2.cli().run("request", "builtin:hyperedge-master", "grandchild", "--param", "period=0.5", "--node", "node=edge",
                "--state", "destroyed");
        assertAllEnded(grandchildProcesses, "the grandchild master");
        List<ProcessHandle> childProcesses = level2.processes();
        site.requests.changeState(child.id(), RequestedState.DESTROYED);

        // then: every master below A is gone
        site.await(child.id(), "destroyed", false, READY);
        assertAllEnded(childProcesses, "the child master");
        assertFalse(Files.exists(level3.partition().resolve("data")), "the grandchild's data is left");
    }

    @Test
    void aMasterRequestedWithAMalformedPeriodIsRefusedNamingIt() throws Exception {
        // given: the release in A's catalog (offered in setUp)
        ObjectNode notANumber = ReportCodec.JSON.createObjectNode().put("period", "fast");
        ObjectNode finerThanAMillisecond = ReportCodec.JSON.createObjectNode().put("period", 0.2345);

        // when / then: each request is refused by the release's schema, naming the parameter and what is wrong
        RequestRefused refused = assertThrows(RequestRefused.class, () -> site.requests.request(
                Request.root("bad-child", MasterRelease.ID, "default", notANumber)));
        assertTrue(String.join("; ", refused.reasons()).contains("$.period"), refused.getMessage() + " " + refused.reasons());
        refused = assertThrows(RequestRefused.class, () -> site.requests.request(
                Request.root("bad-child", MasterRelease.ID, "default", finerThanAMillisecond)));
        assertTrue(String.join("; ", refused.reasons()).contains("0.2345 is not multiple of 0.001"),
                refused.getMessage() + " " + refused.reasons());
    }

    /** A master run as a service: its endpoint and fingerprint as its parent got them, its partition and command line. */
    private record ChildMaster(String url, String fingerprint, Path partition, ChildCli cli) {

        static ChildMaster of(Reported started, Path agentData, Path logs) throws Exception {
            JsonNode connection = ReportCodec.JSON.readTree(started.connectionJson());
            String url = connection.path("url").asText();
            String fingerprint = connection.path("fingerprint").asText();
            Path partition = partitionOf(agentData);
            assertTrue(url.matches("https://127\\.0\\.0\\.1:\\d+"), url);
            assertTrue(fingerprint.matches("[0-9a-f]{64}"), "the fingerprint published: '" + fingerprint + "'");
            assertEquals(Files.readString(partition.resolve("published/fingerprint")).strip(), fingerprint);
            return new ChildMaster(url, fingerprint, partition, new ChildCli(partition.resolve("data"), logs));
        }

        Path data() {
            return partition.resolve("data");
        }

        /** {@code hyperedge request ...} on this master; returns the instance's id. */
        long request(String... arguments) throws Exception {
            List<String> words = new ArrayList<>(List.of("request"));
            words.addAll(List.of(arguments));
            String requested = cli.run(words.toArray(String[]::new));
            Matcher id = INSTANCE.matcher(requested);
            assertTrue(id.find(), requested);
            return Long.parseLong(id.group(1));
        }

        /** The master's process and its descendants, now. */
        List<ProcessHandle> processes() throws Exception {
            ProcessHandle master = ProcessHandle.of(Long.parseLong(Files.readString(partition.resolve("master.pid")).strip()))
                    .orElseThrow(() -> new AssertionError("the master in " + partition + " is not running"));
            List<ProcessHandle> processes = new ArrayList<>(master.descendants().toList());
            processes.add(master);
            return processes;
        }
    }

    /** A token from the master's own command line; an agent named {@code node} dials the master and enrols with it. */
    private void enrol(ChildMaster master, String node) throws Exception {
        String enrol = master.cli().run("nodes", "enrol", node, "--site", "edge-site");
        String token = enrol.lines().map(String::strip).filter(line -> line.matches("[A-Za-z0-9_-]{20,}")).findFirst()
                .orElseThrow(() -> new AssertionError("no token in: " + enrol));
        assertTrue(enrol.contains(master.fingerprint()), "its CLI names the fingerprint its parent was given: " + enrol);
        site.startAgent(node, List.of("--master", master.url().substring("https://".length()), "--enrol", token,
                "--master-fingerprint", master.fingerprint()));
    }

    /** Through the master's command line, an H2 server on {@code node}; its URL answers a query with its credentials. */
    private void assertH2Answers(ChildMaster master, String node) throws Exception {
        master.cli().run("operators", "add", "test-operator", site.operator.publicKey().text());
        long database = master.request("builtin:h2-database", "orders", "--param", "database=orders", "--node", "node=" + node);
        try (Master opened = Master.over(Database.open(Database.h2Url(master.data())))) {
            JsonNode h2 = ReportCodec.JSON.readTree(awaitIn(opened, database, "started", true, READY).connectionJson());
            assertEquals(1, EndToEndTest.selectOne(h2.path("url").asText(), h2.path("user").asText(),
                    site.open(h2.path("password").asText())));
        }
    }

    private static void assertAllEnded(List<ProcessHandle> processes, String what) throws Exception {
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("process " + process.pid() + " of " + what + " still runs 30 s after its destroy");
            }
        }
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
        throw new AssertionError("instance " + instanceId + " did not reach " + state + " within " + timeout + "; last: " + last);
    }

    /** The command line run as its own process on a child master's data directory, as an operator there runs it. */
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
