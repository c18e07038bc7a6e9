package org.hyperedge.bench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.runtime.ProcStat;
import org.hyperedge.bench.BackgroundInstall;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code ./hyperedge bench agent}: starts the packaged agent as its own process, pairs with it, and prints
 * (1) the time from a new desired state to the H2 server started with its promise passing, the release
 * already installed (its background step, H2's class archive, done too: see {@link BackgroundInstall}), over
 * several new instances, after the first instance with its install; (2) the agent's resident memory and CPU while idle, with
 * nothing to run and while supervising one H2 server.
 *
 * <p>Arguments: H2_DESCRIPTOR H2_JAR SCRATCH_DIR (the agent runs on the jars this benchmark runs from).
 */
public final class AgentBenchmark {

    private static final int RUNS = 7;
    private static final int FIRST_PORT = 27_000; // below the ephemeral port range

    private final AgentClient client;
    private final String descriptor;
    private final String releaseId;
    private long seen;
    private long generation;

    private AgentBenchmark(AgentClient client, String descriptor) throws Exception {
        this.client = client;
        this.descriptor = descriptor;
        this.releaseId = ReleaseDescriptorReader.read("h2", descriptor).id();
    }

    public static void main(String[] args) throws Exception {
        String descriptor = Files.readString(Path.of(args[0]));
        Path h2Jar = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        AgentLauncher.Launched agent = AgentLauncher.start(List.of("--data", scratch.resolve("agent").toString(),
                "--listen", "127.0.0.1:0", "--ip", "127.0.0.1", "--name", "bench", "--partitions", "2", "--ports",
                FIRST_PORT + "-" + (FIRST_PORT + 19)), scratch.resolve("agent.log"));
        try {
            TlsIdentity master = TlsIdentity.loadOrCreate(scratch.resolve("master"), "bench-master");
            AgentClient client = AgentClient.pair(agent.address(), master, agent.pairingCode());
            new AgentBenchmark(client, descriptor).run(agent.process().pid(), h2Jar, scratch);
        } finally {
            agent.process().destroy();
            agent.process().waitFor(10, TimeUnit.SECONDS);
            agent.process().destroyForcibly();
        }
    }

    private void run(long agentPid, Path h2Jar, Path scratch) throws Exception {
        System.out.printf("agent pid %d, JVM options %s%n", agentPid, String.join(" ", AgentLauncher.JVM_OPTIONS));
        Thread.sleep(3_000);
        Usage idle = Usage.measure(agentPid, 10_000);
        System.out.printf("idle, nothing to run:     %5.1f MB RSS (%.1f MB PSS), %.2f %% CPU (10 s)%n", idle.rssMb(),
                idle.pssMb(), idle.cpuPercent());
        usage("agent.idle", idle);

        check(client.putFile("/v1/artifacts/" + sha256(descriptor), h2Jar));
        long start = System.nanoTime();
        long instance = 1;
        put(partition(0, instance, "started"));
        await(instance, "started");
        long first = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("first H2 instance, install included: %d ms%n", first);
        figure("agent.first-instance-with-install", first, "ms");
        // the timed starts are those of a node where the release is wholly installed, its class archive made
        BackgroundInstall.await(ReleaseDescriptorReader.read("h2", descriptor), scratch.resolve("agent").resolve("software"), start);

        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            put(partition(run % 2, instance, "destroyed"));
            await(instance, "destroyed");
            instance++;
            long begin = System.nanoTime();
            put(partition((run + 1) % 2, instance, "started"));
            await(instance, "started");
            times.add((System.nanoTime() - begin) / 1_000_000);
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf("new desired state to H2 started with its promise passing (release installed), %d runs: "
                + "median %d ms, min %d ms, max %d ms %s%n", RUNS, sorted.get(RUNS / 2), sorted.get(0), sorted.get(RUNS - 1),
                times);
        for (long time : times) {
            figure("agent.new-desired-state-to-h2-started", time, "ms");
        }

        Thread.sleep(12_000);
        Usage supervising = Usage.measure(agentPid, 20_000);
        System.out.printf("idle, supervising one H2: %5.1f MB RSS (%.1f MB PSS), %.2f %% CPU (20 s, promise every 10 s)%n",
                supervising.rssMb(), supervising.pssMb(), supervising.cpuPercent());
        usage("agent.supervising-one-h2", supervising);
        put(partition(RUNS % 2, instance, "destroyed"));
        await(instance, "destroyed");
    }

    /**
     * A machine-readable line, as org.hyperedge.bench.BenchFigures reads it (FIGURE KEY VALUE UNIT
     * lower-is-better; a key printed several times gives several samples).
     */
    private static void figure(String key, double value, String unit) {
        System.out.println("FIGURE " + key + " " + String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "") + " " + unit
                + " lower-is-better");
    }

    private static void usage(String prefix, Usage usage) {
        figure(prefix + ".rss", usage.rssMb(), "MB");
        figure(prefix + ".pss", usage.pssMb(), "MB");
        figure(prefix + ".cpu", usage.cpuPercent(), "%");
    }

    private static String sha256(String descriptor) throws Exception {
        return ReleaseDescriptorReader.read("h2", descriptor).artifacts().get(0).sha256();
    }

    private PartitionState partition(int index, long instanceId, String state) {
        int first = FIRST_PORT + index * 10;
        return new PartitionState(String.format("p%03d", index), first, first + 9, instanceId, "bench-" + instanceId,
                releaseId, "default", state, ReportCodec.JSON.createObjectNode(), List.of());
    }

    private void put(PartitionState partition) throws IOException {
        generation++;
        check(client.put("/v1/desired", DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "bench", generation,
                List.of(partition), Map.of(releaseId, descriptor)))));
    }

    /** Polls the reports until the instance reports the state (and, for started, health). */
    private void await(long instanceId, String state) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            AgentClient.Response answer = client.get("/v1/reports?after=" + seen + "&max=5000");
            check(answer);
            for (ReportEvent event : ReportCodec.readPage(answer.body()).events()) {
                seen = event.seq();
                if (event.kind() == Kind.INSTANCE && event.instanceId() == instanceId
                        && state.equals(event.data().path("state").asText())
                        && (!"started".equals(state) || event.data().path("healthy").asBoolean())) {
                    client.ack(seen);
                    return;
                }
                if (event.kind() == Kind.INSTANCE && "failed".equals(event.data().path("state").asText())) {
                    throw new IllegalStateException("instance failed: " + event.data());
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("instance " + instanceId + " did not report " + state + " within 60 s");
    }

    private static void check(AgentClient.Response answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("the agent refused: " + answer.status() + " " + answer.text());
        }
    }

    /** Resident memory at the end and CPU share over a window, from /proc. */
    private record Usage(double rssMb, double pssMb, double cpuPercent) {

        static Usage measure(long pid, long windowMs) throws Exception {
            long before = ProcStat.cpuTicks(pid);
            long start = System.nanoTime();
            Thread.sleep(windowMs);
            long ticks = ProcStat.cpuTicks(pid) - before;
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Usage(kb(pid, "status", "VmRSS:") / 1024.0, kb(pid, "smaps_rollup", "Pss:") / 1024.0,
                    ticks / (double) ProcStat.TICKS_PER_SECOND / seconds * 100);
        }

        /** A figure in kB from a /proc file; PSS counts shared pages (libjvm, the CDS archive) in part. */
        private static long kb(long pid, String file, String field) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        }
    }
}
