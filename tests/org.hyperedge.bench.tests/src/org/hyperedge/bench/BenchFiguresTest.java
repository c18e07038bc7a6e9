package org.hyperedge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperedge.bench.BenchFigures.Figure;
import org.junit.jupiter.api.Test;

/** How {@code ./hyperedge bench NAME --against REF} reads and compares figures: FIGURE lines, older outputs, ratios. */
class BenchFiguresTest {

    // What 71528ff's agent and e2e benchmarks print (copied from a run), and a91ac74's allocation benchmark.
    private static final String OLD_AGENT = """
            agent pid 4242, JVM options -Xms4m -Xmx32m
            idle, nothing to run:      60.7 MB RSS (41.2 MB PSS), 0.30 % CPU (10 s)
            first H2 instance, install included: 2345 ms
            new desired state to H2 started with its promise passing (release installed), 7 runs: median 874 ms, \
            min 677 ms, max 968 ms [874, 677, 700, 968, 880, 900, 850]
            idle, supervising one H2:  61.0 MB RSS (42.0 MB PSS), 0.45 % CPU (20 s, promise every 10 s)
            """;
    private static final String OLD_E2E = """
            first request, install included: 1520 ms
            request to connection URL in the master (release installed, sync period 100 ms), 7 runs: median 724 ms, \
            min 600 ms, max 900 ms [724, 600, 650, 700, 800, 850, 900]
            """;
    private static final String OLD_ALLOCATION = """
            H2: 10,000 requests placed on 1,000 nodes x 10 partitions in 1.84 s: 5,435 requests/s
            H2: desired state of a node with 100 partitions: median 0.102 ms, p99 0.180 ms (2000 runs)
            PostgreSQL: 10,000 requests placed on 1,000 nodes x 10 partitions in 8.75 s: 1,143 requests/s
            PostgreSQL: desired state of a node with 100 partitions: median 0.262 ms, p99 0.410 ms (2000 runs)
            """;

    // What the console's two benchmarks print through the test runtime, at 71528ff as today (written for this test)
    private static final String CONSOLE = """
            seeded 100,000 instances in 5210 ms
            console bench: filter 'web': 12,345 rows shown in 31.0 ms (of which the index query alone: 9.1 ms)
            console bench: 100,000 instances: open Instances view median 389.4 ms (min 350.0, max 420.0; 4 runs)
            console bench: 100,000 instances: filter median 27.5 ms (min 20.0, max 40.0; filters [web, h2])
            """;
    private static final String TOPOLOGY = """
            topology bench: fitted (every box drawn): 1000 boxes and 2000 links drawn; paint median 6.80 ms, p95 11.70 ms, \
            max 17.30 ms (goal < 16 ms); redraw to painted on screen median 7.90 ms, p95 12.00 ms
            topology bench: fitted, painter alone into an image: median 5.10 ms, p95 6.00 ms
            topology bench: at 100 %, panning: 25 boxes and 61 links drawn; paint median 5.00 ms, p95 7.60 ms, max 9.00 ms \
            (goal < 16 ms); redraw to painted on screen median 5.40 ms, p95 8.00 ms
            """;

    @Test
    void anOlderAccountingOutputGivesTheKeysOfTheFigureLines() {
        String old = """
                H2: 1,000,000 usage records ingested in 34.19 s: 29,244 records/s (pages of 1,000, one transaction each)
                H2: a month of invoices for 1,000 projects from 1,000,000 usage records in 0.75 s (4,000 lines, 11230.00 EUR)
                """;

        assertEquals(List.of(new Figure("accounting.h2.records-ingested", 29244, "records/s", true),
                new Figure("accounting.h2.month-of-invoices", 0.75, "s", false)), BenchFigures.parse("accounting", old));
    }

    @Test
    void theConsoleBenchmarksLinesGiveFiguresForEitherTree() {
        assertEquals(List.of(new Figure("console.open.median", 389.4, "ms", false),
                new Figure("console.filter.median", 27.5, "ms", false)), BenchFigures.parse("console", CONSOLE));

        assertEquals(List.of(new Figure("topology.fitted-every-box-drawn.paint.median", 6.8, "ms", false),
                new Figure("topology.fitted-every-box-drawn.frame.median", 7.9, "ms", false),
                new Figure("topology.at-100-panning.paint.median", 5.0, "ms", false),
                new Figure("topology.at-100-panning.frame.median", 5.4, "ms", false),
                new Figure("topology.fitted.painter-alone.median", 5.1, "ms", false)), BenchFigures.parse("topology", TOPOLOGY));
    }

    @Test
    void theConsoleStartsOfABaselineScriptAreReadOnePerRun() {
        String baseline = "run 1: 5172 ms\nrun 2: 3737 ms\nconsole start to first window: median 4454 ms over 2 cold JVM starts\n";

        assertEquals(List.of(new Figure("console.start-to-first-window", 5172, "ms", false),
                new Figure("console.start-to-first-window", 3737, "ms", false)), BenchFigures.parse("startup", baseline));
    }

