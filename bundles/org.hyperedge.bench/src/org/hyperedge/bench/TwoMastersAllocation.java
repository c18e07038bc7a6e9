package org.hyperedge.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The allocation figure of several masters on one PostgreSQL (issue 19): two masters, each with its own connection
 * pool as two master processes have, and four clients, two on each, filling a fleet of their own at once. Every
 * request must be placed, and no partition given twice.
 */
final class TwoMastersAllocation {

    private static final int CLIENTS = 4;

    private TwoMastersAllocation() {
    }

    static void run(String label, String url, Master first, int nodes, int partitions) throws Exception {
        for (int i = 0; i < nodes; i++) {
            first.nodes().register(new NodeSpec("pair-" + i, "pair", "127.0.0.1", 64_000, 256_000, 10_000_000,
                    Map.of(), partitions, 20000, 10));
        }
        int total = nodes * partitions;
        try (Master second = Master.open(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<InstanceRecord>>> results = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    RequestService requests = (client % 2 == 0 ? first : second).requests();
                    int id = client;
                    Callable<List<InstanceRecord>> call = () -> {
                        start.await();
                        List<InstanceRecord> placed = new ArrayList<>();
                        for (int i = id; i < total; i += CLIENTS) {
                            placed.add(requests.request(Request.root("pair-" + i, "builtin:static-web", "default",
                                    JsonNodeFactory.instance.objectNode()).withSla(Map.of("site", "pair"))));
                        }
                        return placed;
                    };
                    results.add(pool.submit(call));
                }
                long begin = System.nanoTime();
                start.countDown();
                Set<String> partitionsGiven = new HashSet<>();
                for (Future<List<InstanceRecord>> result : results) {
                    for (InstanceRecord instance : result.get()) {
                        if (!instance.placed()) {
                            throw new IllegalStateException(instance.title() + " was not placed: " + instance.pendingReason());
                        }
                        if (!partitionsGiven.add(instance.nodeId() + "/" + instance.partition())) {
                            throw new IllegalStateException("partition " + instance.partition() + " of "
                                    + instance.nodeId() + " was given twice");
                        }
                    }
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf("%s: 2 masters, %d clients: %,d requests placed on %,d nodes x %d partitions in %.2f s: "
                        + "%,.0f requests/s, no partition given twice%n", label, CLIENTS, total, nodes, partitions, seconds,
                        total / seconds);
                BenchFigures.print("allocation." + BenchFigures.label(label) + ".two-masters-four-clients.requests",
                        Math.round(total / seconds), "requests/s", true);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
