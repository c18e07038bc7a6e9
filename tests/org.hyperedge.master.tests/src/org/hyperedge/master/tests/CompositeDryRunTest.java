package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.ServiceNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole composite planned at once: each service sees the capacity the ones before it took; nothing is ordered. */
class CompositeDryRunTest {

    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    @TempDir
    Path data;

    private Database database;
    private RequestService requests;
    private NodeRegistry nodes;
    private CompositeRequests composites;

    @BeforeEach
    void openMaster() throws Exception {
        TestMaster master = TestMaster.open(data);
        database = master.database();
        nodes = master.nodes();
        requests = master.requests();
        composites = new CompositeRequests(requests, master.catalog());
        nodes.register(new NodeSpec("box", "factory", "10.0.0.3", 4000, 1000, 100_000, Map.of(), 2, 40000, 10));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eachServiceIsPlannedAgainstWhatTheOnesBeforeItTookAndNothingIsOrdered() throws Exception {
        CompositeService factory = composite(service("broker", "builtin:mosquitto", "400"),
                service("historian", "builtin:h2-database", "400"), service("dashboard", "builtin:static-web", "400"));

        List<Placement> plan = composites.dryRun(factory);

        assertEquals("box", plan.get(0).nodeId());
        assertEquals("p000", plan.get(0).partition());
        assertEquals(40000, plan.get(0).firstPort());
        assertEquals("p001", plan.get(1).partition());
        assertEquals("every node matching any node is full (1 node, no free partition)", plan.get(2).pendingReason());
        assertTrue(requests.all().isEmpty(), "a dry run orders nothing");
        assertEquals(2, nodes.list().get(0).freePartitions());
    }

    @Test
    void aPlanWithABadServiceIsRefusedNamingTheService() {
        CompositeService broken = composite(service("broker", "builtin:mosquitto", "10"), service("db", "builtin:oracle", "10"));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> composites.dryRun(broken));

        assertEquals(List.of("'db' uses release builtin:oracle, which is not in the catalog"), refused.reasons());
    }

    @Test
    void theShippedExampleCompositesLoadAndEveryServiceIsInTheCatalog() throws Exception {
        var model = org.osgi.framework.FrameworkUtil.getBundle(CompositeService.class);
        List<java.net.URL> files = java.util.Collections.list(model.findEntries("catalog/composites", "*.composite", false));
        nodes.register(new NodeSpec("roomy", "factory", "10.0.0.4", 8000, 16_000, 100_000, Map.of(), 10, 41000, 10));

        for (java.net.URL file : files) {
            Path copy = data.resolve(Path.of(file.getPath()).getFileName().toString());
            try (var in = file.openStream()) {
                java.nio.file.Files.copy(in, copy);
            }
            CompositeService composite = org.hyperedge.model.resource.ModelResources.loadComposite(copy);
            assertEquals(List.of(), composites.validate(composite), composite.getName());
            List<Placement> plan = composites.dryRun(composite);
            assertTrue(plan.stream().allMatch(Placement::placed), composite.getName() + ": " + plan);
            assertTrue(requests.all().isEmpty(), "a dry run orders nothing");
        }
        assertEquals(2, files.size());
    }

    private static CompositeService composite(ServiceNode... services) {
        CompositeService composite = MODEL.createCompositeService();
        composite.setName("factory in a box");
        composite.getNodes().addAll(List.of(services));
        return composite;
    }

    private static ServiceNode service(String title, String release, String memoryMb) {
        ServiceNode node = MODEL.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(release);
        node.setSoftwareType("default");
        Entry memory = MODEL.createEntry();
        memory.setKey("memory-mb");
        memory.setValue(memoryMb);
        node.getSla().add(memory);
        return node;
    }
}
