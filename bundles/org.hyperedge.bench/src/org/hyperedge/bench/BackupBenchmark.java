package org.hyperedge.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterBackup;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * {@code ./hyperedge bench backup [INSTANCES] [USAGE]}: the time to back up a running embedded master holding that
 * many instances (default 100,000, on 200 nodes) and usage records (default 1,000,000), and to restore it into an
 * empty data directory (checking the whole backup, unpacking, opening, a new epoch). Usage: BackupBenchmark SCRATCH
 * [INSTANCES] [USAGE].
 */
public final class BackupBenchmark {

    private static final int NODES = 200;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        int instances = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int usage = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path office = scratch.resolve("office");
        Path backup = scratch.resolve("office.backup");
        TlsIdentity identity = TlsIdentity.loadOrCreate(office.resolve("master-identity"), "bench-master");
        Database database = Database.open(Master.h2Url(office));
        try (Master master = Master.over(database)) {
            master.catalog().importBuiltIn();
            long filling = System.nanoTime();
            database.inTransaction(connection -> {
                fill(connection, instances, usage);
                return null;
            });
            System.out.printf("a master with %,d instances on %d nodes and %,d usage records, made in %.1f s%n", instances,
                    NODES, usage, (System.nanoTime() - filling) / 1e9);
            long started = System.nanoTime();
            MasterBackup.Summary summary = master.backup(office, identity, backup);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("backup: %.2f s, %,d bytes%n", seconds, summary.bytes());
            BenchFigures.print("backup.backup-seconds", seconds, "s", false);
        }
        long started = System.nanoTime();
        MasterRestore.Summary restored = MasterRestore.restore(backup, Trust.of(identity.fingerprint()),
                scratch.resolve("restored"), false, SiteProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("restore: %.2f s (%d nodes, epoch %d; checked whole, unpacked, opened)%n", seconds,
                restored.nodes(), restored.epoch());
        BenchFigures.print("backup.restore-seconds", seconds, "s", false);
        System.out.printf("store file: %,d bytes%n", Files.size(scratch.resolve("restored").resolve("master.mv.db")));
    }

    private static void fill(Connection connection, int instances, int usage) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement site = connection.prepareStatement("INSERT INTO site (name) VALUES ('plant')");
                PreparedStatement node = connection.prepareStatement("INSERT INTO node (id, site, address, cpu_millis, "
                        + "memory_mb, disk_mb, free_partitions, used_cpu_millis, used_memory_mb, used_disk_mb, generation, "
                        + "registered_at) VALUES (?, 'plant', ?, 64000, 262144, 4000000, 0, 0, 0, 0, 1, ?)")) {
            site.executeUpdate();
            for (int n = 0; n < NODES; n++) {
                node.setString(1, nodeId(n));
                node.setString(2, "10.0." + n / 250 + "." + n % 250 + ":7443");
                node.setObject(3, now);
                node.addBatch();
            }
            node.executeBatch();
        }
        try (PreparedStatement tree = connection.prepareStatement(
                "INSERT INTO instance_tree (id, root_title, created_at) VALUES (?, ?, ?)");
                PreparedStatement instance = connection.prepareStatement("INSERT INTO instance (id, tree_id, title, "
                        + "release_id, software_type, shared, parameters, sla, requested_state, reported_state, created_at, "
                        + "updated_at, healthy, connection_parameters) VALUES (?, ?, ?, 'builtin:h2-database', 'default', "
                        + "FALSE, '{\"database\":\"main\"}', '{}', 'started', 'started', ?, ?, TRUE, '{}')");
                PreparedStatement partition = connection.prepareStatement("INSERT INTO node_partition (node_id, reference, "
                        + "first_port, last_port, instance_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= instances; i++) {
                tree.setLong(1, i);
                tree.setString(2, "service-" + i);
                tree.setObject(3, now);
                tree.addBatch();
                instance.setLong(1, i);
                instance.setLong(2, i);
                instance.setString(3, "service-" + i);
                instance.setObject(4, now);
                instance.setObject(5, now);
                instance.addBatch();
                partition.setString(1, nodeId(i % NODES));
                partition.setString(2, String.format("p%04d", i / NODES));
                partition.setInt(3, 20000 + i / NODES);
                partition.setInt(4, 20000 + i / NODES);
                partition.setLong(5, i);
                partition.addBatch();
                if (i % 5_000 == 0) {
                    tree.executeBatch();
                    instance.executeBatch();
                    partition.executeBatch();
                }
            }
            tree.executeBatch();
            instance.executeBatch();
            partition.executeBatch();
        }
        try (PreparedStatement record = connection.prepareStatement("INSERT INTO usage_record (node_id, seq, instance_id, "
                + "period_from, period_to, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            BigDecimal share = new BigDecimal("0.250000");
            for (int r = 0; r < usage; r++) {
                int instanceId = r % instances + 1;
                OffsetDateTime from = now.minusMinutes(5L * (r / instances + 1));
                record.setString(1, nodeId(instanceId % NODES));
                record.setLong(2, r + 1L);
                record.setLong(3, instanceId);
                record.setObject(4, from);
                record.setObject(5, from.plusMinutes(5));
                record.setBigDecimal(6, share);
                record.setBigDecimal(7, share);
                record.setBigDecimal(8, share);
                record.setBigDecimal(9, share);
                record.addBatch();
                if (r % 10_000 == 9_999) {
                    record.executeBatch();
                }
            }
            record.executeBatch();
        }
    }

    private static String nodeId(int n) {
        return String.format("node-%03d", n);
    }
}
