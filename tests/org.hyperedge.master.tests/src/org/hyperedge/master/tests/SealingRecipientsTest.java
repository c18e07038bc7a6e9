package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.seal.OperatorKeys;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.SealingPublicKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The master tells each node whom to seal an instance's secrets to (every operator, and the nodes hosting what
 * is linked to it), has the node seal again when that changes, and relays the sealed value it cannot open.
 */
class SealingRecipientsTest {

    private static final SealingPublicKey DATABASE_NODE = SealingKeyPair.generate().publicKey();
    private static final SealingPublicKey WEB_NODE = SealingKeyPair.generate().publicKey();
    private static final SealingPublicKey ALICE = SealingKeyPair.generate().publicKey();

    @TempDir
    Path data;

    private TestMaster master;
    private NodeLinks links;
    private OperatorKeys operators;
    private InstanceRecord database;

    @BeforeEach
    void aDatabaseOnOneNode() throws Exception {
        master = TestMaster.open(data);
        links = new NodeLinks(master.database());
        operators = new OperatorKeys(master.database());
        links.adopt(node("edge-db"), "ab".repeat(32), DATABASE_NODE.text());
        database = master.requests().request(Request.root("erp", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-db")));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void anInstanceIsSealedToEveryOperatorAndToTheNodesHostingWhatIsLinkedToIt() throws Exception {
        operators.add("alice", ALICE);
        links.adopt(node("edge-web"), "cd".repeat(32), WEB_NODE.text());

        InstanceRecord web = dependent("erp-front", "edge-web");

        assertEquals(List.of(ALICE, WEB_NODE), partition("edge-db", database.id()).sealTo());
        assertEquals(List.of(ALICE), partition("edge-web", web.id()).sealTo(), "nothing is linked to the web server");
    }

    @Test
    void anOperatorAddedOrRemovedMakesEveryNodeWithAnInstanceSealAgain() {
        long before = master.nodes().generation("edge-db");

        assertTrue(operators.add("alice", ALICE));
        long added = master.nodes().generation("edge-db");
        assertFalse(operators.add("alice", ALICE), "the same key again changes nothing");
        long again = master.nodes().generation("edge-db");
        assertTrue(operators.remove("alice"));

        assertTrue(added > before, "a new desired state, with the new recipient");
        assertEquals(added, again);
        assertTrue(master.nodes().generation("edge-db") > again);
        assertEquals(List.of(), partition("edge-db", database.id()).sealTo());
    }

    @Test
    void aDependentPlacedLaterHasItsSourcesNodeSealAgainToItsNode() throws Exception {
        InstanceRecord waiting = dependent("erp-front", "edge-web");
        assertEquals(null, waiting.nodeId(), "no node edge-web yet: it waits");
        long before = master.nodes().generation("edge-db");

        links.adopt(node("edge-web"), "cd".repeat(32), WEB_NODE.text());
        assertEquals(1, master.requests().placePending());

        assertTrue(master.nodes().generation("edge-db") > before, "the database's node is sent a new desired state");
        assertEquals(List.of(WEB_NODE), partition("edge-db", database.id()).sealTo());
    }

    @Test
    void aNodesSealingKeyLearnedAfterItsAdoptionHasTheSourcesNodeSealAgainToIt() throws Exception {
        links.adopt(node("edge-web"), "cd".repeat(32));
        dependent("erp-front", "edge-web");
        assertEquals(List.of(), partition("edge-db", database.id()).sealTo(), "the web node's key is not known yet");
        long before = master.nodes().generation("edge-db");

        links.sealingKey("edge-web", WEB_NODE.text());
        long learned = master.nodes().generation("edge-db");
        links.sealingKey("edge-web", WEB_NODE.text());

        assertTrue(learned > before);
        assertEquals(learned, master.nodes().generation("edge-db"), "the same key again changes nothing");
        assertEquals(List.of(WEB_NODE), partition("edge-db", database.id()).sealTo());
        assertThrows(IllegalArgumentException.class, () -> links.sealingKey("edge-web", "not-a-key"));
    }

    @Test
    void aSealedValueIsRelayedToTheDependentAsItWasPublished() throws Exception {
        links.adopt(node("edge-web"), "cd".repeat(32), WEB_NODE.text());
        InstanceRecord web = dependent("erp-front", "edge-web");
        String sealed = SealedValue.seal("jdbc:h2:tcp://10.0.0.7:20000/main", List.of(WEB_NODE)).text();
        ObjectNode report = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);
        report.putObject("connection").put("url", sealed);

        new ReportIngest(master.database()).ingest("edge-db", new ReportCodec.Page("edge-db", 1,
                List.of(new ReportEvent(1, Instant.now(), Kind.INSTANCE, "p000", database.id(), report))));

        PartitionState relayed = partition("edge-web", web.id());
        assertEquals("started", relayed.state());
        assertEquals(sealed, relayed.parameters().path("title").asText());
    }

    @Test
    void operatorNamesAndKeysAreEachOnceAndEnrollingAgainKeepsTheName() {
        SealingPublicKey bob = SealingKeyPair.generate().publicKey();
        operators.add("alice", ALICE);

        IllegalArgumentException nameTaken = assertThrows(IllegalArgumentException.class, () -> operators.add("alice", bob));
        IllegalArgumentException keyTaken = assertThrows(IllegalArgumentException.class, () -> operators.add("carol", ALICE));
        String enrolled = operators.enroll("alice", bob);

        assertTrue(nameTaken.getMessage().contains("operator 'alice' already has another key"), nameTaken.getMessage());
        assertTrue(keyTaken.getMessage().contains("already the key of operator 'alice'"), keyTaken.getMessage());
        assertEquals("alice-" + bob.id().substring(0, 8), enrolled);
        assertEquals(enrolled, operators.enroll("anyone", bob));
        assertEquals(List.of("alice", enrolled), operators.list().stream().map(OperatorKeys.OperatorKey::name).toList());
    }

    private InstanceRecord dependent(String title, String node) throws Exception {
        return master.requests().request(new Request(title, "builtin:static-web", "default",
                ReportCodec.JSON.createObjectNode(), Map.of("node", node), RequestedState.STARTED, false, database.id())
                .withLinks(Map.of("title", new ParameterLink("erp", "url"))));
    }

    private PartitionState partition(String node, long instanceId) {
        return new DesiredStates(master.database()).compute(node).partitions().stream()
                .filter(p -> p.instanceId() == instanceId).findFirst().orElseThrow();
    }

    private static NodeSpec node(String id) {
        return new NodeSpec(id, "factory", "127.0.0." + (id.length()) + ":7443", 4000, 8192, 10_000, Map.of(), 3,
                20000, 10);
    }
}
