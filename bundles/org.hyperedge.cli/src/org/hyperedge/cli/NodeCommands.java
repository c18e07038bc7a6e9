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

import org.hyperedge.cli.input.Addresses;
import org.hyperedge.cli.input.Numbers;
import org.hyperedge.cli.input.Text;
import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.Master;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.tls.Fingerprints;

/** {@code nodes}, {@code nodes adopt}, {@code nodes revoke} and {@code master}: the master's side of its nodes. */
final class NodeCommands {

    /** The most addresses {@code nodes adopt} takes for one node (the paths the master fails over between). */
    static final int MAX_NODE_ADDRESSES = 8;

    private final Master master;
    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    NodeCommands(Master master, Path data, PrintStream out, PrintStream err) {
        this.master = master;
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
        if (!args.isEmpty() && "enrol".equals(args.get(0))) {
            return enrol(args.subList(1, args.size()));
        }
        if (!Arguments.parse(args, List.of(), List.of()).positional().isEmpty()) {
            throw new UsageException("unknown nodes action " + Text.quote(args.get(0)) + ": expected adopt, enrol or revoke");
        }
        Map<String, NodeLink> links = new HashMap<>();
        master.nodeLinks().all().forEach(link -> links.put(link.nodeId(), link));
        Map<String, NodeClocks.NodeClock> clocks = master.nodeClocks().all();
        Map<String, String> pathFailures = master.nodeLinks().pathFailures();
        Map<String, String> pathsInUse = master.nodeLinks().pathsInUse();
        Table table = new Table("SITE", "NODE", "MODE", "ADDRESS", "CPU", "MEMORY-MB", "PARTITIONS", "FREE", "GENERATION",
                "LAST REPORT", "CLOCK", "SYNC");
        List<NodeRegistry.NodeSummary> summaries = master.nodes().list();
        java.util.Set<String> federated = new java.util.HashSet<>();
        master.federationPeers().list().stream().filter(p -> p.direction() == FederationPeers.Direction.SERVES)
                .forEach(p -> federated.add(p.name()));
        Map<String, FederatedSites.Told> told = master.federatedSites().all();
        for (NodeRegistry.NodeSummary node : summaries) {
            NodeLink link = links.get(node.id());
            boolean site = federated.contains(node.id());
            // a federated site's own capacity here is a placeholder: what it told of its nodes is what it has
            SiteSummary summary = site && told.containsKey(node.id()) ? told.get(node.id()).summary() : null;
            table.add(node.site(), node.id(), link == null ? "-" : link.dialling() ? "dialling"
                    : site ? "federation" : "dialled",
                    path(node, link, pathsInUse.get(node.id()), pathFailures.get(node.id())),
                    site ? "-" : node.cpuMillis() / 1000.0, site ? "-" : node.memoryMb(),
                    site ? (summary == null ? "-" : summary.partitions()) : node.partitions(),
                    site ? (summary == null ? "-" : summary.freePartitions()) : node.freePartitions(),
                    node.generation(), link == null ? "not adopted" : age(link.lastReportAt()),
                    clock(clocks.get(node.id())),
                    link == null ? "" : link.lastSyncError() != null ? "error: " + link.lastSyncError()
                            : link.needsPush() ? "to push " + link.generation() : "in sync");
        }
        table.print(out);
        if (summaries.isEmpty()) {
            out.println("No nodes yet: adopt one with ./hyperedge nodes adopt ADDRESS CODE --site SITE");
        }
        for (String site : new java.util.TreeSet<>(federated)) {
            out.println("federated site " + site + ": " + FederatedSiteText.line(links.get(site), told.get(site)));
        }
        return Main.OK;
    }

    /**
     * Where the master reaches the node: a dialling node's session's origin, a dialled node's address, or for one with
     * several addresses the one in use now among them; then why the last path was left, if one was.
     */
    static String path(NodeRegistry.NodeSummary node, NodeLink link, String inUse, String lastFailure) {
        String failure = lastFailure == null ? "" : "; last failure: " + lastFailure;
        if (link != null && link.dialling()) {
            return "from " + (link.address() == null ? "-" : link.address()) + failure;
        }
        if (link == null || link.addresses().size() <= 1) {
            return node.address();
        }
        return "via " + (inUse == null ? "-" : inUse) + " of " + String.join(",", link.addresses()) + failure;
    }

