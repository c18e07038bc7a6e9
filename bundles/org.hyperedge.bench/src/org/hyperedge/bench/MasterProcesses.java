package org.hyperedge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headless masters of {@code bench fleet}, each a real {@code hyperedge --data DIR --db URL master} process on one
 * PostgreSQL, sharing the master identity of the first data directory (what nodes pin), so {@code kill -9} is real.
 */
final class MasterProcesses implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final List<String> launcher;
    private final List<Process> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    /** {@code launcher}: the command that runs the command line, e.g. {@code java -cp JARS org.hyperedge.cli.Main}. */
    MasterProcesses(List<String> launcher) {
        this.launcher = List.copyOf(launcher);
    }

    /** Starts a master on {@code data} (its identity copied from {@code identityFrom} first); see {@link #awaitSyncing}. */
    Process start(Path data, Path identityFrom, String jdbcUrl, Duration period, int threads) throws IOException {
        Path identity = data.resolve("master-identity");
        if (!identityFrom.equals(data)) {
            Files.createDirectories(identity);
            try (var files = Files.list(identityFrom.resolve("master-identity"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, identity.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--data", data.toString(), "--db", jdbcUrl, "master", "--period",
                String.valueOf(period.toMillis() / 1000.0), "--threads", String.valueOf(threads)));
        Path log = data.resolveSibling(data.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        logs.add(log);
        return process;
    }

    /** Waits until every master started says it syncs (started together, they split the nodes with no handover). */
    void awaitSyncing(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.readString(logs.get(i)).contains("hyperedge master: syncing")) {
                if (!processes.get(i).isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("master " + logs.get(i) + " did not start syncing: "
                            + Files.readString(logs.get(i)));
                }
                Thread.sleep(50);
            }
        }
    }

    List<Process> processes() {
        return processes;
    }

    /** {@code kill -9}: the process ends with no shutdown hook, its leases left to expire. Returns when it is gone. */
    void kill9(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The heap a master uses after a full collection, in bytes (jcmd from this JVM's JDK), or -1 when not known. */
    static long heapAfterGc(Process process) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            run(jcmd.toString(), String.valueOf(process.pid()), "GC.run");
            Matcher used = HEAP_USED.matcher(run(jcmd.toString(), String.valueOf(process.pid()), "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
