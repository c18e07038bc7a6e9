package org.hyperedge.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.Connector;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code ./hyperedge bench sync}: node syncs per second one master process sustains (each sync: a report
 * request, two events ingested in one transaction, an acknowledgement, all over mutual TLS) against
 * simulated nodes that speak the real protocol on loopback addresses, with 1,000 and 10,000 nodes.
 * Usage: SyncBenchmark SCRATCH_DIR SECONDS NODES...
 */
public final class SyncBenchmark {

    private static final int PORT = 47_443;
    private static final int THREADS = Integer.getInteger("hyperedge.bench.threads", 8);

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        TlsIdentity master = TlsIdentity.loadOrCreate(scratch.resolve("master-identity"), "bench-master");
        TlsIdentity fleetIdentity = TlsIdentity.loadOrCreate(scratch.resolve("fleet-identity"), "bench-fleet");
        try (SimulatedFleet fleet = new SimulatedFleet(fleetIdentity, master.fingerprint(), PORT)) {
            for (int i = 2; i < args.length; i++) {
                run(scratch.resolve("master-" + args[i]), master, fleetIdentity.fingerprint(), Integer.parseInt(args[i]),
                        seconds);
            }
        }
        System.exit(0); // the simulated nodes' connection threads must not keep this JVM (and its CPU) alive
    }

    /**
     * Push mode's syncs/s with {@code nodes} simulated nodes, measured over {@code seconds} after as long of warm-up:
     * the baseline the dial-in benchmark prints its ratio against. Its nodes' threads stay until the JVM exits.
     */
    static double pushSyncsPerSecond(Path scratch, int nodes, int seconds) throws Exception {
        TlsIdentity master = TlsIdentity.loadOrCreate(scratch.resolve("master-identity"), "bench-master");
        TlsIdentity fleetIdentity = TlsIdentity.loadOrCreate(scratch.resolve("fleet-identity"), "bench-fleet");
        try (SimulatedFleet fleet = new SimulatedFleet(fleetIdentity, master.fingerprint(), PORT)) {
            return run(scratch.resolve("master-push-" + nodes), master, fleetIdentity.fingerprint(), nodes, seconds);
        }
    }

    private static double run(Path directory, TlsIdentity master, String fleetFingerprint, int nodes, int seconds)
            throws Exception {
        try (Master hyperedge = Master.open(directory)) {
            NodeLinks links = hyperedge.nodeLinks();
            long registering = System.nanoTime();
            for (int i = 0; i < nodes; i++) {
                String address = SimulatedFleet.address(i, PORT);
                String ip = address.substring(0, address.lastIndexOf(':'));
                links.adopt(new NodeSpec(SimulatedFleet.nodeName(ip), "bench", address, 2000, 2048, 10_000, Map.of(), 1,
                        20_000, 10), fleetFingerprint);
            }
            System.out.printf("%,d simulated nodes registered in %.1f s%n", nodes, (System.nanoTime() - registering) / 1e9);
            try (Connector connector = new Connector(hyperedge, master, new ArtifactCache(directory.resolve("cache")), THREADS)) {
                // each node at most every 250 ms: 4,000 syncs/s for 1,000 nodes, far above what is measured
                connector.start(Duration.ofMillis(250));
                long warmUp = System.nanoTime();
                while (connector.completedSyncs() < nodes && System.nanoTime() - warmUp < 120_000_000_000L) {
                    Thread.sleep(200);
                }
                double warmSeconds = (System.nanoTime() - warmUp) / 1e9;
                System.out.printf("%,d nodes: first syncs (a TLS handshake each): %,d in %.1f s, %,.0f/s%n", nodes,
                        connector.completedSyncs(), warmSeconds, connector.completedSyncs() / warmSeconds);
                BenchFigures.print("sync." + nodes + "-nodes.first-syncs", Math.round(connector.completedSyncs() / warmSeconds),
                        "syncs/s", true);
                // the JIT is still compiling the sync path after the first syncs: as long again before measuring
                Thread.sleep(seconds * 1000L);
                long before = connector.completedSyncs();
                long start = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                long syncs = connector.completedSyncs() - before;
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("%,d nodes: %,.0f node syncs/s over %d s after %d s more of warm-up (%,d syncs, %d connector threads, "
                        + "up to %,d connections kept, H2 file master)%n", nodes, syncs / elapsed, seconds, seconds, syncs, THREADS,
                        Connector.KEPT_CONNECTIONS);
                BenchFigures.print("sync." + nodes + "-nodes.syncs", Math.round(syncs / elapsed), "syncs/s", true);
                return syncs / elapsed;
            }
        }
    }
}
