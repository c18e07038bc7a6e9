package org.hyperedge.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.report.ReportCodec;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What {@code bench fleet} sets up before any master runs: a fresh PostgreSQL database, the simulated nodes adopted
 * and one instance requested on each through the master's own services (not a bulk insert: each adoption and each
 * request is the transaction an operator's would be, run on a few threads), so the change that reseals every node's
 * instances touches all of them.
 */
final class FleetSetup {

    static final String RELEASE_ID = "bench:fleet-idle";
    private static final String RELEASE = """
            { "id": "bench:fleet-idle", "name": "fleet-idle", "version": "1", "requires": ["sleep"],
              "types": { "default": { "processes": [ { "name": "idle", "command": ["sleep", "86400"] } ] } } }
            """;
    private static final int THREADS = 4;

    private FleetSetup() {
    }

    /** A new, empty database on the server of {@code serverUrl}; returns its JDBC URL. */
    static String freshDatabase(String serverUrl) throws SQLException {
        String name = "hyperedge_fleet_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(serverUrl);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return serverUrl.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1");
    }

    /**
     * Adopts {@code nodeIds[i]} at simulated address {@code i}, pinned to {@code fleetFingerprint}, one instance each,
     * which the fleet's node then reports about.
     */
    static void populate(Master master, List<String> nodeIds, int port, String fleetFingerprint, RecordingFleet fleet)
            throws Exception {
        master.catalog().importRelease("fleet-idle.json", RELEASE);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            Step adopt = i -> master.nodeLinks().adopt(new NodeSpec(nodeIds.get(i), "bench",
                    SimulatedFleet.address(i, port), 2000, 2048, 10_000, Map.of(), 1, 20_000, 10), fleetFingerprint);
            run(pool, nodeIds.size(), adopt);
            run(pool, nodeIds.size(), i -> {
                InstanceRecord instance = master.requests().request(Request.root("fleet-" + i, RELEASE_ID, "default",
                        ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", nodeIds.get(i))));
                fleet.hosts(nodeIds.get(i), instance.id(), instance.partition());
            });
        } finally {
            pool.shutdown();
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    private static void run(ExecutorService pool, int count, Step step) throws Exception {
        List<Future<?>> parts = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < count; i += THREADS) {
                    step.run(i);
                }
                return null;
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }

    /** Transactions committed in the database so far (pg_stat_database, as the server has flushed its counters). */
    static long commits(Database database) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT xact_commit FROM pg_stat_database "
                            + "WHERE datname = current_database()")) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
