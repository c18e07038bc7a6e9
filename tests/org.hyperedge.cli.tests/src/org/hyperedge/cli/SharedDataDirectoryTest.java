package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.Master;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several command-line processes on one H2 data directory at once, as admins and scripts run them: each waits its
 * turn when the file is being handed over between processes, and says plainly when another process keeps it.
 */
class SharedDataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void sixCommandsStartedAtOnceOnOneDataDirectoryAllSucceed() throws Exception {
        Path data = temp.resolve("data");
        assertEquals(Main.OK, CliRun.inProcess(data, "catalog").code(), "the data directory exists and is migrated");

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            processes.add(CliRun.start(temp.resolve("logs"), "open-" + i, List.of(), List.of("--data", data.toString(),
                    "tickets", "open", "switch " + i, "reported by script " + i)));
        }
        List<CliRun> runs = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            runs.add(CliRun.finish(processes.get(i), temp.resolve("logs"), "open-" + i));
        }

        for (CliRun run : runs) {
            assertEquals(Main.OK, run.code(), "every process succeeds; stderr: " + run.err());
            assertTrue(run.out().startsWith("ticket "), run.out());
        }
        CliRun tickets = CliRun.inProcess(data, "tickets");
        for (int i = 0; i < 6; i++) {
            int number = i;
            assertTrue(tickets.out().lines().anyMatch(l -> l.contains("switch " + number + " ")), "ticket of process " + i
                    + " stored: " + tickets.out());
        }
    }

    @Test
    void aDataDirectoryAnotherProcessKeepsIsNamedPlainlyAfterTheWait() throws Exception {
        Path data = temp.resolve("data");
        // this JVM opens the file alone (no automatic mixed mode), so it serves nobody: like a process that hung holding it
        try (Master exclusive = Master.open("jdbc:h2:file:" + data.resolve("master"))) {
            CliRun run = CliRun.finish(CliRun.start(temp.resolve("logs"), "held", List.of("-Dhyperedge.cli.lockWaitSeconds=2"),
                    List.of("--data", data.toString(), "status")), temp.resolve("logs"), "held");

            assertEquals(Main.DATABASE, run.code(), run.err());
            assertTrue(run.err().startsWith("hyperedge: another process holds the data directory " + data + " (the console, a "
                    + "headless master or another command) and did not let go within 2 s; try again when it is done, or stop "
                    + "it (H2 said: Database may be already in use"), run.err());
            assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        }
    }
}
