package org.hyperedge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeLeases;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code ./hyperedge bench fleet [NODES] [MASTERS]} (issue 19): simulated dialled nodes ({@link RecordingFleet}) on
 * mutual TLS against {@code MASTERS} real {@code hyperedge master} processes on one PostgreSQL. Measures the steady
 * state (syncs/s, PostgreSQL commits per sync, master heap per node, the longest wait of a node between two syncs),
 * the delivery of a change to every node's desired state (an operator key added: every node hosting an instance
 * seals again, one generation more), and {@code kill -9} of one master under that load: the time until each of its
 * nodes was synced by a survivor, and reports lost or stored twice (what each node journalled against the rows per
 * node and sequence number in the database).
 * Usage: FleetBenchmark SCRATCH SERVER-JDBC-URL NODES MASTERS [PERIOD-S] [STEADY-S]; the command line that starts a
 * master is {@code java -cp <hyperedge.bench.cli> org.hyperedge.cli.Main}.
 */
public final class FleetBenchmark {

    /**
     * One run's settings: {@code port} is the simulated nodes' listener, {@code launcher} starts the command line;
     * {@code heap}: the masters' heap measured (two {@code jcmd} runs per master, seconds of CPU on a loaded machine).
     */
    public record Settings(Path scratch, String serverUrl, List<String> launcher, int nodes, int masters, Duration period,
            Duration steady, int threads, int port, boolean heap) {
    }

