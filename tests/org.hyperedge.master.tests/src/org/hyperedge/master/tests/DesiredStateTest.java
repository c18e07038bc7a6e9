package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class DesiredStateTest {

    @TempDir
    Path data;

    private Database database;
    private RequestService requests;
    private DesiredStates desired;
    private NodeRegistry nodes;

    @BeforeEach
    void openMaster() throws Exception {
        TestMaster master = TestMaster.open(data);
        database = master.database();
        nodes = master.nodes();
        requests = master.requests();
        nodes.register(new NodeSpec("edge-1", "factory", "10.0.0.1", 4000, 8192, 100_000, Map.of(), 4, 20000, 100));
        desired = new DesiredStates(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void desiredStateListsThePartitionsWithTheirInstancesAndReleases() throws Exception {
        requests.request(Request.root("db", "builtin:h2-database", "default",
                new ObjectMapper().createObjectNode().put("database", "orders")));
        requests.request(Request.root("web", "builtin:static-web", "default", new ObjectMapper().createObjectNode()));

        DesiredState state = desired.compute("edge-1");

        assertEquals(nodes.generation("edge-1"), state.generation());
        assertEquals(List.of("p000", "p001"), state.partitions().stream().map(DesiredState.PartitionState::reference).toList());
        assertEquals("orders", state.partitions().get(0).parameters().get("database").asText());
        assertEquals(20100, state.partitions().get(1).firstPort());
        assertEquals(List.of("builtin:h2-database", "builtin:static-web"), List.copyOf(state.releases().keySet()));
        assertEquals("builtin:static-web", ReleaseDescriptorReader.read("sent", state.releases().get("builtin:static-web")).id());
    }

    @Test
    void theDocumentRoundTripsThroughTheWireFormat() throws Exception {
        requests.request(Request.root("db", "builtin:h2-database", "default", new ObjectMapper().createObjectNode()));
        DesiredState state = desired.compute("edge-1");

        DesiredState received = DesiredStateCodec.read(DesiredStateCodec.write(state));

        assertEquals(state, received);
    }

    @Test
    void aBackupAskedNowGrowsTheSerialTheNodeSeesAndTheOrdersRoundTrip() throws Exception {
        requests.request(Request.root("db", "builtin:h2-database", "default", new ObjectMapper().createObjectNode()));
        long before = nodes.generation("edge-1");

        String node = org.hyperedge.master.Master.over(database).instanceRecovery().backupNow("db", null);

        DesiredState state = desired.compute("edge-1");
        assertEquals("edge-1", node);
        assertTrue(state.generation() > before, "a new generation carries the order");
        assertEquals(new DesiredState.BackupOrders(1, null, 0), state.partitions().get(0).backup());
        DesiredState.PartitionState restoring = new DesiredState.PartitionState("p000", 1, 2, 7, "db", "builtin:h2-database",
                "default", "started", new ObjectMapper().createObjectNode(), List.of(), 0, List.of(),
                new DesiredState.BackupOrders(2, "ab".repeat(32), 1234));
        DesiredState sent = new DesiredState(DesiredState.PROTOCOL, "edge-1", 9, List.of(restoring), Map.of());
        assertEquals(sent, DesiredStateCodec.read(DesiredStateCodec.write(sent)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesiredStateCodec.read(new String(
                DesiredStateCodec.write(sent), StandardCharsets.UTF_8).replace("ab".repeat(32), "../etc/passwd")
                .getBytes(StandardCharsets.UTF_8))).getMessage().contains("is not a sha256 digest"));
    }

    @Test
    void malformedOrForeignDocumentsAreRefusedNamingTheProblem() {
        assertEquals("desired state protocol 2 is not 1", assertThrows(IllegalArgumentException.class,
                () -> DesiredStateCodec.read("{\"protocol\":2}".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertEquals("desired state lacks 'partitions'", assertThrows(IllegalArgumentException.class,
                () -> DesiredStateCodec.read("{\"protocol\":1,\"node\":\"n\",\"generation\":3}".getBytes(StandardCharsets.UTF_8))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DesiredStateCodec.read("{\"protocol\":1,".getBytes(StandardCharsets.UTF_8))).getMessage()
                .startsWith("desired state is not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DesiredStateCodec.read(new byte[DesiredStateCodec.MAX_BYTES + 1])).getMessage().contains("is larger than"));
    }

    @Test
    void unknownNodeIsNamed() {
        assertEquals("unknown node 'ghost'", assertThrows(IllegalArgumentException.class, () -> desired.compute("ghost")).getMessage());
    }
}
