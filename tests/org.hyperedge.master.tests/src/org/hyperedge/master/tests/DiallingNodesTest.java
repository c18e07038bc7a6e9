package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.view.NodeOverview;
import org.hyperedge.master.view.NodeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: a node that dials in is found by its certificate, shown with where it dials from, and revoked like any. */
class DiallingNodesTest {

    @TempDir
    Path data;
    TestMaster master;
    NodeLinks links;

    @BeforeEach
    void open() throws Exception {
        master = TestMaster.open(data);
        links = new NodeLinks(master.database());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aDiallingNodeIsFoundByItsCertificateAndShownWithWhereItDialsFrom() {
        // given
        links.adoptDialling(spec("edge-1"), "ab".repeat(32), null, "203.0.113.7:40112");
        links.adopt(new NodeSpec("rack-1", "factory", "127.0.0.1:7443", 1000, 1024, 1024, Map.of(), 2, 20_100, 10),
                "cd".repeat(32));

        // when
        links.pathFailed("edge-1", "10.0.0.1:8443: connection refused");
        NodeLink edge = links.findDialling("AB".repeat(32)).orElseThrow();
        Map<String, NodeRow> shown = new java.util.HashMap<>();
        for (NodeRow row : new NodeOverview(master.database()).nodes()) {
            shown.put(row.id(), row);
        }

        // then
        assertTrue(edge.dialling());
        assertEquals("203.0.113.7:40112", edge.address());
        assertFalse(links.findDialling("cd".repeat(32)).isPresent(), "a dialled node is not found among dialling ones");
        assertFalse(links.find("rack-1").orElseThrow().dialling());
        assertTrue(shown.get("edge-1").dialling());
        assertEquals("203.0.113.7:40112", shown.get("edge-1").address());
        assertEquals("10.0.0.1:8443: connection refused", shown.get("edge-1").pathFailure());
        assertFalse(shown.get("rack-1").dialling());
        assertEquals("127.0.0.1:7443", shown.get("rack-1").address());
    }

    @Test
    void aRevokedDiallingNodeIsNoLongerFoundByItsCertificate() {
        links.adoptDialling(spec("edge-2"), "ef".repeat(32), null, "198.51.100.2:5000");

        links.revoke("edge-2");

        assertFalse(links.findDialling("ef".repeat(32)).isPresent());
    }

    @Test
    void aRoundBetweenWholeRoundsReadsTheDialledNodesAndTheDiallingOnesWithANewDesiredState() {
        // given: two dialling nodes, a dialled one, and a revoked dialling one
        links.adoptDialling(spec("edge-1"), "ab".repeat(32), null, "203.0.113.7:40112");
        links.adoptDialling(spec("edge-2"), "ef".repeat(32), null, "203.0.113.8:40112");
        links.adoptDialling(spec("edge-3"), "12".repeat(32), null, "203.0.113.9:40112");
        links.adopt(new NodeSpec("rack-1", "factory", "127.0.0.1:7443", 1000, 1024, 1024, Map.of(), 2, 20_100, 10),
                "cd".repeat(32));
        links.revoke("edge-3");
        for (String dialling : java.util.List.of("edge-1", "edge-2")) {
            links.pushed(dialling, links.find(dialling).orElseThrow().generation()); // their first states are pushed
        }

        // when: edge-2 and the revoked edge-3 get a new desired state
        newDesiredState("edge-2");
        newDesiredState("edge-3");

        // then: the dialled node and edge-2 are read, and edge-1 only when asked for by name
        assertEquals(java.util.List.of("edge-2", "rack-1"), ids(links.toSync(java.util.List.of())));
        assertEquals(java.util.List.of("edge-2", "rack-1", "edge-1"), ids(links.toSync(java.util.List.of("edge-1"))));
        // and once edge-2's state is pushed, it is no longer read
        links.pushed("edge-2", links.find("edge-2").orElseThrow().generation());
        assertEquals(java.util.List.of("rack-1"), ids(links.toSync(java.util.List.of())));
    }

    private void newDesiredState(String nodeId) {
        master.database().inTransaction(connection -> {
            try (java.sql.PreparedStatement bump = connection.prepareStatement(
                    "UPDATE node SET generation = generation + 1 WHERE id = ?")) {
                bump.setString(1, nodeId);
                return bump.executeUpdate();
            }
        });
    }

    private static java.util.List<String> ids(java.util.List<NodeLink> nodes) {
        return nodes.stream().map(NodeLink::nodeId).toList();
    }

    private static NodeSpec spec(String name) {
        return new NodeSpec(name, "factory", null, 1000, 1024, 1024, Map.of(), 2, 20_000, 10);
    }
}
