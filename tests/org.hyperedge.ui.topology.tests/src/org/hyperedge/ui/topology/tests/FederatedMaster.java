package org.hyperedge.ui.topology.tests;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.EndpointSettings;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;

/**
 * Another master, B, for the console to federate (issue 20): its own H2 store with the built-in catalog, its HTTPS
 * endpoint on loopback, and a real agent of two partitions adopted and synced.
 */
final class FederatedMaster implements AutoCloseable {

    final Master master;
    final Connector connector;
    final String url;
    private final Process agent;

    private FederatedMaster(Master master, Connector connector, String url, Process agent) {
        this.master = master;
        this.connector = connector;
        this.url = url;
        this.agent = agent;
    }

    static FederatedMaster start(Path directory) throws Exception {
        Files.createDirectories(directory);
        // the agent's partition users enter its data directory through this one
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = directory.resolve("master");
        Master master = Master.open(data);
        master.catalog().importBuiltIn();
        Connector connector = MasterSite.connector(master, data, 2);
        String url = "https://127.0.0.1:" + connector.listen(EndpointSettings.listen("127.0.0.1", 0));
        int ports = freePort();
        AgentLauncher.Launched agent = AgentLauncher.start(List.of("--data", directory.resolve("edge").toString(),
                "--listen", "127.0.0.1:" + freePort(), "--ip", "127.0.0.1", "--name", "b-edge", "--partitions", "2",
                "--ports", ports + "-" + (ports + 19)), directory.resolve("edge.log"));
        connector.adopt(agent.address(), agent.pairingCode(), "b-site", Map.of());
        connector.start(Duration.ofMillis(500));
        return new FederatedMaster(master, connector, url, agent.process());
    }

    /** Federates this master as site {@code name} of the master on {@code data}, as {@code federation add} does. */
    void federatedBy(Path data, String name) throws Exception {
        String code = master.federationInvites().issue(Duration.ofHours(1)).code();
        try (Master other = Master.open(data); Connector theirs = MasterSite.connector(other, data, 1)) {
            theirs.federate(name, url, connector.fingerprint(), code, "console");
        }
    }

    @Override
    public void close() throws Exception {
        agent.destroy();
        agent.waitFor();
        connector.close();
        master.close();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
