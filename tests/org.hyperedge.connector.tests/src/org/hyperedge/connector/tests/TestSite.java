package org.hyperedge.connector.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.Connector;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.InstanceReports;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A master on an H2 file with its connector, and real agents as separate processes on loopback, each with
 * its own data directory and port range: a site as a test needs it.
 */
final class TestSite implements AutoCloseable {

    final Path directory;
    final Database database;
    final CatalogStore catalog;
    final RequestService requests;
    final InstanceReports reports;
    final TlsIdentity identity;
    final ArtifactCache artifacts;
    Connector connector;
    private final List<Process> agents = new ArrayList<>();

    TestSite(Path directory) throws Exception {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.directory = directory;
        this.database = Database.open(Database.h2Url(directory.resolve("master")));
        this.catalog = new CatalogStore(database);
        catalog.importBuiltIn();
        this.requests = new RequestService(database, catalog);
        this.reports = new InstanceReports(database);
        this.identity = TlsIdentity.loadOrCreate(directory.resolve("master-identity"), "test-master");
        this.artifacts = new ArtifactCache(directory.resolve("master-cache"));
        artifacts.add(h2Jar());
        this.connector = new Connector(database, identity, artifacts, 4);
    }

    /** Starts an agent named {@code name} with two partitions and adopts it into site "factory". */
    String agent(String name) throws Exception {
        AgentLauncher.Launched launched = startAgent(name);
        return connector.adopt(launched.address(), launched.pairingCode(), "factory", Map.of("role", name));
    }

    AgentLauncher.Launched startAgent(String name) throws Exception {
        int firstPort = 30_000 + ThreadLocalRandom.current().nextInt(300) * 100;
        AgentLauncher.Launched launched = AgentLauncher.start(List.of("--data", directory.resolve(name).toString(),
                "--listen", "127.0.0.1:0", "--ip", "127.0.0.1", "--name", name, "--partitions", "2", "--ports",
                firstPort + "-" + (firstPort + 19), "--grace", "3", "--usage-period", "5"),
                directory.resolve(name + ".log"));
        agents.add(launched.process());
        return launched;
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
        throw new AssertionError("instance " + instanceId + " did not reach " + state + (healthy ? " and healthy" : "")
                + " in the master within " + timeout + "; last: " + last);
    }

    static Path h2Jar() throws Exception {
        return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Override
    public void close() throws Exception {
        connector.close();
        for (Process agent : agents) {
            agent.destroy();
            agent.waitFor();
        }
        database.close();
    }
}
