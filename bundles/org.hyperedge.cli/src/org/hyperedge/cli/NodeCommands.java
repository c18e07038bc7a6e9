package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.tls.Fingerprints;

/** {@code nodes}, {@code nodes adopt}, {@code nodes revoke} and {@code master}: the master's side of its nodes. */
final class NodeCommands {

    private final Database database;
    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    NodeCommands(Database database, Path data, PrintStream out, PrintStream err) {
        this.database = database;
        this.data = data;
        this.out = out;
        this.err = err;
    }

    int nodes(List<String> args) throws IOException {
        if (!args.isEmpty() && "adopt".equals(args.get(0))) {
            return adopt(args.subList(1, args.size()));
        }
        if (!args.isEmpty() && "revoke".equals(args.get(0))) {
            return revoke(args.subList(1, args.size()));
        }
        Arguments.parse(args, List.of(), List.of());
        Map<String, NodeLink> links = new HashMap<>();
        new NodeLinks(database).all().forEach(link -> links.put(link.nodeId(), link));
        Table table = new Table("SITE", "NODE", "ADDRESS", "CPU", "MEMORY-MB", "PARTITIONS", "FREE", "GENERATION",
                "LAST REPORT", "SYNC");
        List<NodeRegistry.NodeSummary> summaries = new NodeRegistry(database).list();
        for (NodeRegistry.NodeSummary node : summaries) {
            NodeLink link = links.get(node.id());
            table.add(node.site(), node.id(), node.address(), node.cpuMillis() / 1000.0, node.memoryMb(), node.partitions(),
                    node.freePartitions(), node.generation(), link == null ? "not adopted" : age(link.lastReportAt()),
                    link == null ? "" : link.lastSyncError() != null ? "error: " + link.lastSyncError()
                            : link.needsPush() ? "to push " + link.generation() : "in sync");
        }
        table.print(out);
        if (summaries.isEmpty()) {
            out.println("No nodes yet: adopt one with ./hyperedge nodes adopt ADDRESS CODE --site SITE");
        }
        return Main.OK;
    }

    /** How old the last report is, as it is: never rounded to a colour. */
    static String age(Instant lastReport) {
        if (lastReport == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(lastReport, Instant.now()).getSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds < 7200 ? seconds / 60 + " min ago" : seconds / 3600 + " h ago";
    }

    private int adopt(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of("site", "label"), List.of());
        if (parsed.positional().size() != 2) {
            throw new UsageException("nodes adopt needs ADDRESS (host:port) and the CODE the agent printed");
        }
        String address = parsed.positional().get(0);
        if (!address.matches("[^:/\\s]+:\\d{1,5}")) {
            throw new UsageException("address '" + address + "' is not HOST:PORT");
        }
        String site = parsed.option("site") == null ? "default" : parsed.option("site");
        try (Connector connector = MasterSite.connector(database, data, 1)) {
            String node = connector.adopt(address, parsed.positional().get(1), site, parsed.pairs("label"));
            out.println("adopted node " + node + " at " + address + " into site " + site
                    + "; the console or ./hyperedge master keeps it in sync");
            return Main.OK;
        } catch (AdoptionException e) {
            err.println("hyperedge: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    private int revoke(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        if (parsed.positional().size() != 1) {
            throw new UsageException("nodes revoke needs the NODE");
        }
        try (Connector connector = MasterSite.connector(database, data, 1)) {
            if (!connector.revoke(parsed.positional().get(0))) {
                err.println("hyperedge: no node '" + parsed.positional().get(0) + "'");
                return Main.REFUSED;
            }
        }
        out.println("revoked node " + parsed.positional().get(0) + ": this master no longer talks to it");
        return Main.OK;
    }

    /** The headless master: syncs every adopted node until the process is stopped. */
    int master(List<String> args) throws IOException, InterruptedException {
        Arguments parsed = Arguments.parse(args, List.of("period", "threads"), List.of());
        long periodMs = parseMillis(parsed.option("period"));
        int threads = parsed.option("threads") == null ? 8 : Integer.parseInt(parsed.option("threads"));
        CountDownLatch stopped = new CountDownLatch(1);
        try (Connector connector = MasterSite.connector(database, data, threads)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            connector.start(Duration.ofMillis(periodMs));
            out.println("hyperedge master: syncing " + new NodeLinks(database).all().size() + " adopted nodes every "
                    + periodMs + " ms on " + database.url() + "; certificate " + Fingerprints.shortForm(connector.fingerprint()));
            out.flush();
            stopped.await();
        }
        return Main.OK;
    }

    private static long parseMillis(String seconds) {
        if (seconds == null) {
            return 2_000;
        }
        try {
            double value = Double.parseDouble(seconds);
            if (value < 0.05 || value > 3600) {
                throw new UsageException("--period " + seconds + " is outside 0.05-3600 seconds");
            }
            return (long) (value * 1000);
        } catch (NumberFormatException e) {
            throw new UsageException("--period '" + seconds + "' is not a number of seconds");
        }
    }
}
