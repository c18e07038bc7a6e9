package org.hyperedge.agent.security;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentHarnessTest;
import org.junit.jupiter.api.Test;

/**
 * A chatty service cannot fill the node's disk with its output: its log is rotated by size and a bounded
 * number of old files is kept, without a line lost in what is kept, in the agent's own directory.
 */
class ServiceLogRotationTest extends AgentHarnessTest {

    private static final Duration READY = Duration.ofSeconds(60);
    /** About 23 MB of numbered lines: more than the 20 MiB a process's log may hold (4 MiB files, 4 kept). */
    private static final int LINES = 3_000_000;
    /** A file may run 64 KiB past its 4 MiB to end with a whole line. */
    private static final long MOST_PER_FILE = (4 << 20) + (64 << 10);

    @Test
    void aChattyServicesLogIsRotatedBySizeKeepingABoundedNumberOfFilesAndEveryLineOfThem() throws Exception {
        String chatty = harness.release("""
                { "id": "test:chatty", "name": "chatty", "version": "1", "types": { "default": {
                  "processes": [ { "name": "main", "command": ["sh", "-c", "seq 1 %d; exec sleep 100000"] } ] } } }
                """.formatted(LINES));

        harness.desired(1, harness.partition(0, 1501, chatty, "started", AgentHarness.parameters()));
        harness.reports.await(READY, instance("p000", "started", true), "the chatty service started");

        Path logs = harness.data.resolve("private/p000/logs");
        long deadline = System.nanoTime() + READY.toNanos();
        while (!endsWithTheLastLine(logs.resolve("main.log"))) {
            assertTrue(System.nanoTime() < deadline, "the last line reaches the log within " + READY);
            Thread.sleep(100);
        }

        List<Path> files = new ArrayList<>();
        for (int older = 4; older >= 1; older--) {
            files.add(logs.resolve("main.log." + older));
        }
        files.add(logs.resolve("main.log"));
        long kept = 0;
        for (Path file : files) {
            assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), file + " is kept");
            assertTrue(Files.size(file) <= MOST_PER_FILE, file + " holds about 4 MiB: " + Files.size(file));
            assertEquals(Files.getAttribute(harness.data, "unix:uid"), Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS),
                    file + " is the agent's");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            kept += Files.size(file);
        }
        assertFalse(Files.exists(logs.resolve("main.log.5")), "no fifth old file");
        assertTrue(kept <= 5 * MOST_PER_FILE, kept + " bytes kept");
        long expected = -1;
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                long number = Long.parseLong(line);
                assertTrue(expected < 0 || number == expected, "line " + number + " follows " + (expected - 1) + " in " + file);
                expected = number + 1;
            }
        }
        assertEquals(LINES + 1, expected, "the kept lines run to the last one");
        assertEquals(LINES + "\n", harness.client.get("/v1/partitions/p000/log?process=main&tail=1").text());
    }

    /**
     * Whether the log ends with the last line; a log not there (not written yet, or between a rotation's rename of it
     * and the new file) does not yet.
     */
    private static boolean endsWithTheLastLine(Path log) throws java.io.IOException {
        try {
            return Files.readString(log).endsWith("\n" + LINES + "\n");
        } catch (java.nio.file.NoSuchFileException notThereNow) {
            return false;
        }
    }
}
