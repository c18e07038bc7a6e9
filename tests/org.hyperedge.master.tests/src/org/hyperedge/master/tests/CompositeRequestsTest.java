package org.hyperedge.master.tests;

import static org.hyperedge.master.tests.Composites.composite;
import static org.hyperedge.master.tests.Composites.link;
import static org.hyperedge.master.tests.Composites.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.model.CompositeService;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A composite service requested as one instance tree: links resolved in link order, all or nothing, idempotent by name. */
class CompositeRequestsTest {

    @TempDir
    Path data;

    private TestMaster master;
    private CompositeRequests composites;
    private long seq;

    @BeforeEach
    void openMasterWithANode() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 8000, 16_000, 100_000,
                Map.of(), 10, 20000, 10), "ab".repeat(32));
        composites = new CompositeRequests(master.requests(), master.catalog());
    }

    @AfterEach
    void close() {
        master.close();
    }

    /** historian (H2) → dashboard (static-web, database-url) → portal (static-web, link-url), listed dependents first. */
    private static CompositeService chain() {
        CompositeService chain = composite("chain", node("portal", "builtin:static-web", "title", "Portal"),
                node("dashboard", "builtin:static-web", "title", "Dashboard"),
                node("historian", "builtin:h2-database", "database", "historian"));
        link(chain, "dashboard", "url", "portal", "link-url");
        link(chain, "historian", "url", "dashboard", "database-url");
        return chain;
    }

    @Test
    void aCompositeBecomesOneTreeRootedAtItsFirstSourceWithEveryServiceByTitle() throws Exception {
        CompositeOrder order = composites.request(chain(), "line-3");

        assertEquals(List.of("portal", "dashboard", "historian"), List.copyOf(order.instances().keySet()));
        InstanceRecord historian = order.instances().get("historian");
        assertNull(historian.parentId(), "the source no link feeds is the root");
        assertEquals(historian.id(), order.instances().get("dashboard").parentId());
        assertEquals(historian.id(), order.instances().get("portal").parentId());
        assertTrue(order.instances().values().stream().allMatch(i -> i.treeId() == order.treeId()));
        assertEquals(Optional.of(order.treeId()), composites.findTree("line-3"));
        assertEquals(order.instances().keySet(), composites.instances(order.treeId()).keySet());
        assertEquals(Optional.empty(), composites.findTree("line-4"));
    }

    @Test
    void dependentsWaitStoppedAndEachLinkIsFilledAsItsSourcePublishes() throws Exception {
        CompositeService chain = chain();
        Composites.parameter(Composites.find(chain, "dashboard"), "database-url", "jdbc:h2:mem:not-used");
        CompositeOrder order = composites.request(chain, "line-3");
        long historian = order.instances().get("historian").id();
        long dashboard = order.instances().get("dashboard").id();
        long portal = order.instances().get("portal").id();

        assertEquals("started", partitionOf(historian).state());
        assertEquals("stopped", partitionOf(dashboard).state(), "waits for the historian's URL");
        assertEquals("", partitionOf(dashboard).parameters().path("database-url").asText(), "a linked value set by hand is not sent");
        assertEquals("stopped", partitionOf(portal).state(), "waits for the dashboard's URL");

        publish(historian, "jdbc:h2:tcp://127.0.0.1:20000/historian");
        assertEquals("started", partitionOf(dashboard).state());
        assertEquals("jdbc:h2:tcp://127.0.0.1:20000/historian", partitionOf(dashboard).parameters().path("database-url").asText());
        assertEquals("Dashboard", partitionOf(dashboard).parameters().path("title").asText());
        assertEquals("stopped", partitionOf(portal).state());

        publish(dashboard, "http://127.0.0.1:20010/");
        assertEquals("started", partitionOf(portal).state());
        assertEquals("http://127.0.0.1:20010/", partitionOf(portal).parameters().path("link-url").asText());
    }

    @Test
    void requestingTheSameNameAgainUpdatesTheSameTreeAndKeepsPublishedLinks() throws Exception {
        CompositeOrder first = composites.request(chain(), "line-3");
        publish(first.instances().get("historian").id(), "jdbc:h2:tcp://127.0.0.1:20000/historian");
        CompositeService changed = chain();
        Composites.find(changed, "portal").getParameters().get(0).setValue("Portal of line 3");

        CompositeOrder again = composites.request(changed, "line-3");

        assertEquals(first.treeId(), again.treeId());
        for (String title : List.of("portal", "dashboard", "historian")) {
            assertEquals(first.instances().get(title).id(), again.instances().get(title).id(), title + " is the same instance");
        }
        assertEquals(3, master.requests().all().size(), "nothing new was made");
        assertEquals("Portal of line 3", partitionOf(again.instances().get("portal").id()).parameters().path("title").asText());
        PartitionState dashboard = partitionOf(again.instances().get("dashboard").id());
        assertEquals("started", dashboard.state(), "the published URL still fills the dashboard");
        assertEquals("jdbc:h2:tcp://127.0.0.1:20000/historian", dashboard.parameters().path("database-url").asText());
    }

    @Test
    void aServiceLeftOutOfTheCompositeIsDestroyedAndALinkLeftOutNoLongerHoldsItsTargetBack() throws Exception {
        CompositeOrder first = composites.request(chain(), "line-3");
        CompositeService smaller = composite("chain", node("dashboard", "builtin:static-web", "title", "Dashboard"),
                node("historian", "builtin:h2-database", "database", "historian"));

        CompositeOrder again = composites.request(smaller, "line-3");

        assertEquals(RequestedState.DESTROYED, master.requests().find(first.treeId(), "portal").orElseThrow().requestedState());
        assertEquals("started", partitionOf(again.instances().get("dashboard").id()).state(), "its link is gone: nothing to wait for");
    }

    @Test
    void aCycleIsRefusedWithItsServicesAndNothingIsOrdered() {
        CompositeService cycle = composite("loop", node("a", "builtin:static-web"), node("b", "builtin:static-web"));
        link(cycle, "a", "url", "b", "link-url");
        link(cycle, "b", "url", "a", "link-url");

        RequestRefused refused = assertThrows(RequestRefused.class, () -> composites.request(cycle, "loop"));

        assertEquals(List.of("links form a cycle: 'a' → 'b' → 'a'; each would wait for the other forever"), refused.reasons());
        assertTrue(master.requests().all().isEmpty(), "nothing was ordered");
        assertEquals(Optional.empty(), composites.findTree("loop"));
        assertThrows(RequestRefused.class, () -> composites.dryRun(cycle));
    }

    @Test
    void anyProblemRefusesTheWholeCompositeWithEveryReason() {
        CompositeService broken = chain();
        broken.getNodes().add(node("erp", "builtin:odoo"));
        Composites.find(broken, "historian").getParameters().get(0).setValue("Historian!");

        RequestRefused refused = assertThrows(RequestRefused.class, () -> composites.request(broken, "line-3"));

        assertEquals(2, refused.reasons().size(), refused.reasons().toString());
        assertTrue(refused.reasons().get(0).startsWith("parameter database of 'historian': "), refused.reasons().get(0));
        assertEquals("'erp' uses release builtin:odoo, which is not in the catalog", refused.reasons().get(1));
        assertTrue(master.requests().all().isEmpty(), "nothing was ordered");
    }

    @Test
    void aRefusalByTheMasterRollsBackEveryServiceOfTheComposite() throws Exception {
        composites.request(chain(), "line-3");
        CompositeService retyped = chain();
        Composites.find(retyped, "portal").setReleaseId("builtin:nginx");
        Composites.find(retyped, "portal").getParameters().clear();
        Composites.find(retyped, "dashboard").getParameters().get(0).setValue("changed");
        retyped.getLinks().remove(0);

        RequestRefused refused = assertThrows(RequestRefused.class, () -> composites.request(retyped, "line-3"));

        assertEquals(List.of("portal: instance 'portal' exists with another release (builtin:static-web → builtin:nginx); "
                + "destroy it and request a new title instead"), refused.reasons());
        long tree = composites.findTree("line-3").orElseThrow();
        assertEquals("Dashboard", ReportCodec.JSON.readTree(master.requests().find(tree, "dashboard").orElseThrow().parameters())
                .path("title").asText(), "the dashboard's change was rolled back with the refusal");
    }

    @Test
    void aPlainRequestCannotTakeACompositesTreeName() throws Exception {
        composites.request(chain(), "line-3");

        RequestRefused refused = assertThrows(RequestRefused.class, () -> master.requests().request(
                org.hyperedge.master.request.Request.root("line-3", "builtin:static-web", "default",
                        ReportCodec.JSON.createObjectNode())));

        assertTrue(refused.getMessage().contains("'line-3' names an instance tree whose root is 'historian'"), refused.getMessage());
    }

    @Test
    void theDryRunPlacesEveryServiceInTheCompositesOrderAndOrdersNothing() throws Exception {
        var placements = composites.dryRun(chain());

        assertEquals(3, placements.size());
        assertTrue(placements.stream().allMatch(p -> "edge-1".equals(p.nodeId())), placements.toString());
        assertEquals("p000", placements.get(2).partition(), "the historian, first in link order, takes the first partition");
        assertTrue(master.requests().all().isEmpty(), "a dry run orders nothing");
    }

    @Test
    void aTreeNameTooLongOrPaddedIsRefusedAndNothingIsOrdered() {
        RequestRefused tooLong = assertThrows(RequestRefused.class, () -> composites.request(chain(), "x".repeat(256)));
        RequestRefused padded = assertThrows(RequestRefused.class, () -> composites.request(chain(), " line-3"));

        assertEquals(List.of("the tree name '" + "x".repeat(256) + "' has 256 characters, more than 255"), tooLong.reasons());
        assertEquals(List.of("the tree name ' line-3' starts or ends with white space"), padded.reasons());
        assertTrue(master.requests().all().isEmpty());
    }

    @Test
    void destroyingACompositeTreeDestroysEveryServiceAndItsNameStaysTaken() throws Exception {
        CompositeOrder order = composites.request(chain(), "line-3");

        composites.destroy("line-3");

        assertTrue(composites.instances(order.treeId()).values().stream()
                .allMatch(i -> i.requestedState() == RequestedState.DESTROYED));
        RequestRefused again = assertThrows(RequestRefused.class, () -> composites.request(chain(), "line-3"));
        assertEquals(List.of("tree 'line-3' is destroyed; destroyed is final, choose another name"), again.reasons());
        assertEquals("there is no instance tree named 'line-9'",
                assertThrows(RequestRefused.class, () -> composites.destroy("line-9")).reasons().get(0));
    }

    private PartitionState partitionOf(long instanceId) {
        return new DesiredStates(master.database()).compute("edge-1").partitions().stream()
                .filter(p -> p.instanceId() == instanceId).findFirst().orElseThrow();
    }

    private void publish(long instance, String url) {
        ObjectNode event = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);
        event.putObject("connection").put("url", url);
        seq++;
        new ReportIngest(master.database()).ingest("edge-1", new ReportCodec.Page("edge-1", seq,
                List.of(new ReportEvent(seq, Instant.now(), Kind.INSTANCE, partitionOf(instance).reference(), instance, event))));
    }
}
