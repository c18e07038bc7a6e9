package org.hyperedge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a benchmark in a form a script compares: each benchmark prints, besides its own lines,
 * {@code FIGURE <key> <value> <unit> <higher|lower>-is-better}. A key printed several times in one run gives
 * several samples (the seven provisioning times of {@code bench e2e}, for instance).
 *
 * <p>{@code ./hyperedge bench NAME --against REF} runs the benchmark of REF and of this tree in alternate
 * rounds and hands the outputs to {@link #main}, which prints, per figure, the median of each side's samples
 * over all rounds and their ratio (current / baseline). A baseline older than the FIGURE lines is read from its
 * human-readable lines ({@link #legacy}), for the benchmarks {@code agent}, {@code e2e} and {@code allocation},
 * whose lines have not changed since they were first written.
 */
public final class BenchFigures {

    /** One sample of a figure. */
    public record Figure(String key, double value, String unit, boolean higherIsBetter) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^FIGURE (\\S+) (-?[0-9]+(?:\\.[0-9]+)?(?:[eE]-?[0-9]+)?) (\\S+) (higher|lower)-is-better$", Pattern.MULTILINE);

    private BenchFigures() {
    }

    /** Prints a figure's machine-readable line. */
    public static void print(String key, double value, String unit, boolean higherIsBetter) {
        System.out.println(line(key, value, unit, higherIsBetter));
    }

    static String line(String key, double value, String unit, boolean higherIsBetter) {
        if (!key.matches("[a-z0-9][a-z0-9.-]*") || !unit.matches("\\S+")) {
            throw new IllegalArgumentException("bad figure key or unit: " + key + " " + unit);
        }
        return "FIGURE " + key + " " + number(value) + " " + unit + " " + (higherIsBetter ? "higher" : "lower")
                + "-is-better";
    }

    /** The figures of one run's output: its FIGURE lines, or else what its human-readable lines say. */
    public static List<Figure> parse(String bench, String output) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = LINE.matcher(output);
        while (m.find()) {
            figures.add(new Figure(m.group(1), Double.parseDouble(m.group(2)), m.group(3), "higher".equals(m.group(4))));
        }
        return figures.isEmpty() ? legacy(bench, output) : figures;
    }

    // The human-readable lines of the benchmarks as 71528ff and a91ac74 print them (and still do).
    private static final Pattern AGENT_IDLE = Pattern.compile(
            "idle, nothing to run: +([0-9.]+) MB RSS \\(([0-9.]+) MB PSS\\), ([0-9.]+) % CPU");
    private static final Pattern AGENT_SUPERVISING = Pattern.compile(
            "idle, supervising one H2: +([0-9.]+) MB RSS \\(([0-9.]+) MB PSS\\), ([0-9.]+) % CPU");
    private static final Pattern AGENT_FIRST = Pattern.compile("first H2 instance, install included: ([0-9]+) ms");
    private static final Pattern AGENT_RUNS = Pattern.compile(
            "new desired state to H2 started with its promise passing .*median [0-9]+ ms, min [0-9]+ ms, max [0-9]+ ms \\[([0-9, ]*)\\]");
    private static final Pattern E2E_FIRST = Pattern.compile("first request, install included: ([0-9]+) ms");
    private static final Pattern E2E_RUNS = Pattern.compile(
            "request to connection URL in the master .*median [0-9]+ ms, min [0-9]+ ms, max [0-9]+ ms \\[([0-9, ]*)\\]");
    private static final Pattern ALLOCATION_RATE = Pattern.compile(
            "(?m)^(\\S+): [0-9,]+ requests placed on .*: ([0-9,]+) requests/s$");
    private static final Pattern ALLOCATION_DESIRED = Pattern.compile(
            "(?m)^(\\S+): desired state of a node with 100 partitions: median ([0-9.]+) ms, p99 ([0-9.]+) ms");

    private static final Pattern ACCOUNTING_INGEST = Pattern.compile(
            "(?m)^(\\S+): [0-9,]+ usage records ingested in [0-9.]+ s: ([0-9,]+) records/s");
    private static final Pattern ACCOUNTING_INVOICES = Pattern.compile(
            "(?m)^(\\S+): a month of invoices for [0-9,]+ projects from [0-9,]+ usage records in ([0-9.]+) s");

    // The console's benchmarks (run through the test runtime by each tree's own script) print only these lines.
    private static final Pattern CONSOLE_MEDIAN = Pattern.compile(
            "(?m)^console bench: [0-9,]+ instances: (open Instances view|filter) median ([0-9.]+) ms");
    private static final Pattern TOPOLOGY_FRAME = Pattern.compile(
            "(?m)^topology bench: ([^:]+): [0-9]+ boxes and [0-9]+ links drawn; paint median ([0-9.]+) ms.*"
                    + "redraw to painted on screen median ([0-9.]+) ms");
    private static final Pattern TOPOLOGY_PAINTER = Pattern.compile(
            "(?m)^topology bench: (.+), painter alone into an image: median ([0-9.]+) ms");

    // The console's start, as every tree's script has printed it: one line per cold start.
    private static final Pattern STARTUP_RUN = Pattern.compile("(?m)^run [0-9]+: ([0-9]+) ms$");
    // The console idle, as the script printed it before its FIGURE line.
    private static final Pattern IDLE_SHARE = Pattern.compile(
            "(?m)^console idle with [0-9]+ started instances: ([0-9.]+) % of a core");

    /** What the human-readable lines of a benchmark say, as figures (for a baseline without FIGURE lines). */
    static List<Figure> legacy(String bench, String output) {
        List<Figure> figures = new ArrayList<>();
        switch (bench) {
        case "agent" -> {
            usage(figures, "agent.idle", AGENT_IDLE.matcher(output));
            Matcher first = AGENT_FIRST.matcher(output);
            if (first.find()) {
                figures.add(lower("agent.first-instance-with-install", first.group(1), "ms"));
            }
            samples(figures, "agent.new-desired-state-to-h2-started", AGENT_RUNS.matcher(output));
            usage(figures, "agent.supervising-one-h2", AGENT_SUPERVISING.matcher(output));
        }
        case "e2e" -> {
            Matcher first = E2E_FIRST.matcher(output);
            if (first.find()) {
                figures.add(lower("e2e.first-request-with-install", first.group(1), "ms"));
            }
            samples(figures, "e2e.request-to-url-in-master", E2E_RUNS.matcher(output));
        }
        case "allocation" -> {
            Matcher rate = ALLOCATION_RATE.matcher(output);
            while (rate.find()) {
                figures.add(new Figure("allocation." + label(rate.group(1)) + ".requests", number(rate.group(2)),
                        "requests/s", true));
            }
            Matcher desired = ALLOCATION_DESIRED.matcher(output);
            while (desired.find()) {
                String prefix = "allocation." + label(desired.group(1)) + ".desired-state-100-partitions";
                figures.add(lower(prefix + ".median", desired.group(2), "ms"));
                figures.add(lower(prefix + ".p99", desired.group(3), "ms"));
            }
        }
        case "accounting" -> {
            Matcher ingest = ACCOUNTING_INGEST.matcher(output);
            while (ingest.find()) {
                figures.add(new Figure("accounting." + label(ingest.group(1)) + ".records-ingested", number(ingest.group(2)),
                        "records/s", true));
            }
            Matcher invoices = ACCOUNTING_INVOICES.matcher(output);
            while (invoices.find()) {
                figures.add(lower("accounting." + label(invoices.group(1)) + ".month-of-invoices", invoices.group(2), "s"));
            }
        }
        case "console" -> {
            Matcher median = CONSOLE_MEDIAN.matcher(output);
            while (median.find()) {
                figures.add(lower("console." + (median.group(1).startsWith("open") ? "open" : "filter") + ".median",
                        median.group(2), "ms"));
            }
        }
        case "topology" -> {
            Matcher frame = TOPOLOGY_FRAME.matcher(output);
            while (frame.find()) {
                String view = "topology." + label(frame.group(1));
                figures.add(lower(view + ".paint.median", frame.group(2), "ms"));
                figures.add(lower(view + ".frame.median", frame.group(3), "ms"));
            }
            Matcher painter = TOPOLOGY_PAINTER.matcher(output);
            while (painter.find()) {
                figures.add(lower("topology." + label(painter.group(1)) + ".painter-alone.median", painter.group(2), "ms"));
            }
        }
        case "startup" -> {
            Matcher run = STARTUP_RUN.matcher(output);
            while (run.find()) {
                figures.add(lower("console.start-to-first-window", run.group(1), "ms"));
            }
        }
        case "idle" -> {
            Matcher share = IDLE_SHARE.matcher(output);
            if (share.find()) {
                figures.add(lower("console.idle-cpu", share.group(1), "%-of-a-core"));
            }
        }
        default -> {
            // no older format known: only FIGURE lines count
        }
        }
        return figures;
    }

    /** A database label of the allocation benchmark (H2, PostgreSQL) as a key part. */
    static String label(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void usage(List<Figure> figures, String prefix, Matcher m) {
        if (m.find()) {
            figures.add(lower(prefix + ".rss", m.group(1), "MB"));
            figures.add(lower(prefix + ".pss", m.group(2), "MB"));
            figures.add(lower(prefix + ".cpu", m.group(3), "%"));
        }
    }

    private static void samples(List<Figure> figures, String key, Matcher m) {
        if (m.find()) {
            for (String value : m.group(1).split(", *")) {
                if (!value.isBlank()) {
                    figures.add(lower(key, value.trim(), "ms"));
                }
            }
        }
    }

    private static Figure lower(String key, String value, String unit) {
        return new Figure(key, number(value), unit, false);
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Samples of one key on one side, with the round each came from. */
    private static final class Series {
        final String unit;
        final boolean higherIsBetter;
        final List<List<Double>> rounds = new ArrayList<>();

        Series(String unit, boolean higherIsBetter) {
            this.unit = unit;
            this.higherIsBetter = higherIsBetter;
        }

        void add(int round, double value) {
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(value);
        }

        double[] all() {
            return rounds.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        }

        /** Each round's median, in the order of the rounds. */
        String perRound() {
            List<String> medians = new ArrayList<>();
            for (List<Double> round : rounds) {
                medians.add(round.isEmpty() ? "-" : number(median(round.stream().mapToDouble(Double::doubleValue).toArray())));
            }
            return String.join(" ", medians);
        }
    }

    private static Map<String, Series> collect(List<List<Figure>> runs) {
        Map<String, Series> series = new LinkedHashMap<>();
        for (int round = 0; round < runs.size(); round++) {
            for (Figure figure : runs.get(round)) {
                series.computeIfAbsent(figure.key(), k -> new Series(figure.unit(), figure.higherIsBetter()))
                        .add(round, figure.value());
            }
        }
        return series;
    }

    /**
     * The comparison, one line per figure both sides have: the median of all samples of each side (over every
     * round), how many, their ratio current / baseline, and which way is better; then each round's medians.
     */
    public static String compare(List<List<Figure>> baseline, List<List<Figure>> current, String baselineName,
            String currentName) {
        Map<String, Series> before = collect(baseline);
        Map<String, Series> after = collect(current);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-52s %14s %14s %7s  %s%n", "figure (median of all samples)",
                "baseline", "current", "ratio", "current / baseline"));
        List<String> keys = new ArrayList<>(after.keySet());
        for (String key : before.keySet()) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        for (String key : keys) {
            Series b = before.get(key);
            Series c = after.get(key);
            Series any = c != null ? c : b;
            String bText = b == null ? "-" : number(median(b.all())) + " " + b.unit;
            String cText = c == null ? "-" : number(median(c.all())) + " " + c.unit;
            String ratio = "-";
            String verdict = b == null ? "only in current" : "only in baseline";
            if (b != null && c != null) {
                double mb = median(b.all());
                double mc = median(c.all());
                if (!b.unit.equals(c.unit) || b.higherIsBetter != c.higherIsBetter) {
                    verdict = "not comparable: baseline in " + b.unit + ", current in " + c.unit;
                } else if (mb == 0) {
                    verdict = "baseline is 0";
                } else {
                    double r = mc / mb;
                    ratio = String.format(Locale.ROOT, "%.2f", r);
                    verdict = verdict(r, any.higherIsBetter);
                }
            }
            out.append(String.format(Locale.ROOT, "%-52s %14s %14s %7s  %s%n", key, bText, cText, ratio, verdict));
        }
        out.append(String.format(Locale.ROOT, "%nper round (median of the round's samples; n = samples over all rounds):%n"));
        for (String key : keys) {
            Series b = before.get(key);
            Series c = after.get(key);
            out.append(String.format(Locale.ROOT, "%-52s baseline %s (n=%d) | current %s (n=%d)%n", key,
                    b == null ? "-" : b.perRound(), b == null ? 0 : b.all().length, c == null ? "-" : c.perRound(),
                    c == null ? 0 : c.all().length));
        }
        out.append(String.format(Locale.ROOT, "baseline: %s; current: %s%n", baselineName, currentName));
        return out.toString();
    }

    /** What a ratio current / baseline means for a figure where higher (or lower) is better. */
    static String verdict(double ratio, boolean higherIsBetter) {
        String direction = higherIsBetter ? "higher is better" : "lower is better";
        long percent = Math.round(Math.abs(ratio - 1) * 100);
        if (percent == 0) {
            return direction + ": the same";
        }
        boolean better = higherIsBetter ? ratio > 1 : ratio < 1;
        return direction + ": current " + percent + " % " + (better ? "better" : "worse");
    }

    /**
     * Usage: BenchFigures NAME DIR BASELINE-NAME CURRENT-NAME. Reads DIR/baseline-N.out and DIR/current-N.out
     * (N from 1) and prints the comparison; exits 1 when a run printed no figure.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BenchFigures NAME DIR BASELINE-NAME CURRENT-NAME");
            System.exit(2);
        }
        String bench = args[0];
        Path dir = Path.of(args[1]);
        List<List<Figure>> baseline = new ArrayList<>();
        List<List<Figure>> current = new ArrayList<>();
        for (int round = 1; Files.exists(dir.resolve("baseline-" + round + ".out")); round++) {
            baseline.add(read(bench, dir.resolve("baseline-" + round + ".out")));
            current.add(read(bench, dir.resolve("current-" + round + ".out")));
        }
        if (baseline.isEmpty()) {
            System.err.println("hyperedge: no benchmark output in " + dir);
            System.exit(1);
        }
        System.out.print(compare(baseline, current, args[2], args[3]));
    }

    private static List<Figure> read(String bench, Path file) throws IOException {
        if (!Files.exists(file)) {
            System.err.println("hyperedge: " + file + " is missing");
            System.exit(1);
        }
        List<Figure> figures = parse(bench, Files.readString(file, StandardCharsets.UTF_8));
        if (figures.isEmpty()) {
            System.err.println("hyperedge: " + file + " has no figure of bench " + bench
                    + " (no FIGURE line, and no line of the format known for it before FIGURE lines)");
            System.exit(1);
        }
        return figures;
    }
}
