package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.desired.DesiredState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Shared instances live inside a compatible host instance's partition. */
class SharedInstanceTest {

    private static final String PG = "builtin:postgresql";

    @TempDir
    Path data;

    private Database database;
    private RequestService requests;
    private NodeRegistry nodes;

    @BeforeEach
    void openMaster() throws Exception {
        TestMaster master = TestMaster.open(data);
        database = master.database();
        nodes = master.nodes();
        requests = master.requests();
        nodes.register(new NodeSpec("db-node", "office", "10.0.0.2", 4000, 8192, 100_000, Map.of(), 4, 30000, 10));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSharedInstanceJoinsTheHostsPartitionAndTheHostsDesiredState() throws Exception {
        InstanceRecord cluster = requests.request(pg("cluster", false));

        InstanceRecord tenant = requests.request(pg("tenant-db", true));

        assertEquals(cluster.nodeId(), tenant.nodeId());
        assertEquals(cluster.partition(), tenant.partition());
        assertEquals(cluster.id(), tenant.hostId());
        DesiredState state = new DesiredStates(database).compute("db-node");
        assertEquals(1, state.partitions().size(), "a shared instance takes no partition of its own");
        assertEquals(List.of("tenant-db"),
                state.partitions().get(0).shared().stream().map(DesiredState.SharedInstance::title).toList());
    }

    @Test
    void withoutACompatibleHostTheSharedInstanceWaitsAndIsAttachedLater() throws Exception {
        InstanceRecord early = requests.request(pg("early-tenant", true));

        assertFalse(early.placed());
        assertEquals("no started instance of builtin:postgresql (default) on any node to host this shared instance",
                early.pendingReason());

        requests.request(pg("cluster", false));
        requests.placePending();
        assertEquals("db-node", requests.find(early.treeId(), "early-tenant").orElseThrow().nodeId());
    }

    @Test
    void aStoppedInstanceIsNoHost() throws Exception {
        requests.request(pg("cluster", false).withState(RequestedState.STOPPED));

        assertFalse(requests.request(pg("tenant", true)).placed());
    }

    @Test
    void aTypeThatCannotHostSharedInstancesRefusesThem() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> requests.request(
                Request.root("site", "builtin:static-web", "default", new ObjectMapper().createObjectNode())
                        .withShared(true)));

        assertEquals(List.of("software type 'default' of builtin:static-web cannot host shared instances"), refused.reasons());
    }

    private static Request pg(String title, boolean shared) {
        return Request.root(title, PG, "default", new ObjectMapper().createObjectNode()).withShared(shared);
    }
}
