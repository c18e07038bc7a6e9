package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A dependent's parameter comes from its source's connection parameter; until published, the dependent waits. */
class ParameterLinksTest {

    @TempDir
    Path data;

    private TestMaster master;
    private InstanceRecord database;
    private InstanceRecord web;

    @BeforeEach
    void aTreeWithADatabaseAndAWebServerLinkedToIt() throws Exception {
        master = TestMaster.open(data);
        new NodeLinks(master.database()).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 4000, 8192, 10_000,
                Map.of(), 3, 20000, 10), "ab".repeat(32));
        database = master.requests().request(Request.root("erp", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()));
        web = master.requests().request(new Request("erp-front", "builtin:static-web", "default",
                ReportCodec.JSON.createObjectNode(), Map.of(), org.hyperedge.model.RequestedState.STARTED, false,
                database.id()).withLinks(Map.of("title", new ParameterLink("erp", "url"))));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aDependentWaitsStoppedUntilItsSourcePublishesThenStartsWithTheValue() {
        PartitionState waiting = partitionOf(web.id());
        assertEquals("stopped", waiting.state(), "nothing published yet: the dependent waits");
        assertFalse(waiting.parameters().path("title").asText().startsWith("jdbc:"), "not filled before it is published");
        long before = master.nodes().generation("edge-1");

        new ReportIngest(master.database()).ingest("edge-1", page(started(1, database.id(), "jdbc:h2:tcp://10.0.0.7:20000/main")));

        PartitionState ready = partitionOf(web.id());
        assertEquals("started", ready.state());
        assertEquals("jdbc:h2:tcp://10.0.0.7:20000/main", ready.parameters().path("title").asText());
        assertTrue(master.nodes().generation("edge-1") > before, "the node is sent the filled parameters");
    }

    @Test
    void aNewValueFromTheSourceReachesTheDependentAgainAndTheSameValueChangesNothing() {
        ReportIngest ingest = new ReportIngest(master.database());
        ingest.ingest("edge-1", page(started(1, database.id(), "jdbc:h2:tcp://10.0.0.7:20000/main")));
        long afterFirst = master.nodes().generation("edge-1");

        ingest.ingest("edge-1", page(started(2, database.id(), "jdbc:h2:tcp://10.0.0.7:20000/main")));
        assertEquals(afterFirst, master.nodes().generation("edge-1"), "same value: no new push");
        ingest.ingest("edge-1", page(started(3, database.id(), "jdbc:h2:tcp://10.0.0.8:20000/main")));

        assertEquals("jdbc:h2:tcp://10.0.0.8:20000/main", partitionOf(web.id()).parameters().path("title").asText());
    }

    @Test
    void aSourcePublishedBeforeTheRequestFillsTheParameterAtOnce() throws Exception {
        new ReportIngest(master.database()).ingest("edge-1", page(started(1, database.id(), "jdbc:h2:tcp://h/main")));

        InstanceRecord late = master.requests().request(new Request("erp-report", "builtin:static-web", "default",
                ReportCodec.JSON.createObjectNode(), Map.of(), org.hyperedge.model.RequestedState.STARTED, false,
                database.id()).withLinks(Map.of("title", new ParameterLink("erp", "url"))));

        assertEquals("started", partitionOf(late.id()).state());
        assertEquals("jdbc:h2:tcp://h/main", partitionOf(late.id()).parameters().path("title").asText());
    }

    @Test
    void severalParametersLinkedToOneSourceAreAllFilledWhenItPublishes() throws Exception {
        InstanceRecord report = master.requests().request(new Request("erp-report", "builtin:static-web", "default",
                ReportCodec.JSON.createObjectNode(), Map.of(), org.hyperedge.model.RequestedState.STARTED, false,
                database.id()).withLinks(Map.of("title", new ParameterLink("erp", "url"), "database-url",
                        new ParameterLink("erp", "url"), "link-url", new ParameterLink("erp", "user"))));
        ReportEvent published = started(1, database.id(), "jdbc:h2:tcp://10.0.0.7:20000/main");
        ((ObjectNode) published.data().path("connection")).put("user", "erp");

        new ReportIngest(master.database()).ingest("edge-1", page(published));

        PartitionState ready = partitionOf(report.id());
        assertEquals("started", ready.state());
        assertEquals("jdbc:h2:tcp://10.0.0.7:20000/main", ready.parameters().path("title").asText());
        assertEquals("jdbc:h2:tcp://10.0.0.7:20000/main", ready.parameters().path("database-url").asText());
        assertEquals("erp", ready.parameters().path("link-url").asText(), "each link's value, none written over: "
                + ready.parameters());
    }

    @Test
    void aLinkToAnUnknownInstanceOrFromARootIsRefusedWithTheReason() {
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> master.requests().request(new Request("erp-x",
                "builtin:static-web", "default", ReportCodec.JSON.createObjectNode(), Map.of(),
                org.hyperedge.model.RequestedState.STARTED, false, database.id())
                .withLinks(Map.of("title", new ParameterLink("crm", "url")))));
        RequestRefused root = assertThrows(RequestRefused.class, () -> master.requests().request(Request.root("lonely",
                "builtin:static-web", "default", ReportCodec.JSON.createObjectNode())
                .withLinks(Map.of("title", new ParameterLink("erp", "url")))));

        assertTrue(unknown.getMessage().contains("linked to 'crm', which is not an instance of this tree"), unknown.getMessage());
        assertTrue(root.getMessage().contains("inside an existing tree"), root.getMessage());
    }

    private PartitionState partitionOf(long instanceId) {
        DesiredState desired = new DesiredStates(master.database()).compute("edge-1");
        return desired.partitions().stream().filter(p -> p.instanceId() == instanceId).findFirst().orElseThrow();
    }

    private static ReportCodec.Page page(ReportEvent event) {
        return new ReportCodec.Page("edge-1", event.seq(), java.util.List.of(event));
    }

    private static ReportEvent started(long seq, long instance, String url) {
        ObjectNode data = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);
        data.putObject("connection").put("url", url);
        return new ReportEvent(seq, Instant.now(), Kind.INSTANCE, "p000", instance, data);
    }
}
