package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.monitoring.MonitoringQueries;
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

    @Test
    void quietSessionsMarkedHeardMakeTheirNodesSeenNowWithoutTheNodesOwnRowsBeingWritten() throws Exception {
        // given: a dialling node that last reported an hour ago, one that never did, and a dialled one
        links.adoptDialling(spec("edge-1"), "ab".repeat(32), null, "203.0.113.7:40112");
        links.adoptDialling(spec("edge-2"), "ef".repeat(32), null, "203.0.113.8:40112");
        links.adopt(new NodeSpec("rack-1", "factory", "127.0.0.1:7443", 1000, 1024, 1024, Map.of(), 2, 20_100, 10),
                "cd".repeat(32));
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        setLastReport("edge-1", anHourAgo);

        // when: their quiet sessions are marked heard, a first time and again
        links.heard(List.of("edge-1", "edge-2"));
        links.heard(List.of("edge-1", "edge-2"));
        Instant now = Instant.now();

        // then: every reader of a node's age says both were seen just now, and the dialled node never
        for (String node : List.of("edge-1", "edge-2")) {
            assertSeenWithin(links.find(node).orElseThrow().lastReportAt(), now, node + " as the connector reads it");
            assertSeenWithin(row(node).lastReportAt(), now, node + " in the Nodes view");
            assertTrue(status(node, now).staleness().compareTo(Duration.ofMinutes(1)) < 0, node + " in monitoring");
        }
        assertNull(row("rack-1").lastReportAt());
        // and the nodes' own rows keep their last report: the marks are narrow rows of their own
        assertEquals(anHourAgo, lastReportInNodeRow("edge-1"));
        assertNull(lastReportInNodeRow("edge-2"));

        // when: edge-1 reports after its mark
        Thread.sleep(20);
        links.heard("edge-1");

        // then: its report, the later, is when it was last seen
        Instant reported = lastReportInNodeRow("edge-1");
        assertTrue(reported.isAfter(now), "the report is the later of the two");
        assertEquals(reported, links.find("edge-1").orElseThrow().lastReportAt());
    }

    private static void assertSeenWithin(Instant seen, Instant now, String what) {
        assertTrue(seen != null && Duration.between(seen, now).compareTo(Duration.ofMinutes(1)) < 0,
                what + ": last seen " + seen + ", now " + now);
    }

    private NodeRow row(String nodeId) {
        return new NodeOverview(master.database()).nodes().stream().filter(row -> row.id().equals(nodeId)).findFirst()
                .orElseThrow();
    }

    private MonitoringQueries.NodeStatus status(String nodeId, Instant now) {
        return new MonitoringQueries(master.database()).nodes(now).stream().filter(node -> node.id().equals(nodeId))
                .findFirst().orElseThrow();
    }

    private void setLastReport(String nodeId, Instant at) {
        master.database().inTransaction(connection -> {
            try (java.sql.PreparedStatement update = connection.prepareStatement(
                    "UPDATE node SET last_report_at = ? WHERE id = ?")) {
                update.setObject(1, at.atOffset(ZoneOffset.UTC));
                update.setString(2, nodeId);
                return update.executeUpdate();
            }
        });
    }

    private Instant lastReportInNodeRow(String nodeId) {
        return master.database().inTransaction(connection -> {
            try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT last_report_at FROM node WHERE id = ?")) {
                query.setString(1, nodeId);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    row.next();
                    OffsetDateTime at = row.getObject(1, OffsetDateTime.class);
                    return at == null ? null : at.toInstant();
                }
            }
        });
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
