package org.hyperedge.bench.dial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark's handle on a {@link FleetProcess} it started: commands in, answers out, its errors to ours. */
public final class FleetChild implements DialInFleet {

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;
    private final List<String> fingerprints;

    public FleetChild(int nodes, String masterFingerprint, int port, long heartbeatMs, Path scratch) throws IOException {
        Path fingerprintFile = scratch.resolve("fleet-fingerprints");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // on 2 cores the common pool has one thread, and CompletableFuture's default executor is then a new thread per
        // task: the JDK's HttpClient completes each response there, a thread started per call
        process = new ProcessBuilder(java, "-Xmx2g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2",
                "-Djdk.httpclient.allowRestrictedHeaders=connection", "-cp", System.getProperty("java.class.path"),
                FleetProcess.class.getName(), Integer.toString(nodes), masterFingerprint, Integer.toString(port),
                Long.toString(heartbeatMs), fingerprintFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = answers.readLine();
        if (!"READY".equals(ready)) {
            throw new IOException("the simulated fleet did not start (it said: " + ready + ")");
        }
        fingerprints = Files.readAllLines(fingerprintFile);
    }

    @Override
    public List<String> fingerprints() {
        return fingerprints;
    }

    @Override
    public String where() {
        return "in process " + process.pid();
    }

    @Override
    public void start() {
        commands.println("start");
    }

    @Override
    public void producing(boolean producing) {
        commands.println(producing ? "produce" : "idle");
    }

    @Override
    public SimulatedDialInFleet.Stats stats() throws IOException {
        commands.println("stats");
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the simulated fleet ended");
        }
        return FleetProcess.parseStats(line);
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        commands.close();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