    /** How far a node's clock is off the master's: "right", "30 d 1 h behind", or "-" when never measured. */
    static String clock(NodeClocks.NodeClock clock) {
        return clock == null ? "-" : clock.describe();
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
            throw new UsageException("nodes adopt needs ADDRESS (host:port, or several: host:port,host:port) and the CODE "
                    + "the agent printed");
        }
        List<String> addresses = Addresses.hostPorts("address", parsed.positional().get(0), MAX_NODE_ADDRESSES);
        String code = Text.name("CODE", parsed.positional().get(1), 100);
        String site = parsed.option("site") == null ? "default" : Text.plainName("--site", parsed.option("site"), Limits.NAME);
        Map<String, String> labels = parsed.pairs("label");
        labels.forEach((name, value) -> {
            Text.name("--label name", name, Limits.NAME);
            Text.name("--label " + name, value, Limits.NAME);
        });
        try (Connector connector = MasterSite.connector(master, data, 1)) {
            String node = connector.adopt(addresses, code, site, labels);
            out.println("adopted node " + node + " at " + String.join(", ", addresses) + " into site " + site
                    + "; the console or ./hyperedge master keeps it in sync");
            return Main.OK;
        } catch (AdoptionException e) {
            err.println("hyperedge: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    /**
     * A one-time token for a node behind NAT to enrol itself with (issue 18): printed once with this master's
     * fingerprint, which the agent pins; only the token's hash is kept.
     */
    private int enrol(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("site", "valid-hours"), List.of());
        if (parsed.positional().size() > 1) {
            throw new UsageException("nodes enrol takes at most one NODE name (the agent's --name)");
        }
        String name = parsed.positional().isEmpty() ? null : Text.plainName("NODE", parsed.positional().get(0), Limits.NAME);
        String site = parsed.option("site") == null ? "default" : Text.plainName("--site", parsed.option("site"), Limits.NAME);
        int hours = parsed.option("valid-hours") == null ? 24
                : Numbers.wholeInt("--valid-hours", parsed.option("valid-hours"), 1, 720, "hours");
        org.hyperedge.master.sync.Enrolments.Issued issued = master.enrolments().issue(name, site, Duration.ofHours(hours));
        String fingerprint = MasterSite.identity(data).fingerprint();
        out.println("enrolment token for " + (name == null ? "one node" : "node " + name) + " in site " + site
                + ", valid until " + issued.expiresAt() + " (once):");
        out.println("  " + issued.token());
        out.println("master fingerprint:");
        out.println("  " + fingerprint);
        out.println("on the node: ./hyperedge agent --master HOST:PORT --enrol " + issued.token()
                + " --master-fingerprint " + fingerprint);
        return Main.OK;
    }

    private int revoke(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of(), List.of());
        if (parsed.positional().size() != 1) {
            throw new UsageException("nodes revoke needs the NODE");
        }
        Text.name("NODE", parsed.positional().get(0), Limits.NAME);
        try (Connector connector = MasterSite.connector(master, data, 1)) {
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
        Arguments parsed = Arguments.parse(args, List.of("period", "threads", "listen", "publish"), List.of());
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("master takes no arguments, only --period S, --threads N, --listen HOST:PORT and "
                    + "--publish DIR");
        }
        String listen = parsed.option("listen") == null ? null : Addresses.hostPort("--listen", parsed.option("listen"));
        if (parsed.option("publish") != null && listen == null) {
            throw new UsageException("master --publish DIR writes the endpoint's url and fingerprint: it needs --listen HOST:PORT");
        }
        java.nio.file.Path publish = parsed.option("publish") == null ? null
                : org.hyperedge.cli.input.InputFiles.path("--publish", parsed.option("publish"));
        long periodMs = parsed.option("period") == null ? 2_000
                : Numbers.decimal("--period", parsed.option("period"), Limits.PERIOD_MIN_SECONDS, Limits.PERIOD_MAX_SECONDS, 3,
                        "seconds").movePointRight(3).longValueExact();
        int threads = parsed.option("threads") == null ? 8
                : Numbers.wholeInt("--threads", parsed.option("threads"), 1, Limits.THREADS, "threads");
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Connector connector = MasterSite.connector(master, data, threads)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    // the JVM halts when the hooks end: the connector closes first, handing its leases over (issue 19)
                    closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            String endpoint = "";
            if (listen != null) {
                int colon = listen.lastIndexOf(':');
                int port = connector.listen(org.hyperedge.connector.EndpointSettings.listen(listen.substring(0, colon),
                        Integer.parseInt(listen.substring(colon + 1))));
                endpoint = "; dialling nodes connect to https://" + listen.substring(0, colon) + ":" + port;
                if (publish != null) {
                    EndpointPublication.write(publish, "https://" + listen.substring(0, colon) + ":" + port,
                            connector.fingerprint());
                }
            }
            connector.start(Duration.ofMillis(periodMs));
            out.println("hyperedge master: syncing " + master.nodeLinks().all().size() + " adopted nodes every "
                    + periodMs + " ms on " + master.url() + "; certificate " + Fingerprints.shortForm(connector.fingerprint()) + endpoint);
            out.flush();
            stopped.await();
        } finally {
            closed.countDown();
        }
        return Main.OK;
    }
}