    @Test
    void theConsoleIdleOfABaselineScriptIsReadFromItsSentence() {
        String baseline = "bench idle: waiting for the console to adopt this machine\n"
                + "console idle with 5 started instances: 1.35 % of a core over 60 s (81 CPU ticks of 1/100 s, utime+stime)\n"
                + "     40 ticks  main\n";

        assertEquals(List.of(new Figure("console.idle-cpu", 1.35, "%-of-a-core", false)),
                BenchFigures.parse("idle", baseline));
    }

    @Test
    void figureLinesAreReadAndARepeatedKeyGivesSamples() {
        String output = "some human line\n" + BenchFigures.line("e2e.request-to-url-in-master", 700, "ms", false) + "\n"
                + BenchFigures.line("e2e.request-to-url-in-master", 650.5, "ms", false) + "\n"
                + BenchFigures.line("allocation.h2.requests", 5435, "requests/s", true) + "\n";

        List<Figure> figures = BenchFigures.parse("e2e", output);

        assertEquals(List.of(new Figure("e2e.request-to-url-in-master", 700, "ms", false),
                new Figure("e2e.request-to-url-in-master", 650.5, "ms", false),
                new Figure("allocation.h2.requests", 5435, "requests/s", true)), figures);
        assertEquals("FIGURE e2e.request-to-url-in-master 650.5 ms lower-is-better",
                BenchFigures.line("e2e.request-to-url-in-master", 650.5, "ms", false));
        assertThrows(IllegalArgumentException.class, () -> BenchFigures.line("Has Space", 1, "ms", false));
    }

    @Test
    void anOlderAgentOutputGivesTheKeysOfTheFigureLines() {
        List<Figure> figures = BenchFigures.parse("agent", OLD_AGENT);

        assertEquals(new Figure("agent.idle.rss", 60.7, "MB", false), figures.get(0));
        assertEquals(new Figure("agent.idle.cpu", 0.3, "%", false), figures.get(2));
        assertEquals(new Figure("agent.first-instance-with-install", 2345, "ms", false), figures.get(3));
        assertEquals(7, figures.stream().filter(f -> f.key().equals("agent.new-desired-state-to-h2-started")).count());
        assertEquals(new Figure("agent.supervising-one-h2.pss", 42.0, "MB", false), figures.get(figures.size() - 2));
    }

    @Test
    void olderE2eAndAllocationOutputsAreRead() {
        List<Figure> e2e = BenchFigures.parse("e2e", OLD_E2E);
        assertEquals(new Figure("e2e.first-request-with-install", 1520, "ms", false), e2e.get(0));
        assertEquals(8, e2e.size());

        List<Figure> allocation = BenchFigures.parse("allocation", OLD_ALLOCATION);
        assertEquals(List.of(new Figure("allocation.h2.requests", 5435, "requests/s", true),
                new Figure("allocation.postgresql.requests", 1143, "requests/s", true),
                new Figure("allocation.h2.desired-state-100-partitions.median", 0.102, "ms", false),
                new Figure("allocation.h2.desired-state-100-partitions.p99", 0.18, "ms", false),
                new Figure("allocation.postgresql.desired-state-100-partitions.median", 0.262, "ms", false),
                new Figure("allocation.postgresql.desired-state-100-partitions.p99", 0.41, "ms", false)), allocation);

        assertTrue(BenchFigures.parse("sync", "1,000 nodes: 1,221 node syncs/s").isEmpty(), "no older format for sync");
    }

    @Test
    void theComparisonPoolsEveryRoundAndSaysWhichWayIsBetter() {
        List<List<Figure>> baseline = List.of(
                List.of(lower(400), lower(500), higher(1000)),
                List.of(lower(600), higher(1200)));
        List<List<Figure>> current = List.of(
                List.of(lower(450), lower(550), higher(1500)),
                List.of(lower(650), higher(1500)));

        String table = BenchFigures.compare(baseline, current, "71528ff", "HEAD");

        // lower is better: median 500 before, 550 after: 1.10, 10 % worse
        assertTrue(table.matches("(?s).*e2e\\.request-to-url-in-master +500 ms +550 ms +1\\.10  lower is better: "
                + "current 10 % worse.*"), table);
        // higher is better: median 1100 before, 1500 after: 1.36, 36 % better
        assertTrue(table.matches("(?s).*allocation\\.h2\\.requests +1100 requests/s +1500 requests/s +1\\.36  higher is "
                + "better: current 36 % better.*"), table);
        assertTrue(table.contains("baseline 450 600 (n=3) | current 500 650 (n=3)"), table);
        assertTrue(table.contains("baseline: 71528ff; current: HEAD"), table);
    }

    @Test
    void ratiosInWords() {
        assertEquals("lower is better: current 25 % better", BenchFigures.verdict(0.75, false));
        assertEquals("higher is better: current 25 % worse", BenchFigures.verdict(0.75, true));
        assertEquals("lower is better: the same", BenchFigures.verdict(1.004, false));
        assertEquals(3.0, BenchFigures.median(new double[] { 5, 1, 3 }));
        assertEquals(2.5, BenchFigures.median(new double[] { 4, 1, 3, 2 }));
    }

    private static Figure lower(double ms) {
        return new Figure("e2e.request-to-url-in-master", ms, "ms", false);
    }

    private static Figure higher(double rate) {
        return new Figure("allocation.h2.requests", rate, "requests/s", true);
    }
}
