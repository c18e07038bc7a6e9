package org.hyperedge.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built-in H2 service's own start, from its process started to the first query of a client with the
 * published user and password, for the start path of the last release ({@code 71528ff}: a server that makes any
 * database on a client's first connection, {@code -ifNotExists}) and the start path in today's catalog (the
 * database made with its user and password first, then a server that makes none, {@code -ifExists}), in
 * alternate rounds on this machine.
 *
 * <p>{@code bench agent} and {@code bench e2e} count a service ready when its promises pass: for the old H2
 * that was a listening port with no database behind it yet, which the first client then waited for; today the
 * database exists when the port listens. This benchmark shows both moments for both paths, so the two ways of
 * starting are compared on what a client gets.
 */
public final class H2StartBenchmark {

    private static final int RUNS_PER_ROUND = 5;
    private static final int ROUNDS = 3;
    private static final String USER = "app";
    private static final String PASSWORD = "bench-password-1";

    private H2StartBenchmark() {
    }

    /** {@code args}: the catalog's h2-database.json, H2's jar, a scratch directory. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: H2StartBenchmark CATALOG-JSON H2-JAR SCRATCH-DIR");
        }
        JsonNode release = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path jar = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        Path software = Files.createDirectories(scratch.resolve("software"));
        Files.copy(jar, software.resolve("h2.jar"));
        archiveClasses(release, software);
        try (Connection warm = DriverManager.getConnection("jdbc:h2:mem:warm")) {
            // loads the client's driver classes before the first timed connection
        }
        Map<String, List<Long>> listening = Map.of("baseline", new ArrayList<>(), "current", new ArrayList<>());
        Map<String, List<Long>> firstQuery = Map.of("baseline", new ArrayList<>(), "current", new ArrayList<>());
        int port = 24_000;
        for (int round = 0; round < ROUNDS; round++) {
            List<String> order = round % 2 == 0 ? List.of("baseline", "current") : List.of("current", "baseline");
            for (String side : order) {
                for (int run = 0; run < RUNS_PER_ROUND; run++) {
                    Path partition = emptyPartition(scratch.resolve("p-" + side + "-" + round + "-" + run));
                    List<String> command = side.equals("baseline") ? baselineStart(software, partition, port)
                            : currentStart(release, software, partition, port);
                    long[] times = time(command, port);
                    listening.get(side).add(times[0]);
                    firstQuery.get(side).add(times[1]);
                    port++;
                }
            }
        }
        for (String side : List.of("baseline", "current")) {
            System.out.printf("%-8s (%s): port listening %4d ms, first query with the published credentials %4d ms "
                    + "(medians of %d starts)%n", side, side.equals("baseline") ? "71528ff, -ifNotExists" : "today, -ifExists",
                    median(listening.get(side)), median(firstQuery.get(side)), listening.get(side).size());
            for (long ms : listening.get(side)) {
                BenchFigures.print("h2-start." + side + ".listening", ms, "ms", false);
            }
            for (long ms : firstQuery.get(side)) {
                BenchFigures.print("h2-start." + side + ".first-query", ms, "ms", false);
            }
        }
        System.out.printf("first query, today / 71528ff: %.2f (lower is better)%n",
                (double) median(firstQuery.get("current")) / median(firstQuery.get("baseline")));
    }

    /**
     * What the release's background install step does once its first instance started: a class archive of H2,
     * made in a directory of its own and moved into the software directory (a start uses it when it is there).
     */
    private static void archiveClasses(JsonNode release, Path software) throws IOException, InterruptedException {
        Path work = Files.createDirectories(software.resolveSibling("background"));
        for (JsonNode step : release.path("install")) {
            if (step.path("background").asBoolean()) {
                List<String> command = new ArrayList<>();
                step.path("command").forEach(arg -> command.add(arg.asText().replace("${software}", software.toString())));
                Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor(60, TimeUnit.SECONDS);
            }
        }
        if (Files.exists(work.resolve("h2.jsa"))) {
            Files.move(work.resolve("h2.jsa"), software.resolve("h2.jsa"));
        }
    }

    /** The process of 71528ff's catalog: H2's server, making a database for whoever connects first. */
    private static List<String> baselineStart(Path software, Path partition, int port) {
        return List.of("java", "-Xmx128m", "-cp", software.resolve("h2.jar").toString(), "org.h2.tools.Server", "-tcp",
                "-tcpPort", String.valueOf(port), "-tcpAllowOthers", "-baseDir", partition.resolve("data").toString(),
                "-ifNotExists");
    }

    /** Today's catalog: its files rendered into the partition, then its start script. */
    private static List<String> currentStart(JsonNode release, Path software, Path partition, int port) throws IOException {
        for (JsonNode file : release.path("types").path("default").path("files")) {
            String text = file.path("template").asText().replace("${partition}", partition.toString())
                    .replace("${software}", software.toString()).replace("${ip}", "127.0.0.1")
                    .replace("${port.tcp}", String.valueOf(port))
                    // scripts take parameters quoted for the shell, as the agent's TemplateRenderer quotes them
                    .replace("${param.database|sh}", "'main'").replace("${param.database}", "main")
                    .replace("${param.user}", USER).replace("${secret.password}", PASSWORD);
            Path target = partition.resolve(file.path("path").asText());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
            target.toFile().setExecutable(true, true);
        }
        return List.of(partition.resolve("bin/start").toString());
    }

    private static Path emptyPartition(Path partition) throws IOException {
        for (String folder : List.of("data", "tmp", "etc", "bin")) {
            Files.createDirectories(partition.resolve(folder));
        }
        return partition;
    }

    /** Milliseconds from the process started to its port listening, and to a client's first query. */
    private static long[] time(List<String> command, int port) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(60);
            while (!listens(port)) {
                check(process, deadline, "listening on " + port);
                Thread.sleep(2);
            }
            long listening = System.nanoTime();
            while (!queries(port)) {
                check(process, deadline, "answering a query on " + port);
                Thread.sleep(2);
            }
            long queried = System.nanoTime();
            return new long[] { (listening - start) / 1_000_000, (queried - start) / 1_000_000 };
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    private static void check(Process process, long deadline, String what) {
        if (!process.isAlive()) {
            throw new IllegalStateException("H2 exited (status " + process.exitValue() + ") before " + what);
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("H2 was not " + what + " within 60 s");
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean queries(int port) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + port + "/main", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
