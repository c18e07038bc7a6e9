package org.hyperedge.agent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hyperedge.agent.Agent;
import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.tls.TlsIdentity;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real agent in the test's JVM, on loopback with a port range of its own, paired with a test master
 * identity; and the desired states a master would send it.
 */
public final class AgentHarness implements AutoCloseable {

    public static final int PARTITIONS = 3;
    public static final int PORTS_PER_PARTITION = 10;

    public final Path data;
    public final int firstPort;
    public final Agent agent;
    public final AgentClient client;
    public final ReportStream reports;
    private final DesiredDocuments documents;
    private long generation;

    private AgentHarness(Path data, int firstPort, Agent agent, AgentClient client) {
        this.data = data;
        this.firstPort = firstPort;
        this.agent = agent;
        this.client = client;
        this.reports = new ReportStream(client);
        this.documents = new DesiredDocuments(firstPort);
    }

    /** Starts an agent in {@code directory/agent} and pairs the master identity kept in {@code master}. */
    public static AgentHarness start(Path directory, TlsIdentity master, String... extraOptions) throws IOException {
        Path data = agentDirectory(directory);
        int firstPort = freePortBase();
        Agent agent = new Agent(AgentOptions.parse(options(data, firstPort, extraOptions)));
        agent.start();
        AgentClient client = AgentClient.pair("127.0.0.1:" + agent.port(), master, agent.pairing().code().orElseThrow().toString());
        return new AgentHarness(data, firstPort, agent, client);
    }

    /** An agent nobody paired with yet ({@link #client} is null). */
    public static AgentHarness startWithoutPairing(Path directory) throws IOException {
        Path data = agentDirectory(directory);
        int firstPort = freePortBase();
        Agent agent = new Agent(AgentOptions.parse(options(data, firstPort)));
        agent.start();
        return new AgentHarness(data, firstPort, agent, null);
    }

    /** A directory partition users may traverse (JUnit's temporary directories are 0700). */
    public static Path agentDirectory(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory.resolve("agent");
    }

    public static String[] options(Path data, int firstPort, String... extra) {
        List<String> options = new ArrayList<>(List.of("--data", data.toString(), "--listen", "127.0.0.1:0",
                "--ip", "127.0.0.1", "--name", "test-node", "--partitions", Integer.toString(PARTITIONS), "--ports",
                firstPort + "-" + (firstPort + PARTITIONS * PORTS_PER_PARTITION - 1), "--grace", "3",
                // every check reported, as tests that count results expect; PromiseHeartbeatTest gives its own
                "--promise-heartbeat", "0"));
        options.addAll(List.of(extra));
        return options.toArray(String[]::new);
    }

    /** A base for this agent's service ports, below Linux's ephemeral range (32768-60999) so no client socket holds one. */
    public static int freePortBase() {
        return 20_000 + ThreadLocalRandom.current().nextInt(120) * 100;
    }

    public static TlsIdentity masterIdentity(Path directory) {
        return TlsIdentity.loadOrCreate(directory, "test-master");
    }

    public String release(String catalogNameOrDescriptor) throws Exception {
        return documents.release(catalogNameOrDescriptor);
    }

    public PartitionState partition(int index, long instanceId, String releaseId, String state, ObjectNode parameters) {
        return documents.partition(index, instanceId, releaseId, state, parameters);
    }

    public static ObjectNode parameters(String... keyValues) {
        return DesiredDocuments.parameters(keyValues);
    }

    public byte[] document(long generation, PartitionState... partitions) {
        return documents.document(generation, partitions);
    }

    /** Sends a desired state; fails with the agent's answer when refused. */
    public void desired(long generation, PartitionState... partitions) throws IOException {
        this.generation = Math.max(this.generation, generation);
        AgentClient.Response answer = client.put("/v1/desired", document(generation, partitions));
        if (!answer.ok()) {
            throw new AssertionError("desired state refused: " + answer.status() + " " + answer.text());
        }
    }

    public void uploadH2() throws IOException {
        AgentClient.Response answer = client.putFile("/v1/artifacts/" + TestCatalog.H2_SHA256, TestCatalog.h2Jar());
        if (!answer.ok()) {
            throw new AssertionError("H2 upload refused: " + answer.text());
        }
    }

    public Path partitionDirectory(int index) {
        return data.resolve("partitions").resolve(String.format("p%03d", index));
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Services outlive their agent by design: a test's are destroyed before its agent stops. */
    @Override
    public void close() throws Exception {
        try {
            if (client != null && agent.pairing().pinnedMaster().isPresent() && Files.isDirectory(data.resolve("partitions"))) {
                client.put("/v1/desired", document(generation + 1));
                agent.converger().wake();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (hasPartitions() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        } finally {
            agent.close();
        }
    }

    private boolean hasPartitions() throws IOException {
        try (var entries = Files.list(data.resolve("partitions"))) {
            return entries.findAny().isPresent();
        }
    }
}
