package org.hyperedge.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.model.RequestedState;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ./hyperedge bench power}: a node's power cut. The packaged agent as its own process, with 10 instances
 * (H2 databases and static web sites, one a partition) started; then every process of the node killed at once
 * ({@code kill -9} of the agent and of every service), and after a pause the agent started again on its data as the
 * boot starts it ("power back"). Measured: from power back to every instance reported {@code started} and healthy by
 * the node (the time of its own report, each after its service was started again), and to the master holding them
 * all (a sync every 100 ms), in a few rounds.
 * Usage: PowerBenchmark AGENT_JAR SCRATCH_DIR [INSTANCES] [ROUNDS] [AGENT JVM OPTION...]
 */
public final class PowerBenchmark {

    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");
    private static final String NODE = "power-node";
    private static final Duration READY = Duration.ofSeconds(180);
    private static final Duration POWER_OFF = Duration.ofSeconds(2);

    private final Path agentJar;
    private final Path scratch;
    private final List<String> jvmOptions;
    private final int partitions;
    private final String listen;
    private Process agent;
    private int boots;

    private PowerBenchmark(Path agentJar, Path scratch, List<String> jvmOptions, int partitions) throws IOException {
        this.agentJar = agentJar;
        this.scratch = scratch;
        this.jvmOptions = jvmOptions;
        this.partitions = partitions;
        this.listen = "127.0.0.1:" + freePort();
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[1]);
        int instances = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (instances < 1 || instances > 100 || rounds < 1 || rounds > 20) {
            throw new IllegalArgumentException("give 1-100 instances and 1-20 rounds (given " + instances + " and " + rounds + ")");
        }
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        PowerBenchmark bench = new PowerBenchmark(Path.of(args[0]), scratch,
                Arrays.asList(args).subList(Math.min(4, args.length), args.length), instances);
        bench.run(instances, rounds);
    }

    private void run(int instances, int rounds) throws Exception {
        Database database = Database.open(Master.h2Url(scratch.resolve("master")));
        try (Master master = Master.over(database)) {
            master.catalog().importBuiltIn();
            String code = matched(boot(), CODE);
            try (Connector connector = MasterSite.connector(master, scratch.resolve("master-data"), 4)) {
                connector.adopt(listen, code, "bench", Map.of());
                connector.start(Duration.ofMillis(100));
                RequestService requests = master.requests();
                List<InstanceRecord> requested = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    boolean h2 = i % 2 == 0;
                    var parameters = JsonNodeFactory.instance.objectNode().put(h2 ? "database" : "title", "power" + i);
                    requested.add(requests.request(Request.root("power-" + i, h2 ? "builtin:h2-database"
                            : "builtin:static-web", "default", parameters).withSla(Map.of("node", NODE))));
                }
                awaitStarted(database, requested, Instant.EPOCH);
                System.out.printf("%d instances started on %s (%d H2 databases, %d static web sites)%n", instances, NODE,
                        (instances + 1) / 2, instances / 2);
                List<Double> nodeTimes = new ArrayList<>();
                List<Double> masterTimes = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    List<Long> services = powerCut();
                    Thread.sleep(POWER_OFF.toMillis());
                    Instant back = Instant.now();
                    long backNanos = System.nanoTime();
                    boot();
                    Instant nodeSaw = awaitStarted(database, requested, back);
                    double masterKnew = (System.nanoTime() - backNanos) / 1e9;
                    double node = Duration.between(back, nodeSaw).toMillis() / 1e3;
                    nodeTimes.add(node);
                    masterTimes.add(masterKnew);
                    System.out.printf("round %d: %d services killed with the agent; power back to every instance started: "
                            + "%.2f s on the node, %.2f s in the master%n", round, services.size(), node, masterKnew);
                    BenchFigures.print("power.back-to-every-instance-started", node, "s", false);
                    BenchFigures.print("power.back-to-every-instance-started-in-master", masterKnew, "s", false);
                }
                System.out.printf("power back to every one of %d instances started, median of %d rounds: %.2f s on the node "
                        + "(its own reports), %.2f s in the master; rounds %s / %s%n", instances, rounds, median(nodeTimes),
                        median(masterTimes), nodeTimes, masterTimes);
                for (InstanceRecord instance : requested) {
                    requests.changeState(instance.id(), RequestedState.DESTROYED);
                }
                awaitDestroyed(requests, requested);
            }
        } finally {
            leaveNothingRunning();
        }
    }

    /** The agent and its services killed, the partition users removed; a failure here is said, never hides the run's. */
    private void leaveNothingRunning() {
        try {
            powerCut();
            removePartitionUsers();
        } catch (Exception | LinkageError e) {
            System.err.println("power bench: cleaning up failed: " + e);
        }
    }

    /** Starts the agent on its data directory, as the boot starts it; returns what it printed once it listens. */
    private String boot() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", agentJar.toString(), "--data", agentData().toString(), "--listen", listen, "--ip",
                "127.0.0.1", "--name", NODE, "--partitions", Integer.toString(partitions), "--ports",
                "27400-" + (27400 + partitions * 10 - 1), "--grace", "3"));
        Path log = scratch.resolve("agent-" + boots++ + ".log");
        agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (printed.contains("listening on https://")) {
                return printed;
            }
            if (!agent.isAlive()) {
                throw new IllegalStateException("the agent exited: " + printed);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the agent did not start within 60 s");
    }

    private Path agentData() {
        return scratch.resolve("agent");
    }

    /**
     * {@code kill -9} of the agent and of every process of the node's services, at once: those of the pids the agent
     * recorded and their children, and as root every process of the partitions' users. Returns the services' pids.
     */
    private List<Long> powerCut() throws Exception {
        List<ProcessHandle> victims = new ArrayList<>();
        if (agent != null) {
            victims.add(agent.toHandle());
        }
        List<Long> services = new ArrayList<>();
        Path privateRoot = agentData().resolve("private");
        if (Files.isDirectory(privateRoot)) {
            try (var pidFiles = Files.find(privateRoot, 3, (path, attributes) -> path.toString().endsWith(".pid"))) {
                for (Path pidFile : pidFiles.toList()) {
                    long pid = Long.parseLong(Files.readString(pidFile).strip().split(" ")[0]);
                    ProcessHandle.of(pid).ifPresent(service -> {
                        services.add(pid);
                        victims.add(service);
                        service.descendants().forEach(victims::add);
                    });
                }
            }
        }
        List<String> users = partitionUsers();
        ProcessHandle.allProcesses().filter(p -> p.info().user().map(users::contains).orElse(false)).forEach(victims::add);
        victims.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (victims.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return services;
    }

    private List<String> partitionUsers() {
        UnixUsers users = new UnixUsers(runsAsRoot(), agentData());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            users.existing(String.format("p%03d", i)).ifPresent(account -> names.add(account.name()));
        }
        return names;
    }

    private void removePartitionUsers() throws IOException {
        if (!runsAsRoot()) {
            return;
        }
        new UnixUsers(true, agentData()).removeAll(); // the tenants', the spares and the build user
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Waits until the node has reported, since {@code since}, each instance started and healthy after a process of it
     * was started (so a report from before its service ran again does not count); returns the time of the node's last
     * such report, by its own clock (the same machine's).
     */
    private static Instant awaitStarted(Database database, List<InstanceRecord> instances, Instant since) throws Exception {
        List<Long> ids = instances.stream().map(InstanceRecord::id).toList();
        long deadline = System.nanoTime() + READY.toNanos();
        Map<Long, Instant> started = Map.of();
        while (System.nanoTime() < deadline) {
            started = startedSince(database, since);
            if (started.keySet().containsAll(ids)) {
                return ids.stream().map(started::get).max(Instant::compareTo).orElseThrow();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not every instance was reported started within " + READY + ": " + started);
    }

    /** Per instance, the node's first report of it started and healthy that follows a process start, both since {@code since}. */
    private static Map<Long, Instant> startedSince(Database database, Instant since) {
        return database.inTransaction(connection -> {
            Map<Long, Instant> first = new HashMap<>();
            Map<Long, Boolean> processStarted = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT instance_id, kind, summary, at FROM node_event "
                    + "WHERE node_id = ? AND at >= ? AND instance_id IS NOT NULL AND kind IN ('process', 'instance') ORDER BY seq")) {
                query.setString(1, NODE);
                query.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long instance = rows.getLong(1);
                        String summary = rows.getString(3);
                        if ("process".equals(rows.getString(2)) && summary.contains("\"event\":\"started\"")) {
                            processStarted.put(instance, true);
                        } else if ("instance".equals(rows.getString(2)) && processStarted.containsKey(instance)
                                && summary.contains("\"state\":\"started\",\"healthy\":true") && !first.containsKey(instance)) {
                            first.put(instance, rows.getObject(4, OffsetDateTime.class).toInstant());
                        }
                    }
                }
            }
            return first;
        });
    }

    private static void awaitDestroyed(RequestService requests, List<InstanceRecord> instances) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (requests.all().stream().filter(r -> instances.stream().anyMatch(i -> i.id() == r.id()))
                    .allMatch(r -> "destroyed".equals(r.reportedState()))) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static String matched(String printed, Pattern pattern) {
        Matcher matcher = pattern.matcher(printed);
        if (!matcher.find()) {
            throw new IllegalStateException("the agent printed no pairing code: " + printed);
        }
        return matcher.group(1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
