package org.hyperedge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.connector.Connector;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.Master;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ./hyperedge bench e2e}: provisioning latency, from a request in the master to the H2 database
 * started on a node with its promise passing and its connection URL in the master, the release already
 * installed. A master on an H2 file and the packaged agent as its own process, over HTTPS on loopback.
 * Usage: E2eBenchmark AGENT_JAR SCRATCH_DIR SYNC_PERIOD_MS [AGENT JVM OPTION...]
 * <p>
 * With {@code -Dhyperedge.bench.dialIn=true} ({@code bench e2e --dial-in}, issue 18) the agent dials in: the master
 * serves its endpoint on loopback, the agent enrols with a token and keeps its session there, and every request of
 * the sync goes over that session; the figures are {@code e2e.dial-in.*}. With
 * {@code -Dhyperedge.bench.behindNat=NAMESPACE,MASTER_ADDRESS,NODE_ADDRESS} ({@code bench e2e --behind-nat}) the
 * dialling agent runs in that network namespace, behind its one-way NAT, and the master listens on its address on
 * the namespace's link: the figures are {@code e2e.dial-in-behind-nat.*}.
 */
public final class E2eBenchmark {

    private static final int RUNS = 7;
    private static final String H2 = "builtin:h2-database";
    private static final Pattern LISTENING = Pattern.compile("listening on https://([^ ,]+)");
    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");

    private E2eBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path agentJar = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        long periodMs = Long.parseLong(args[2]);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        String[] behindNat = System.getProperty("hyperedge.bench.behindNat", "").isBlank() ? null
                : System.getProperty("hyperedge.bench.behindNat").split(",");
        String masterAddress = behindNat == null ? "127.0.0.1" : behindNat[1];
        String nodeAddress = behindNat == null ? "127.0.0.1" : behindNat[2];
        List<String> command = new ArrayList<>(behindNat == null ? List.of()
                : List.of("ip", "netns", "exec", behindNat[0]));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(args).subList(3, args.length));
        command.addAll(List.of("-jar", agentJar.toString(), "--data", scratch.resolve("agent").toString(), "--listen",
                "127.0.0.1:0", "--ip", nodeAddress, "--name", "bench-node", "--partitions", "4", "--ports", "26000-26039"));
        Path log = scratch.resolve("agent.log");
        boolean dialIn = behindNat != null || Boolean.getBoolean("hyperedge.bench.dialIn");
        // one release's request to its promises passing (issue 22: the figure per release); H2 by default
        String release = System.getProperty("hyperedge.bench.release", H2);
        String figures = (behindNat != null ? "e2e.dial-in-behind-nat." : dialIn ? "e2e.dial-in." : "e2e.")
                + (release.equals(H2) ? "" : release.replace("builtin:", "") + ".");
        Process agent = null;
        try (Master master = Master.open(scratch.resolve("master"))) {
            CatalogStore catalog = master.catalog();
            catalog.importBuiltIn();
            RequestService requests = master.requests();
            try (Connector connector = MasterSite.connector(master, scratch.resolve("master-data"), 4)) {
                String node;
                if (dialIn) {
                    int port = connector.listen(EndpointSettings.listen(masterAddress, 0));
                    String token = master.enrolments().issue("bench-node", "bench", Duration.ofHours(1)).token();
                    command.addAll(List.of("--master", masterAddress + ":" + port, "--enrol", token, "--master-fingerprint",
                            connector.fingerprint()));
                    agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                    awaitAgent(agent, log, "paired with master");
                    node = "bench-node";
                } else {
                    agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                    String printed = awaitAgent(agent, log, "pairing code:");
                    Matcher address = LISTENING.matcher(printed);
                    Matcher code = CODE.matcher(printed);
                    address.find();
                    code.find();
                    node = connector.adopt(address.group(1), code.group(1), "bench", Map.of());
                }
                connector.start(Duration.ofMillis(periodMs));
                long asked = System.nanoTime();
                long first = provision(requests, release, "warm-up", node);
                System.out.printf("first request, install included: %d ms%n", first);
                BenchFigures.print(figures + "first-request-with-install", first, "ms", false);
                destroy(requests, release, "warm-up");
                // the timed requests are those of a node where the release is wholly installed (H2's class archive made)
                BackgroundInstall.await(catalog.find(release).orElseThrow(), scratch.resolve("agent").resolve("software"), asked);
                List<Long> times = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    Thread.sleep(1_500);
                    times.add(provision(requests, release, "db-" + run, node));
                    destroy(requests, release, "db-" + run);
                }
                awaitDestroyed(requests, "db-" + (RUNS - 1));
                List<Long> sorted = times.stream().sorted().toList();
                System.out.printf("%s: request to connection URL in the master, promises passing (%srelease installed, sync "
                        + "period %d ms), %d runs: median %d ms, min %d ms, max %d ms %s%n", release,
                        behindNat != null ? "dial-in node behind a NAT, " : dialIn ? "dial-in node, " : "", periodMs, RUNS, sorted.get(RUNS / 2), sorted.get(0),
                        sorted.get(RUNS - 1), times);
                for (long time : times) {
                    BenchFigures.print(figures + "request-to-url-in-master", time, "ms", false);
                }
            }
        } finally {
            if (agent != null) {
                agent.destroy();
            }
        }
    }

    private static long provision(RequestService requests, String release, String title, String node) throws Exception {
        long start = System.nanoTime();
        InstanceRecord instance = requests.request(Request.root(title, release, "default",
                JsonNodeFactory.instance.objectNode()).withSla(Map.of("node", node)));
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            InstanceRecord now = requests.find(instance.treeId(), title).orElseThrow();
            // started and healthy: every promise passed; the connection parameters published
            if ("started".equals(now.reportedState()) && now.healthy() && now.connectionParameters() != null
                    && !now.connectionParameters().isBlank() && !"{}".equals(now.connectionParameters().strip())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(title + " did not start within 60 s");
    }

    private static void destroy(RequestService requests, String release, String title) throws Exception {
        requests.request(Request.root(title, release, "default", JsonNodeFactory.instance.objectNode())
                .withState(RequestedState.DESTROYED));
    }

    /** The node confirmed the destroy: its services are gone before the agent is stopped. */
    private static void awaitDestroyed(RequestService requests, String title) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (requests.all().stream().filter(r -> r.title().equals(title)).allMatch(r -> "destroyed".equals(r.reportedState()))) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static String awaitAgent(Process agent, Path log, String ready) throws Exception {
        for (int i = 0; i < 600; i++) {
            String printed = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (printed.contains(ready)) {
                return printed;
            }
            if (!agent.isAlive()) {
                throw new IllegalStateException("the agent exited: " + printed);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the agent did not start within 30 s");
    }
}
