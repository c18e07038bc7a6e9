package org.hyperedge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.hyperedge.bench.dial.SimulatedDialInFleet;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench sync --dial-in} small: 50 simulated nodes, each its own certificate, dial a real master endpoint over
 * mutual TLS (its certificate pinned) and sync for a few seconds; every node synced, every report it handed out is
 * stored by the master exactly once, and the figures are printed.
 */
class DialInSyncBenchmarkTest {

    private static final int NODES = 50;

    @TempDir
    Path directory;

    @Test
    void fiftyDiallingNodesAllSyncAndEveryReportIsStoredOnce() throws Exception {
        TlsIdentity master = TlsIdentity.loadOrCreate(directory.resolve("identity"), "test-master");
        AtomicReference<SimulatedDialInFleet> fleet = new AtomicReference<>();

        String output = printed(() -> DialInSyncBenchmark.dialIn(directory.resolve("master"), master, NODES, 0,
                new DialInSyncBenchmark.Timing(5, 1, 2), port -> {
                    fleet.set(new SimulatedDialInFleet(NODES, master.fingerprint(), port, 700));
                    return fleet.get();
                }));

        assertTrue(output.contains("50 of 50 sessions open"), output);
        List<Integer> neverSynced = IntStream.range(0, NODES).filter(node -> fleet.get().handed(node) == 0).boxed().toList();
        assertEquals(List.of(), neverSynced, "nodes whose reports the master never read");
        Matcher reports = Pattern.compile("reports: ([\\d,]+) handed out by the fleet, ([\\d,]+) stored by the master, "
                + "([\\d,]+) stored twice").matcher(output);
        assertTrue(reports.find(), output);
        long handed = number(reports.group(1));
        assertEquals(handed, IntStream.range(0, NODES).mapToLong(node -> fleet.get().handed(node)).sum());
        assertTrue(handed >= 2L * NODES, "every node reported at least once: " + handed);
        assertEquals(handed, number(reports.group(2)), "reports stored against handed out");
        assertEquals(0, number(reports.group(3)), "reports stored twice");
        assertEquals(0, fleet.get().stats().failures(), "failed polls: " + fleet.get().stats().lastFailure());
        for (String figure : List.of("sync.dial-in.50-nodes.heap-per-session", "sync.dial-in.50-nodes.syncs",
                "sync.dial-in.50-nodes.idle-cpu")) {
            assertTrue(Pattern.compile("(?m)^FIGURE " + Pattern.quote(figure) + " [0-9.]+ \\S+ (higher|lower)-is-better$")
                    .matcher(output).find(), figure + " in:\n" + output);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /** What the run printed, also passed on to the test's output. */
    private static String printed(Run run) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
            original.print(captured.toString(StandardCharsets.UTF_8));
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
