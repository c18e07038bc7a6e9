package org.hyperedge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.hyperedge.bench.dial.DialInFleet;
import org.hyperedge.bench.dial.FleetChild;
import org.hyperedge.bench.dial.SimulatedDialInFleet;
import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code ./hyperedge bench sync --dial-in [SECONDS] [NODES]} (issue 18): one master process serving NODES simulated
 * nodes that dial in over mutual TLS ({@link SimulatedDialInFleet}, in a process of its own so that what is measured
 * here is the master's alone). With every session open and idle: the master's heap per session (heap after a full
 * GC, minus the same before the first node dialled, over NODES); then, every node's journal growing each time it is
 * read, node syncs/s over SECONDS after as long of warm-up, and that every report the fleet handed out is stored once;
 * then, idle again, the master's CPU over {@value #IDLE_SECONDS} s. Last, push mode with as many nodes in the same
 * run, and the ratio.
 * Usage: DialInSyncBenchmark SCRATCH_DIR SECONDS NODES
 */
public final class DialInSyncBenchmark {

    private static final int PORT = 47_444;
    private static final int IDLE_SECONDS = 30;
    private static final int THREADS = Integer.getInteger("hyperedge.bench.threads", 8);
    /** As the agent's {@code DialOut} asks; 0 for plain polls. */
    private static final long HEARTBEAT_MS = Long.getLong("hyperedge.bench.heartbeat-ms", 700);

    private DialInSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int nodes = Integer.parseInt(args[2]);
        double dialIn = dialIn(scratch, nodes, seconds);
        if (!Boolean.parseBoolean(System.getProperty("hyperedge.bench.push", "true"))) {
            System.exit(0); // exploring the dial-in side alone: no baseline, no ratio
        }
        double push = SyncBenchmark.pushSyncsPerSecond(scratch, nodes, seconds);
        System.out.printf("%,d nodes: dial-in %,.0f syncs/s against push %,.0f syncs/s in the same run: %.2f%n", nodes,
                dialIn, push, dialIn / push);
        BenchFigures.print("sync.dial-in." + nodes + "-nodes.against-push", Math.round(dialIn / push * 100) / 100.0, "ratio",
                true);
        System.exit(0); // the push fleet's connection threads must not keep this JVM alive
    }

    /** How long each phase lasts: warm-up and measurement (each), settling after the sessions open, idle CPU. */
    record Timing(int seconds, int settleSeconds, int idleSeconds) {
    }

    /** Makes the fleet once the master listens on {@code port}. */
    interface FleetMaker {
        DialInFleet make(int port) throws Exception;
    }

    private static double dialIn(Path scratch, int nodes, int seconds) throws Exception {
        TlsIdentity identity = TlsIdentity.loadOrCreate(scratch.resolve("master-identity"), "bench-master");
        return dialIn(scratch.resolve("master-dial-in-" + nodes), identity, nodes, PORT,
                new Timing(seconds, 10, IDLE_SECONDS),
                port -> new FleetChild(nodes, identity.fingerprint(), port, HEARTBEAT_MS, scratch));
    }

    /** The dial-in figures of one master over {@code directory}, listening on {@code port} (0: any). */
    static double dialIn(Path directory, TlsIdentity identity, int nodes, int port, Timing timing, FleetMaker maker)
            throws Exception {
        Database database = Database.open(Master.h2Url(directory));
        try (Master master = Master.over(database);
                Connector connector = new Connector(master, identity, new ArtifactCache(directory.resolve("cache")),
                        THREADS)) {
            int listening = connector.listen(new EndpointSettings("0.0.0.0", port, EndpointSettings.POLL_WAIT,
                    EndpointSettings.IDLE_TIMEOUT, EndpointSettings.MAX_CONNECTIONS));
            try (DialInFleet fleet = maker.make(listening)) {
                return measure(master, database, connector, fleet, nodes, timing);
            }
        }
    }

    private static double measure(Master master, Database database, Connector connector, DialInFleet fleet, int nodes,
            Timing timing) throws Exception {
        long registering = System.nanoTime();
        SimulatedDialInFleet.register(master.nodeLinks(), fleet.fingerprints());
        System.out.printf("%,d dial-in nodes registered by certificate in %.1f s (each its own certificate, one TLS "
                + "client %s)%n", nodes, (System.nanoTime() - registering) / 1e9, fleet.where());
        connector.start(Duration.ofMillis(250));
        long heapBefore = heapAfterGc();

        fleet.producing(false);
        long opening = System.nanoTime();
        fleet.start();
        SimulatedDialInFleet.Stats stats = fleet.stats();
        while (stats.connected() < nodes && System.nanoTime() - opening < 900_000_000_000L) {
            Thread.sleep(500);
            stats = fleet.stats();
        }
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        System.out.printf("%,d of %,d sessions open (each synced once) in %.1f s, %,.0f/s; %d failures (last: %s)%n",
                stats.connected(), nodes, openSeconds, stats.connected() / openSeconds, stats.failures(),
                stats.lastFailure());
        if (stats.connected() < nodes) {
            throw new IllegalStateException("only " + stats.connected() + " of " + nodes + " nodes opened a session");
        }
        Thread.sleep(timing.settleSeconds() * 1000L); // the first syncs' acknowledgements
        long heapAfter = heapAfterGc();
        double perSession = (heapAfter - heapBefore) / (double) nodes;
        System.out.printf("%,d idle sessions: master heap after GC %,.1f MB against %,.1f MB before the first dialled: "
                + "%,.1f KB a session%n", nodes, heapAfter / 1e6, heapBefore / 1e6, perSession / 1024);
        BenchFigures.print("sync.dial-in." + nodes + "-nodes.heap-per-session", Math.round(perSession / 102.4) / 10.0,
                "KB", false);

        fleet.producing(true);
        Thread.sleep(timing.seconds() * 1000L); // the JIT compiles the busy path
        long before = connector.completedSyncs();
        SimulatedDialInFleet.Stats fleetBefore = fleet.stats();
        long start = System.nanoTime();
        Thread.sleep(timing.seconds() * 1000L);
        long syncs = connector.completedSyncs() - before;
        double elapsed = (System.nanoTime() - start) / 1e9;
        SimulatedDialInFleet.Stats fleetAfter = fleet.stats();
        double rate = syncs / elapsed;
        System.out.printf("%,d dial-in nodes: %,.0f node syncs/s over %d s after %d s of warm-up (%,d syncs, %,.0f calls/s "
                + "answered by the fleet, %,.0f events/s handed, %d connector threads, H2 file master)%n", nodes, rate,
                timing.seconds(), timing.seconds(), syncs, (fleetAfter.calls() - fleetBefore.calls()) / elapsed,
                (fleetAfter.eventsHanded() - fleetBefore.eventsHanded()) / elapsed, THREADS);
        BenchFigures.print("sync.dial-in." + nodes + "-nodes.syncs", Math.round(rate), "syncs/s", true);

        fleet.producing(false);
        exactlyOnce(fleet, database);
        Thread.sleep(timing.settleSeconds() * 1000L); // the last syncs end; the sessions idle with the JIT done
        idleCpu(nodes, timing.idleSeconds(), connector::completedSyncs);
        return rate;
    }

    /**
     * Waits until the master stored all the fleet handed out, then compares what it stored with what was handed, and
     * counts the reports stored twice (by node and number).
     */
    private static void exactlyOnce(DialInFleet fleet, Database database) throws Exception {
        long handed = fleet.stats().eventsHanded();
        long stored = count(database, "SELECT COUNT(*) FROM promise_result");
        for (long deadline = System.nanoTime() + 60_000_000_000L; stored < handed && System.nanoTime() < deadline;) {
            Thread.sleep(1000); // the last pages are read again at the nodes' idle syncs
            handed = fleet.stats().eventsHanded();
            stored = count(database, "SELECT COUNT(*) FROM promise_result");
        }
        long twice = count(database, "SELECT COUNT(*) FROM (SELECT node_id, seq FROM promise_result GROUP BY node_id, seq "
                + "HAVING COUNT(*) > 1) AS doubled");
        System.out.printf("reports: %,d handed out by the fleet, %,d stored by the master, %,d stored twice (%s)%n", handed,
                stored, twice, handed == stored && twice == 0 ? "each once" : "NOT each once");
    }

    private static long count(Database database, String query) {
        return database.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(query); ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * The master's CPU over {@code seconds} with every session idle, and which of its threads spent it; measured once
     * no sync completed for 5 s and the JIT compilers are done with the busy phase (up to a minute, less for a short window), which would otherwise be most of what is seen,
     * and with what the JIT and the collectors still spent during it.
     */
    private static void idleCpu(int nodes, int seconds, LongSupplier syncs) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiled = jit.getTotalCompilationTime();
        // a minute at most for the benchmark's 30 s window, 5 s for a test's short one
        for (int i = 0; i < Math.min(12, Math.max(1, seconds / 2)); i++) {
            Thread.sleep(5_000);
            long now = jit.getTotalCompilationTime();
            if (now - compiled < 50) {
                break; // less than 1 % of a core compiling over 5 s
            }
            compiled = now;
        }
        awaitNoSyncs(syncs, Math.min(120, Math.max(5, seconds * 4)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> threadsBefore = cpuByThreadName(threads);
        long syncsBefore = syncs.getAsLong();
        long jitBefore = jit.getTotalCompilationTime();
        long gcBefore = gcMillis();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double share = (os.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - start);
        System.out.printf("  during it: JIT compilers %,d ms, collectors %,d ms (pauses and cycles)%n",
                jit.getTotalCompilationTime() - jitBefore, gcMillis() - gcBefore);
        System.out.printf("%,d idle sessions: the master's process %.2f %% of a core over %d s (%,d syncs meanwhile), "
                + "load average %.1f%n", nodes, share * 100, seconds, syncs.getAsLong() - syncsBefore,
                os.getSystemLoadAverage());
        Map<String, Long> spent = cpuByThreadName(threads);
        spent.replaceAll((name, ns) -> ns - threadsBefore.getOrDefault(name, 0L));
        spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).forEach(
                entry -> System.out.printf("  %6.2f %% of a core  %s%n", entry.getValue() * 100.0 / (seconds * 1e9),
                        entry.getKey()));
        BenchFigures.print("sync.dial-in." + nodes + "-nodes.idle-cpu", Math.round(share * 10_000) / 100.0, "%-of-a-core",
                false);
    }

    /**
     * Waits until no sync completed for 5 s, at most {@code maxSeconds}: the syncs that carry the last acknowledgements
     * after a busy phase may outlast the settling time, and CPU measured while they run is not an idle master's.
     */
    private static void awaitNoSyncs(LongSupplier syncs, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long before = syncs.getAsLong();
        while (System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            long now = syncs.getAsLong();
            if (now == before) {
                return;
            }
            before = now;
        }
        System.out.printf("  syncs still completing after %d s of waiting for the sessions to idle%n", maxSeconds);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(ms -> ms > 0).sum();
    }

    private static Map<String, Long> cpuByThreadName(ThreadMXBean threads) {
        Map<String, Long> byName = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long ns = threads.getThreadCpuTime(info.getThreadId());
                if (ns > 0) {
                    byName.merge(info.getThreadName().replaceAll("[-#]?\\d+$", ""), ns, Long::sum);
                }
            }
        }
        return byName;
    }

    /**
     * The heap in use just after a full collection, as the collector left it: the heap's use read some time after a
     * collection counted what the sessions' threads allocated meanwhile (megabytes, up to 2 KB a session).
     */
    private static long heapAfterGc() throws InterruptedException {
        long used = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }
}