    /** One run's figures; times in milliseconds; -1 where not measured (no failover with one master). */
    public record Figures(int nodes, int masters, double setupSeconds, double syncsPerSecond, double commitsPerSync,
            long heapPerNodeBytes, long longestGapMs, long deliveryP99Ms, long deliveryMaxMs, int undelivered,
            int killedNodes, long takeoverMs, int notTakenOver, long lost, long duplicated, long unacknowledged) {

        double syncsPerSecondPerMaster() {
            return syncsPerSecond / masters;
        }
    }

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        String server = args[1];
        int nodes = Integer.parseInt(args[2]);
        int masters = Integer.parseInt(args[3]);
        Duration period = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 60);
        Duration steady = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : period.toSeconds() * 2);
        List<String> launcher = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("hyperedge.bench.cli"), "org.hyperedge.cli.Main");
        int threads = Integer.getInteger("hyperedge.bench.threads", 8);
        List<Figures> runs = new ArrayList<>();
        // the baseline first: the same fleet against one master, then against MASTERS
        boolean baseline = masters > 1 && !Boolean.getBoolean("hyperedge.bench.fleet.no-baseline");
        for (int count : baseline ? List.of(1, masters) : List.of(masters)) {
            Figures figures = run(new Settings(scratch.resolve(count + "-masters"), server, launcher, nodes, count, period,
                    steady, threads, 47_543, true));
            print(figures);
            runs.add(figures);
        }
        if (runs.size() == 2) {
            System.out.printf("%d masters against 1, same run: syncs/s %.2f (higher is better), p99 delivery %.2f "
                    + "(lower is better)%n", masters, runs.get(1).syncsPerSecond() / runs.get(0).syncsPerSecond(),
                    runs.get(1).deliveryP99Ms() / (double) Math.max(1, runs.get(0).deliveryP99Ms()));
        }
        System.exit(0); // the simulated nodes' connection threads must not keep this JVM alive
    }

    /** Sets up, runs and measures one fleet against {@code settings.masters()} master processes. */
    public static Figures run(Settings settings) throws Exception {
        Files.createDirectories(settings.scratch());
        String url = FleetSetup.freshDatabase(settings.serverUrl());
        Path first = settings.scratch().resolve("master-0");
        TlsIdentity masterIdentity = MasterSite.identity(first);
        TlsIdentity fleetIdentity = TlsIdentity.loadOrCreate(settings.scratch().resolve("fleet-identity"), "bench-fleet");
        try (RecordingFleet fleet = new RecordingFleet(fleetIdentity, masterIdentity.fingerprint(), settings.port());
                Master master = Master.over(Database.open(url));
                Database stats = Database.open(url);
                MasterProcesses processes = new MasterProcesses(settings.launcher())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < settings.nodes(); i++) {
                ids.add(fleet.add(i, settings.port()));
            }
            long setupStart = System.nanoTime();
            FleetSetup.populate(master, ids, settings.port(), fleetIdentity.fingerprint(), fleet);
            double setupSeconds = seconds(System.nanoTime() - setupStart);
            say(settings, "%,d nodes adopted, one instance requested on each, in %.1f s", settings.nodes(), setupSeconds);

            // given: the masters started together, every node holding its first desired state
            for (int m = 0; m < settings.masters(); m++) {
                processes.start(settings.scratch().resolve("master-" + m), first, url, settings.period(),
                        settings.threads());
            }
            processes.awaitSyncing(Duration.ofMinutes(3));
            Duration settle = settings.period().multipliedBy(3).plus(NodeLeases.LEASE).plusSeconds(60);
            long syncing = System.nanoTime();
            await(() -> fleet.nodes().stream().allMatch(node -> node.heldGeneration() > 0), settle, null);
            long synced = fleet.nodes().stream().filter(node -> node.heldGeneration() > 0).count();
            double firstSeconds = seconds(System.nanoTime() - syncing);
            say(settings, "%,d of %,d nodes synced a first time (a TLS handshake and a desired state each) in %.0f s: %,.0f/s",
                    synced, settings.nodes(), firstSeconds, synced / firstSeconds);
            if (synced < settings.nodes()) {
                throw new IllegalStateException("this fleet does not fit: " + (settings.nodes() - synced) + " nodes never "
                        + "synced within " + settle.toSeconds() + " s; first syncs ran at " + Math.round(synced / firstSeconds)
                        + "/s in all, and a steady state needs " + Math.round(settings.nodes()
                                / (double) settings.period().toSeconds()) + "/s");
            }
            // the masters split the nodes by leases, handed over from the first (a few seconds): measured once settled
            int share = (settings.nodes() + settings.masters() - 1) / settings.masters();
            await(() -> leasesSplit(stats, settings.nodes(), share), settle, "the nodes' leases split between the masters");
            Thread.sleep(settings.period().toMillis()); // each node synced by its master since; the JIT warmer

            // when: the steady state is watched for a while
            fleet.resetGaps();
            long commitsBefore = FleetSetup.commits(stats);
            long syncsBefore = fleet.reportRequests();
            long steadyStart = System.nanoTime();
            Thread.sleep(settings.steady().toMillis());
            double steadySeconds = seconds(System.nanoTime() - steadyStart);
            long syncs = fleet.reportRequests() - syncsBefore;
            long commits = FleetSetup.commits(stats) - commitsBefore;
            long longestGapMs = fleet.longestGap() / 1_000_000;
            long heap = settings.heap() ? 0 : -settings.nodes();
            for (Process process : settings.heap() ? processes.processes() : List.<Process>of()) {
                heap += Math.max(0, MasterProcesses.heapAfterGc(process));
            }

            // and an operator key is added: every node's instance seals again, a new desired state for every node
            fleet.awaitChange();
            long changed = System.nanoTime();
            master.operatorKeys().add("bench-operator", SealingKeyPair.generate().publicKey());
            say(settings, "operator key added (every node's generation moved) in %.1f s", seconds(System.nanoTime() - changed));
            await(() -> fleet.nodes().stream().allMatch(node -> node.changeReceivedAt() != 0),
                    settings.period().multipliedBy(2).plusSeconds(60), null);
            long[] delivery = fleet.nodes().stream().mapToLong(RecordingFleet.RecordedNode::changeReceivedAt)
                    .filter(at -> at != 0).map(at -> (at - changed) / 1_000_000).sorted().toArray();
            int undelivered = settings.nodes() - delivery.length;

            // and one master is killed with -9 under that load
            int killedNodes = 0;
            long takeoverMs = -1;
            int notTakenOver = 0;
            if (settings.masters() > 1) {
                Process victim = processes.processes().get(0);
                List<String> victimNodes = leasedBy(stats, victim.pid());
                killedNodes = victimNodes.size();
                long killedAt = System.nanoTime();
                processes.kill9(victim);
                Map<String, RecordingFleet.RecordedNode> byId = new HashMap<>();
                fleet.nodes().forEach(node -> byId.put(node.id, node));
                List<RecordingFleet.RecordedNode> orphans = victimNodes.stream().map(byId::get).toList();
                await(() -> orphans.stream().allMatch(node -> node.lastAskedAt() > killedAt),
                        settings.period().multipliedBy(2).plus(NodeLeases.LEASE).plusSeconds(60), null);
                notTakenOver = (int) orphans.stream().filter(node -> node.lastAskedAt() <= killedAt).count();
                takeoverMs = orphans.stream().mapToLong(RecordingFleet.RecordedNode::lastAskedAt).max().orElse(killedAt);
                takeoverMs = notTakenOver > 0 ? -1 : (takeoverMs - killedAt) / 1_000_000;
            }

            // then: no new reports; once every journal is acknowledged, what each node sent against what was stored
            fleet.quiet();
            await(() -> fleet.nodes().stream().allMatch(node -> node.acknowledged() >= node.generated()),
                    settings.period().multipliedBy(2).plusSeconds(60), null);
            long unacknowledged = fleet.nodes().stream().filter(node -> node.acknowledged() < node.generated()).count();
            long[] lostAndDuplicated = lostAndDuplicated(stats, fleet);
            return new Figures(settings.nodes(), settings.masters(), setupSeconds, syncs / steadySeconds,
                    syncs == 0 ? 0 : commits / (double) syncs, heap / settings.nodes(), longestGapMs,
                    percentile(delivery, 0.99), delivery.length == 0 ? -1 : delivery[delivery.length - 1], undelivered,
                    killedNodes, takeoverMs, notTakenOver, lostAndDuplicated[0], lostAndDuplicated[1], unacknowledged);
        }
    }

    /** Whether every node is leased to a live master and no master holds more than its {@code share}. */
    private static boolean leasesSplit(Database database, int nodes, int share) {
        return database.inTransaction(connection -> {
            // a lease holds while its master's heartbeat is younger than the lease time
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(held), 0), COALESCE(MAX(held), 0) FROM "
                    + "(SELECT l.master_id, COUNT(*) AS held FROM node_lease l JOIN master_process m ON m.id = l.master_id "
                    + "WHERE m.heartbeat_at > now() - ? * interval '1 millisecond' GROUP BY l.master_id) h")) {
                query.setLong(1, org.hyperedge.master.sync.NodeLeases.LEASE.toMillis());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1) == nodes && row.getLong(2) <= share;
                }
            }
        });
    }

    /** The dialled nodes the master process {@code pid} holds a lease on now. */
    private static List<String> leasedBy(Database database, long pid) {
        return database.inTransaction(connection -> {
            List<String> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT l.node_id FROM node_lease l JOIN "
                    + "master_process m ON m.id = l.master_id WHERE m.id LIKE ?")) {
                query.setString(1, "%-" + pid + "-%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        nodes.add(rows.getString(1));
                    }
                }
            }
            return nodes;
        });
    }

    /**
     * Per node, each sequence number it journalled (1 to its last) against the promise results stored with it: those
     * missing are lost, rows beyond the first per (node, seq) are duplicates, as are rows of numbers never sent.
     */
    private static long[] lostAndDuplicated(Database database, RecordingFleet fleet) {
        Map<String, Map<Long, Integer>> stored = database.inTransaction(connection -> {
            Map<String, Map<Long, Integer>> rows = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT node_id, seq, COUNT(*) FROM promise_result GROUP BY node_id, seq");
                    ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.computeIfAbsent(result.getString(1), n -> new HashMap<>()).put(result.getLong(2), result.getInt(3));
                }
            }
            return rows;
        });
        long lost = 0;
        long duplicated = 0;
        for (RecordingFleet.RecordedNode node : fleet.nodes()) {
            Map<Long, Integer> counts = stored.getOrDefault(node.id, Map.of());
            long sent = node.generated();
            for (long seq = 1; seq <= sent; seq++) {
                int count = counts.getOrDefault(seq, 0);
                lost += count == 0 ? 1 : 0;
                duplicated += Math.max(0, count - 1);
            }
            for (Map.Entry<Long, Integer> row : counts.entrySet()) {
                duplicated += row.getKey() > sent || row.getKey() < 1 ? row.getValue() : 0;
            }
        }
        return new long[] {lost, duplicated};
    }

    static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                if (what != null) {
                    throw new IllegalStateException("not reached within " + timeout.toSeconds() + " s: " + what);
                }
                return; // measured as it is: the figures say what was not reached
            }
            Thread.sleep(100);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(Settings settings, String format, Object... values) {
        System.out.printf("[%d masters] " + format + "%n", concat(settings.masters(), values));
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static void print(Figures f) {
        String load = loadAverage();
        System.out.printf("%,d nodes, %d masters (load average %s):%n", f.nodes(), f.masters(), load);
        System.out.printf("  steady state: %,.0f syncs/s in all, %,.0f per master; %.2f PostgreSQL commits per sync; "
                + "longest wait of a node between two syncs %,d ms%n", f.syncsPerSecond(), f.syncsPerSecondPerMaster(),
                f.commitsPerSync(), f.longestGapMs());
        System.out.printf("  master heap after a full GC: %,d bytes per node%n", f.heapPerNodeBytes());
        System.out.printf("  an operator key added to every node's new desired state: p99 %,d ms, max %,d ms, %d not "
                + "delivered%n", f.deliveryP99Ms(), f.deliveryMaxMs(), f.undelivered());
        if (f.masters() > 1) {
            System.out.printf("  kill -9 of a master holding %,d nodes: all synced by a survivor after %,d ms (%d not)%n",
                    f.killedNodes(), f.takeoverMs(), f.notTakenOver());
        }
        System.out.printf("  reports lost %d, stored twice %d (%d nodes with reports never acknowledged)%n", f.lost(),
                f.duplicated(), f.unacknowledged());
        String key = "fleet." + f.nodes() + "-nodes." + f.masters() + "-masters.";
        BenchFigures.print(key + "syncs", Math.round(f.syncsPerSecond()), "syncs/s", true);
        BenchFigures.print(key + "delivery-p99", f.deliveryP99Ms(), "ms", false);
        if (f.masters() > 1) {
            BenchFigures.print(key + "takeover", f.takeoverMs(), "ms", false);
        }
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3)
                    .reduce((a, b) -> a + " " + b).orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
