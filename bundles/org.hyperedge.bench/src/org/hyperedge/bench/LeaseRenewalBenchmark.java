package org.hyperedge.bench;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLeases;

/**
 * {@code ./hyperedge bench leases [NODES] [MASTERS]}: how long one renewal of a master's leases takes (what each master
 * does every 2 s, {@link NodeLeases#hold}) when MASTERS masters share NODES dialled nodes on PostgreSQL (default
 * 100,000 and 3, issue 19's fleet), after the split has settled. Usage: LeaseRenewalBenchmark JDBC-URL [NODES] [MASTERS]
 * (a fresh, empty database).
 */
public final class LeaseRenewalBenchmark {

    private static final int RENEWALS = 30;

    private LeaseRenewalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodeCount = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int masters = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> nodes = IntStream.range(0, nodeCount).mapToObj(i -> "node-" + i).toList();
        try (Master master = Master.open(args[0])) {
            NodeLeases[] leases = new NodeLeases[masters];
            String[] ids = new String[masters];
            for (int m = 0; m < masters; m++) {
                leases[m] = master.nodeLeases();
                ids[m] = leases[m].join("127.0.0.1:" + (m + 1));
            }
            // every master joins first, so no lease is handed over (3 s) while renewals are timed
            for (int round = 0; round < 3; round++) {
                for (int m = 0; m < masters; m++) {
                    leases[m].hold(ids[m], nodes);
                }
            }
            int share = (nodeCount + masters - 1) / masters;
            long[] micros = new long[RENEWALS];
            for (int i = 0; i < RENEWALS; i++) {
                long start = System.nanoTime();
                int held = leases[i % masters].hold(ids[i % masters], nodes).size();
                micros[i] = (System.nanoTime() - start) / 1_000;
                if (held > share || held < nodeCount - share * (masters - 1)) {
                    throw new IllegalStateException("master " + (i % masters) + " holds " + held + " leases, its share is "
                            + share + ": the split did not settle");
                }
            }
            Arrays.sort(micros);
            double median = micros[RENEWALS / 2] / 1000.0;
            System.out.printf("lease renewal of one master's share of %,d dialled nodes among %d masters (about %,d leases): "
                    + "median %.1f ms, max %.1f ms (%d renewals; each master renews every %d s)%n", nodeCount, masters,
                    share, median, micros[RENEWALS - 1] / 1000.0, RENEWALS, NodeLeases.LEASE.dividedBy(5).toSeconds());
            BenchFigures.print("leases.renewal-" + nodeCount + "-nodes-" + masters + "-masters.median", median, "ms", false);
        }
    }
}
