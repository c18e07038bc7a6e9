package org.hyperedge.ui.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Table;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.handlers.FilterInstancesHandler;
import org.hyperedge.ui.instances.InstancesPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./hyperedge bench console}: the time to open the Instances view, and to filter it, with
 * {@code hyperedge.bench.instances} (100,000) instances in the store, on the real console under Xvfb.
 * "Open" is from showing the part to its first rows painted with the full count; "filter" from the
 * filter running to the filtered rows painted. Prints figures; asserts nothing about time. Not part of
 * the test suite (the build excludes *Benchmark).
 */
class ConsoleBenchmark {

    private static final int RUNS = 8;
    // the first open after start reads the whole index; later ones only what changed
    private static final String[] FILTERS = { "plant-04242", "historian", "plant-1", "node-117", "zzz-nothing",
            "plant-099", "db" };

    @TempDir
    Path temp;

    @Test
    void openAndFilterTheInstancesView() throws Exception {
        int instances = Integer.getInteger("hyperedge.bench.instances", 100_000);
        Path data = temp.resolve("data");
        long seeded = System.nanoTime();
        seed(data, instances);
        System.out.printf("seeded %,d instances in %d ms%n", instances, (System.nanoTime() - seeded) / 1_000_000);
        ConsoleSession console = ConsoleSession.start(data, temp.resolve("console.properties"), false);
        try {
            UiDriver ui = console.driver();
            ui.waitUntil("the master open", () -> ui.onUi(() -> console.windowModel().getContext()
                    .get(EmbeddedMaster.class)) != null);
            EmbeddedMaster master = ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class));
            EPartService parts = ui.onUi(() -> console.windowModel().getContext().get(EPartService.class));
            MPart part = ui.onUi(() -> parts.findPart(FilterInstancesHandler.INSTANCES_PART));
            List<Long> opens = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                ui.onUi(() -> parts.hidePart(part));
                ui.onUi(() -> part.setToBeRendered(false));
                opens.add(timeUntilShown(ui, () -> {
                    part.setToBeRendered(true);
                    parts.showPart(part, EPartService.PartState.ACTIVATE);
                }, () -> part.getObject() instanceof InstancesPart view && view.shownCount() == instances
                        && firstRowPainted(view)));
            }
            InstancesPart view = ui.onUi(() -> (InstancesPart) part.getObject());
            List<Long> filters = new ArrayList<>();
            for (String text : FILTERS) {
                long nanos = timeFilter(ui, view, text);
                filters.add(nanos);
                long query = System.nanoTime();
                int matched = master.fleet().query(org.hyperedge.master.view.InstanceQuery.all().withText(text)).size();
                System.out.printf("console bench: filter '%s': %,d rows shown in %.1f ms (of which the index query alone: "
                        + "%.1f ms)%n", text, matched, nanos / 1e6, (System.nanoTime() - query) / 1e6);
            }
            // a second master on the same store (this JVM shares its H2 file) has an index not read yet
            try (Master unread = Master.open(master.dataDirectory())) {
                long reading = System.nanoTime();
                unread.fleet().refresh();
                System.out.printf("console bench: %,d instances: first open (the fleet model and its index read whole) %.1f ms; reading the "
                        + "whole fleet model and index alone %.1f ms%n", instances, opens.get(0) / 1e6, (System.nanoTime() - reading) / 1e6);
            }
            opens.remove(0);
            System.out.printf("console bench: %,d instances: open Instances view median %.1f ms (min %.1f, max %.1f; %d runs)%n",
                    instances, median(opens), opens.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                    opens.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, opens.size());
            System.out.printf("console bench: %,d instances: filter median %.1f ms (min %.1f, max %.1f; filters %s)%n",
                    instances, median(filters), filters.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                    filters.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, Arrays.toString(FILTERS));
        } finally {
            console.close();
        }
    }

    private static boolean firstRowPainted(InstancesPart view) {
        Table table = view.tableControl();
        return table.getItemCount() > 0 && !table.getItem(0).getText(0).equals("…");
    }

    /** Nanoseconds from running the action on the UI thread until the condition holds there (polled each ms). */
    private static long timeUntilShown(UiDriver ui, Runnable action, java.util.function.BooleanSupplier shown)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        ui.later(() -> {
            long start = System.nanoTime();
            action.run();
            Runnable[] poll = new Runnable[1];
            poll[0] = () -> {
                if (shown.getAsBoolean()) {
                    elapsed.set(System.nanoTime() - start);
                    done.countDown();
                } else {
                    ui.display().timerExec(1, poll[0]);
                }
            };
            ui.display().timerExec(1, poll[0]);
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the Instances view did not show within a minute");
        }
        return elapsed.get();
    }

    private static long timeFilter(UiDriver ui, InstancesPart view, String text) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong elapsed = new AtomicLong();
        ui.later(() -> {
            view.setFilterText(text);
            long start = System.nanoTime();
            view.applyFilter(() -> {
                view.tableControl().update();
                elapsed.set(System.nanoTime() - start);
                done.countDown();
            });
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the filter '" + text + "' did not show within a minute");
        }
        return elapsed.get();
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    /**
     * A store as a large site leaves it: 200 nodes, trees of five instances (a root and four it requested)
     * placed in their partitions, most started and healthy with a URL, some stopped or failing.
     */
    static void seed(Path data, int instances) throws Exception {
        Database database = Database.open(Master.h2Url(data));
        try (Master seeded = Master.over(database)) {
            seeded.catalog().importBuiltIn();
            database.inTransaction(connection -> {
                insertNodes(connection, 200, instances / 200 + 1);
                insertInstances(connection, instances, 200, instances / 200 + 1);
                return null;
            });
        }
    }

    private static void insertNodes(Connection connection, int nodes, int partitionsEach) throws java.sql.SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement site = connection.prepareStatement("INSERT INTO site (name) VALUES ('plant')")) {
            site.executeUpdate();
        }
        try (PreparedStatement node = connection.prepareStatement("INSERT INTO node (id, site, address, cpu_millis, "
                + "memory_mb, disk_mb, free_partitions, used_cpu_millis, used_memory_mb, used_disk_mb, generation, "
                + "registered_at, last_report_at) VALUES (?, 'plant', ?, 64000, 262144, 4000000, 0, 0, 0, 0, 1, ?, ?)")) {
            for (int n = 0; n < nodes; n++) {
                node.setString(1, String.format("node-%03d", n));
                node.setString(2, "10.0." + n / 250 + "." + n % 250 + ":7443");
                node.setObject(3, now);
                node.setObject(4, now.minusSeconds(n % 90));
                node.addBatch();
            }
            node.executeBatch();
        }
    }

    private static void insertInstances(Connection connection, int instances, int nodes, int partitionsEach)
            throws java.sql.SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] roles = { "historian", "broker", "dashboard", "cache", "db" };
        try (PreparedStatement tree = connection.prepareStatement(
                "INSERT INTO instance_tree (id, root_title, created_at) VALUES (?, ?, ?)");
                PreparedStatement instance = connection.prepareStatement("INSERT INTO instance (id, tree_id, parent_id, "
                        + "title, release_id, software_type, shared, parameters, sla, requested_state, reported_state, "
                        + "created_at, updated_at, healthy, connection_parameters, last_report_at) "
                        + "VALUES (?, ?, ?, ?, 'builtin:h2-database', 'default', FALSE, '{}', '{}', ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement partition = connection.prepareStatement("INSERT INTO node_partition (node_id, "
                        + "reference, first_port, last_port, instance_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= instances; i++) {
                int treeIndex = (i - 1) / 5 + 1;
                boolean root = (i - 1) % 5 == 0;
                String plant = String.format("plant-%05d", treeIndex);
                if (root) {
                    tree.setLong(1, treeIndex);
                    tree.setString(2, plant + "-" + roles[0]);
                    tree.setObject(3, now);
                    tree.addBatch();
                }
                boolean stopped = i % 50 == 0;
                boolean failing = i % 97 == 0;
                int node = i % nodes;
                int slot = i / nodes;
                instance.setLong(1, i);
                instance.setLong(2, treeIndex);
                instance.setObject(3, root ? null : (long) ((treeIndex - 1) * 5 + 1), java.sql.Types.BIGINT);
                instance.setString(4, plant + "-" + roles[(i - 1) % 5]);
                instance.setString(5, stopped ? "stopped" : "started");
                instance.setString(6, stopped ? "stopped" : "started");
                instance.setObject(7, now);
                instance.setObject(8, now);
                instance.setBoolean(9, !failing && !stopped);
                instance.setString(10, "{\"url\":\"jdbc:h2:tcp://10.0." + node / 250 + "." + node % 250 + ":"
                        + (20000 + slot) + "/main\"}");
                instance.setObject(11, now.minusSeconds(i % 600));
                instance.addBatch();
                partition.setString(1, String.format("node-%03d", node));
                partition.setString(2, String.format("p%03d", slot));
                partition.setInt(3, 20000 + slot);
                partition.setInt(4, 20000 + slot);
                partition.setLong(5, i);
                partition.addBatch();
                if (i % 5_000 == 0) {
                    tree.executeBatch();
                    instance.executeBatch();
                    partition.executeBatch();
                    connection.commit();
                }
            }
            tree.executeBatch();
            instance.executeBatch();
            partition.executeBatch();
        }
        try (PreparedStatement restart = connection.prepareStatement(
                "ALTER TABLE instance ALTER COLUMN id RESTART WITH " + (instances + 1))) {
            restart.executeUpdate();
        }
    }
}
