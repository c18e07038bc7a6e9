package org.hyperedge.console.core.master;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.Connector;
import org.hyperedge.master.Master;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The console's own machine as a node, so a new user sees real services run: an agent with a data
 * directory of its own (under the console's; as root under /var/lib, where partition users can reach its
 * software), started with the console and adopted the first time. Its address and port range are chosen
 * once and kept, so the adoption holds across console restarts.
 */
final class LocalNode implements AutoCloseable {

    static final String SITE = "local";

    private final Process agent;
    private final String address;
    private final String description;

    private LocalNode(Process agent, String address, String description) {
        this.agent = agent;
        this.address = address;
        this.description = description;
    }

    /** Starts (or finds running) this machine's agent and adopts it if it is not yet; slow, never on the UI thread. */
    static LocalNode start(Master master, Connector connector, Path consoleData) throws IOException, InterruptedException {
        Path agentData = agentDirectory(consoleData);
        Properties settings = settings(agentData.resolveSibling(agentData.getFileName() + ".properties"));
        String address = "127.0.0.1:" + settings.getProperty("listen");
        boolean adopted = master.nodeLinks().all().stream().anyMatch(link -> link.address().equals(address));
        if (answers(address)) {
            return new LocalNode(null, address, adopted ? "this machine's agent (already running)"
                    : adoptPinned(connector, agentData, address));
        }
        int firstPort = Integer.parseInt(settings.getProperty("ports"));
        List<String> options = List.of("--data", agentData.toString(), "--listen", address, "--ip", "127.0.0.1",
                "--partitions", "10", "--ports", firstPort + "-" + (firstPort + 99));
        Path log = agentData.resolveSibling(agentData.getFileName() + ".log");
        AgentLauncher.Launched launched = AgentLauncher.start(options, log);
        if (!adopted && launched.pairingCode() == null && !launched.paired()) {
            // unpaired, and its code was printed at an earlier start (the node keeps none): this console's own agent
            // is adopted with a new one
            launched.process().destroy();
            launched.process().waitFor();
            List<String> again = new java.util.ArrayList<>(options);
            again.add("--new-pairing");
            launched = AgentLauncher.start(again, log);
        }
        if (!adopted && launched.pairingCode() != null) {
            try {
                connector.adopt(address, launched.pairingCode(), SITE, Map.of("console", "true"));
                return new LocalNode(launched.process(), address, "this machine, adopted as a node");
            } catch (AdoptionException e) {
                return new LocalNode(launched.process(), address, "this machine's agent could not be adopted: " + e.getMessage());
            }
        }
        if (!adopted) {
            return new LocalNode(launched.process(), address, adoptPinned(connector, agentData, address));
        }
        return new LocalNode(launched.process(), address, "this machine's agent");
    }

    /**
     * This machine's agent pins a master but this one does not know it: adopted again with no code when the master it
     * pins is this one (a master restored from a backup older than the adoption), its certificate read from the
     * agent's own files, which this console made.
     */
    private static String adoptPinned(Connector connector, Path agentData, String address) {
        if (!Files.isDirectory(agentData.resolve("identity"))) {
            return "an agent runs at " + address + " but is not adopted, and it is not this console's";
        }
        try {
            String fingerprint = TlsIdentity.loadOrCreate(agentData.resolve("identity"), "hyperedge-agent").fingerprint();
            connector.adoptPinned(address, fingerprint, SITE, Map.of("console", "true"));
            return "this machine, adopted again (its agent pins this master)";
        } catch (AdoptionException | RuntimeException e) {
            return "this machine's agent is paired with another master (run it with --new-pairing to adopt it here)";
        }
    }

    String address() {
        return address;
    }

    String description() {
        return description;
    }

    /** Stops the agent the console started; its services keep running and are adopted again next time. */
    @Override
    public void close() {
        if (agent != null) {
            agent.destroy();
        }
    }

    static Path agentDirectory(Path consoleData) throws IOException {
        if (!AgentOptions.runsAsRoot()) {
            return consoleData.resolve("local-agent");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(consoleData.toString().getBytes(StandardCharsets.UTF_8));
            Path parent = Files.createDirectories(Path.of("/var/lib/hyperedge"));
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
            return parent.resolve("local-agent-" + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The listen port and first service port, chosen free the first time and kept. */
    private static Properties settings(Path file) throws IOException {
        Properties settings = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                settings.load(reader);
            }
        }
        if (settings.getProperty("listen") == null || settings.getProperty("ports") == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                settings.setProperty("listen", Integer.toString(socket.getLocalPort()));
            }
            // below the ephemeral port range (32768-60999), so no client socket ever holds a service's port
            settings.setProperty("ports", Integer.toString(20_000 + (int) (Math.random() * 120) * 100));
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                settings.store(writer, "this machine's agent, as the console starts it");
            }
        }
        return settings;
    }

    private static boolean answers(String address) {
        int colon = address.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
