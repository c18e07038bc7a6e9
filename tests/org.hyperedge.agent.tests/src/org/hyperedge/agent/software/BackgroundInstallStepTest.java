package org.hyperedge.agent.software;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.junit.jupiter.api.Test;

/**
 * A background install step (H2's class archive) holds up no start: the release's first instance starts without
 * what it makes, and a later start finds it in the software directory, root's like the rest of the install.
 */
class BackgroundInstallStepTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final Duration ARCHIVE_MADE = Duration.ofSeconds(120);

    @Test
    void aFirstStartDoesNotWaitForTheBackgroundStepAndALaterStartFindsWhatItMade() throws Exception {
        // the background step takes 8 s; each start writes down whether the step's file was there
        String release = harness.release("""
                { "id": "test:background-step", "name": "background", "version": "1",
                  "install": [
                    { "kind": "run", "command": ["sh", "-c", "echo tool > \\"$0/tool\\"", "${software}"] },
                    { "kind": "run", "background": true,
                      "command": ["sh", "-c", "sleep 8; id -u > made; cat \\"$0/tool\\" >> made", "${software}"] } ],
                  "types": { "default": {
                    "files": [ { "path": "bin/start", "mode": "0700", "template":
                      "#!/bin/sh\\nif [ -f ${software}/made ]; then echo with > ${partition}/saw; else echo without > ${partition}/saw; fi\\nexec sleep 600\\n" } ],
                    "processes": [ { "name": "service", "command": ["${partition}/bin/start"] } ] } } }
                """);

        long asked = System.nanoTime();
        harness.desired(1, harness.partition(0, 1701, release, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the first instance started");
        Duration firstStart = Duration.ofNanos(System.nanoTime() - asked);

        Path software = softwareDirectory();
        assertEquals("without", awaitLine(harness.partitionDirectory(0).resolve("saw")),
                "the first start waited for the background step (started in " + firstStart.toMillis() + " ms)");
        assertFalse(Files.exists(software.resolve("made")), "the background step was done before the first start");

        Path made = software.resolve("made");
        awaitFile(made, ARCHIVE_MADE);
        String[] lines = Files.readString(made, StandardCharsets.UTF_8).split("\n");
        if (AgentOptions.runsAsRoot()) {
            assertNotEquals("0", lines[0], "the background step ran as root");
            assertEquals(0, Files.getAttribute(made, "unix:uid", LinkOption.NOFOLLOW_LINKS), "what it made is root's");
            assertEquals(0644, (Integer) Files.getAttribute(made, "unix:mode") & 07777, "and read-only for others");
        }
        assertEquals("tool", lines[1], "the step read the software directory");
        // the step's outcome is written once its working directory is wiped, just after what it made moved in
        Path outcome = software.resolveSibling(software.getFileName() + ".background");
        awaitFile(outcome, ARCHIVE_MADE);
        assertTrue(Files.readString(outcome).startsWith("done: made"), Files.readString(outcome));

        harness.desired(2, harness.partition(1, 1702, release, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p001", "started", true), "the second instance started");
        assertEquals("with", awaitLine(harness.partitionDirectory(1).resolve("saw")), "the later start found the step's file");
    }

    @Test
    void h2StartsAtOnceWithoutItsClassArchiveAndFromItOnceTheBackgroundStepMadeIt() throws Exception {
        String h2 = harness.release("h2-database");
        harness.uploadH2();

        harness.desired(1, harness.partition(0, 1711, h2, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the first H2 started, its promises passing");
        long first = harness.reports.currentPid("p000");
        assertFalse(commandLine(first).contains("SharedArchiveFile"), "the first H2 waited for its class archive: "
                + commandLine(first));

        Path archive = softwareDirectory().resolve("h2.jsa");
        awaitFile(archive, ARCHIVE_MADE);
        harness.desired(2, harness.partition(0, 1711, h2, "started", AgentHarness.parameters()),
                harness.partition(1, 1712, h2, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p001", "started", true), "the second H2 started, its promises passing");
        long second = harness.reports.currentPid("p001");
        assertTrue(commandLine(second).contains("-XX:SharedArchiveFile=" + archive), commandLine(second));
        assertTrue(Files.readString(Path.of("/proc", Long.toString(second), "maps")).contains(archive.toString()),
                "the second H2's JVM has not mapped the class archive: it did not use it");
    }

    @Test
    void closingTheAgentEndsARunningBackgroundStepAndLeavesItToRunAgainRatherThanRecordedAsDone() throws Exception {
        // given a background step that writes its pid down and then runs for ten minutes
        String release = harness.release("""
                { "id": "test:endless-background-step", "name": "endless", "version": "1",
                  "install": [ { "kind": "run", "background": true, "command": ["sh", "-c", "echo $$ > pid; exec sleep 600"] } ],
                  "types": { "default": { "processes": [ { "name": "service", "command": ["sleep", "600"] } ] } } }
                """);
        harness.desired(1, harness.partition(0, 1721, release, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the instance started");
        Path software = softwareDirectory();
        Path work = software.resolveSibling(software.getFileName() + ".background.d");
        String pid = awaitLine(work.resolve("pid"));
        assertTrue(Files.exists(Path.of("/proc", pid)), "the step is not running");

        // when the agent closes while the step runs
        harness.close();

        // then the step's process is gone, its working directory too, and nothing says the step ran
        assertFalse(Files.exists(Path.of("/proc", pid)), "the background step outlived the agent: pid " + pid);
        assertFalse(Files.exists(work, LinkOption.NOFOLLOW_LINKS), "the step's working directory is left: " + work);
        assertFalse(Files.exists(software.resolveSibling(software.getFileName() + ".background"), LinkOption.NOFOLLOW_LINKS),
                "a step stopped by the agent's close is recorded as run: it would never run again");
        harness = AgentHarness.startWithoutPairing(dir); // for the class's own close after the test
    }

    private Path softwareDirectory() throws IOException {
        try (Stream<Path> entries = Files.list(harness.data.resolve("software"))) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().contains("."))
                    .findFirst().orElseThrow();
        }
    }

    private static String commandLine(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ');
    }

    private static String awaitLine(Path file) throws Exception {
        awaitFile(file, READY);
        long deadline = System.nanoTime() + READY.toNanos();
        String text = Files.readString(file).strip();
        while (text.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            text = Files.readString(file).strip();
        }
        return text;
    }

    private static void awaitFile(Path file, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
