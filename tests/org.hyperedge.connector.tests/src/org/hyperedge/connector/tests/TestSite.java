package org.hyperedge.connector.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.launch.LeftServices;
import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.Connector;
import org.hyperedge.master.Master;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.InstanceReports;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A master on an H2 file with its connector, and real agents as separate processes on loopback, each with
 * its own data directory and port range: a site as a test needs it.
 */
final class TestSite implements AutoCloseable {

    final Path directory;
    /** The master's tables, for what a test checks that no service shows. */
    final Database database;
    final Master master;
    final CatalogStore catalog;
    final RequestService requests;
    final InstanceReports reports;
    final TlsIdentity identity;
    final ArtifactCache artifacts;
    /** The site's operator: every secret connection value is sealed to this key (and to linked nodes). */
    final SealingKeyPair operator = SealingKeyPair.generate();
    Connector connector;
    private final List<Process> agents = new ArrayList<>();
    private final Map<String, Process> processes = new java.util.HashMap<>();
    private final Map<String, int[]> agentPorts = new java.util.HashMap<>();

    TestSite(Path directory) throws Exception {
        this(directory, true);
    }

    /**
     * A master with the built-in catalog and the H2 jar in its cache, or ({@code seeded} false) an empty one:
     * no release, no artifact, as a site master is before its site bundle is imported.
     */
    TestSite(Path directory, boolean seeded) throws Exception {
        this(directory, seeded, Database.h2Url(directory.resolve("master")));
    }

    /** As {@link #TestSite(Path, boolean)}, seeded, its master on the database at {@code jdbcUrl} (PostgreSQL, say). */
    TestSite(Path directory, String jdbcUrl) throws Exception {
        this(directory, true, jdbcUrl);
    }

    private TestSite(Path directory, boolean seeded, String jdbcUrl) throws Exception {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.directory = directory;
        this.database = Database.open(jdbcUrl);
        this.master = Master.over(database);
        this.catalog = master.catalog();
        this.requests = master.requests();
        this.reports = master.instanceReports();
        this.identity = TlsIdentity.loadOrCreate(directory.resolve("master-identity"), "test-master");
        this.artifacts = new ArtifactCache(directory.resolve("master-cache"));
        master.operatorKeys().add("test-operator", operator.publicKey());
        if (seeded) {
            catalog.importBuiltIn();
            artifacts.add(h2Jar());
        }
        this.connector = new Connector(master, identity, artifacts, 4);
    }

    /** Starts an agent named {@code name} with two partitions and adopts it into site "factory". */
    String agent(String name) throws Exception {
        return agent(name, List.of());
    }

    /** As {@link #agent(String)}, with more agent options (a test clock offset, say). */
    String agent(String name, List<String> moreOptions) throws Exception {
        AgentLauncher.Launched launched = startAgent(name, moreOptions);
        return connector.adopt(launched.address(), launched.pairingCode(), "factory", Map.of("role", name));
    }

    /** Starts (or starts again, on the same data, address and ports) the agent named {@code name}. */
    AgentLauncher.Launched startAgent(String name) throws Exception {
        return startAgent(name, List.of());
    }

    /** As {@link #startAgent(String)}, with more agent options. */
    AgentLauncher.Launched startAgent(String name, List<String> moreOptions) throws Exception {
        int[] ports = agentPorts.computeIfAbsent(name, n -> new int[] { freePort(),
                ServicePorts.nextBlock(20) });
        List<String> options = new ArrayList<>(List.of("--data", directory.resolve(name).toString(),
                "--listen", "127.0.0.1:" + ports[0], "--ip", "127.0.0.1", "--name", name, "--partitions", "2", "--ports",
                ports[1] + "-" + (ports[1] + 19), "--grace", "3", "--usage-period", "5",
                // every check reported: these tests count on a steady stream of reports (Ticker's promises)
                "--promise-heartbeat", "0"));
        options.addAll(moreOptions);
        AgentLauncher.Launched launched = AgentLauncher.start(options, directory.resolve(name + "-" + agents.size() + ".log"));
        agents.add(launched.process());
        processes.put(name, launched.process());
        return launched;
    }

    /** {@code kill -9} of the named agent's process. */
    void killAgent(String name) throws InterruptedException {
        Process agent = processes.get(name);
        agent.destroyForcibly();
        agent.waitFor();
    }

    /**
     * The node is lost for good: its agent killed ({@code kill -9}), its services ended, its partition users
     * removed and its data directory wiped, backups included.
     */
    void loseNode(String name) throws Exception {
        killAgent(name);
        LeftServices.end(directory.resolve(name));
        try (var files = Files.walk(directory.resolve(name))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A new connector on the same database (after a cut, or a master restart). */
    void reconnect() {
        connector = new Connector(master, identity, artifacts, 4);
    }

    /** Every stored event's seq for the node, across the tables report events land in, in order. */
    List<Long> ingestedSeqs(String node) {
        return database.inTransaction(connection -> {
            List<Long> seqs = new ArrayList<>();
            try (var query = connection.prepareStatement("SELECT seq FROM (SELECT node_id, seq FROM node_event "
                    + "UNION ALL SELECT node_id, seq FROM promise_result UNION ALL SELECT node_id, seq FROM usage_record) e "
                    + "WHERE node_id = ? ORDER BY seq")) {
                query.setString(1, node);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
            }
            return seqs;
        });
    }

    /** Waits until the master holds at least {@code count} events of the node. */
    List<Long> awaitIngested(String node, long count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> seqs = ingestedSeqs(node);
        while (seqs.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seqs = ingestedSeqs(node);
        }
        return seqs;
    }

    /** Services outlive their agents by design; a test's are ended by the pids their agents recorded. */
    private void killServices() throws java.io.IOException {
        for (String name : agentPorts.keySet()) {
            LeftServices.end(directory.resolve(name));
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls the master (not the agent) until the instance's reported state and health are as wanted. */
    Reported await(long instanceId, String state, boolean healthy, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reported last = null;
        while (System.nanoTime() < deadline) {
            last = reports.find(instanceId).orElseThrow();
            if (state.equals(last.state()) && last.healthy() == healthy) {
                return last;
            }
            Thread.sleep(100);
        }
        StringBuilder nodes = new StringBuilder();
        master.nodeLinks().all().forEach(n -> nodes.append("\n  ").append(n));
        throw new AssertionError("instance " + instanceId + " did not reach " + state + (healthy ? " and healthy" : "")
                + " in the master within " + timeout + "; last: " + last + "; pending: "
                + requests.all().stream().filter(r -> r.id() == instanceId).map(r -> String.valueOf(r.pendingReason())).findFirst().orElse("")
                + "; nodes:" + nodes);
    }

    /** A value as the site's operator reads it: opened with the operator's key when sealed. */
    String open(String value) {
        return SealedValue.isSealed(value) ? SealedValue.parse(value).open(operator) : value;
    }

    static Path h2Jar() throws Exception {
        return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private boolean closed;

    /** Closes the site; a second call does nothing (a test that reads the closed database's files closes it first). */
    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        connector.close();
        for (Process agent : agents) {
            agent.destroy();
            agent.waitFor();
        }
        killServices();
        master.close();
    }
}
