package org.hyperedge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.Master;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * {@code ./hyperedge bench allocation}: requests per second with 1,000 nodes of 10 partitions (every
 * request placed, until the fleet is full), the same with two masters and four clients at once on PostgreSQL, and
 * the time to compute the desired state of a node with 100 partitions. Usage: AllocationBenchmark LABEL JDBC-URL (a fresh, empty database).
 */
public final class AllocationBenchmark {

    private static final int NODES = 1000;
    private static final int PARTITIONS = 10;
    private static final int DESIRED_STATE_RUNS = 2000;

    private AllocationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String url = args[1];
        warmUp();
        try (Master master = Master.open(url)) {
            CatalogStore catalog = master.catalog();
            catalog.importBuiltIn();
            NodeRegistry nodes = master.nodes();
            for (int i = 0; i < NODES; i++) {
                nodes.register(node("node-" + i, PARTITIONS));
            }
            RequestService requests = master.requests();
            int total = NODES * PARTITIONS;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                InstanceRecord placed = requests.request(web("svc-" + i, Map.of()));
                if (!placed.placed()) {
                    throw new IllegalStateException("request " + i + " was not placed: " + placed.pendingReason());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %,d requests placed on %,d nodes x %d partitions in %.2f s: %,.0f requests/s%n",
                    label, total, NODES, PARTITIONS, seconds, total / seconds);
            String key = "allocation." + BenchFigures.label(label);
            BenchFigures.print(key + ".requests", Math.round(total / seconds), "requests/s", true);
            if (url.startsWith("jdbc:postgresql:")) {
                TwoMastersAllocation.run(label, url, master, NODES, PARTITIONS);
            }

            nodes.register(node("big", 100));
            for (int i = 0; i < 100; i++) {
                requests.request(web("big-" + i, Map.of("node", "big")));
            }
            DesiredStates desired = master.desiredStates();
            long[] micros = new long[DESIRED_STATE_RUNS];
            for (int i = 0; i < DESIRED_STATE_RUNS; i++) {
                long t = System.nanoTime();
                if (desired.compute("big").partitions().size() != 100) {
                    throw new IllegalStateException("the big node should hold 100 partitions");
                }
                micros[i] = (System.nanoTime() - t) / 1000;
            }
            Arrays.sort(micros);
            System.out.printf("%s: desired state of a node with 100 partitions: median %.3f ms, p99 %.3f ms (%d runs)%n",
                    label, micros[DESIRED_STATE_RUNS / 2] / 1000.0, micros[DESIRED_STATE_RUNS * 99 / 100] / 1000.0,
                    DESIRED_STATE_RUNS);
            BenchFigures.print(key + ".desired-state-100-partitions.median", micros[DESIRED_STATE_RUNS / 2] / 1000.0, "ms", false);
            BenchFigures.print(key + ".desired-state-100-partitions.p99", micros[DESIRED_STATE_RUNS * 99 / 100] / 1000.0, "ms",
                    false);
        }
    }

    /** The same work on a scratch H2 database first, so the measured run is not the JIT's first. */
    private static void warmUp() throws Exception {
        Path scratch = Files.createTempDirectory("hyperedge-bench-warmup");
        try (Master master = Master.open(scratch)) {
            CatalogStore catalog = master.catalog();
            catalog.importBuiltIn();
            NodeRegistry nodes = master.nodes();
            for (int i = 0; i < 50; i++) {
                nodes.register(node("warm-" + i, PARTITIONS));
            }
            RequestService requests = master.requests();
            DesiredStates desired = master.desiredStates();
            for (int i = 0; i < 500; i++) {
                requests.request(web("warm-" + i, Map.of()));
                desired.compute("warm-" + (i % 50));
            }
        }
    }

    private static NodeSpec node(String id, int partitions) {
        return new NodeSpec(id, "bench", "127.0.0.1", 64_000, 256_000, 10_000_000, Map.of("rack", id), partitions, 20000, 10);
    }

    private static Request web(String title, Map<String, String> sla) {
        return Request.root(title, "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()).withSla(sla);
    }
}
