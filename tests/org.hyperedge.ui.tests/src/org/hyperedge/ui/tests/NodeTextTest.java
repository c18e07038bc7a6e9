package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.ui.nodes.NodeText;
import org.hyperedge.ui.nodes.NodesPart;
import org.junit.jupiter.api.Test;

/** A node's row in the Nodes view says how the master reaches it, and over which path a dialling node came last. */
class NodeTextTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:10Z");

    @Test
    void aDialledNodeShowsItsModeAndTheAddressTheMasterDials() {
        String[] row = NodeText.columns(node("127.0.0.1:7443", false, null), NOW);

        assertEquals(NodesPart.HEADERS.length, row.length);
        assertEquals("dialled", row[column("Mode")]);
        assertEquals("127.0.0.1:7443", row[column("Address")]);
    }

    @Test
    void aNodeThatDialsInShowsWhereItsSessionComesFromAndItsLastPathFailure() {
        String[] row = NodeText.columns(node("203.0.113.7:40112", true, "10.0.0.1:8443: connection refused"), NOW);

        assertEquals("dials in", row[column("Mode")]);
        assertEquals("from 203.0.113.7:40112 (last failure: 10.0.0.1:8443: connection refused)", row[column("Address")]);
    }

    @Test
    void aNodeThatHasNotDialledYetShowsNoAddress() {
        assertEquals("—", NodeText.columns(node(null, true, null), NOW)[column("Address")]);
    }

    @Test
    void aFederatedSiteShowsWhatItToldNotItsPlaceholderCapacityAndItsCatalogAsRows() {
        SiteSummary told = new SiteSummary(2, 3, 4, List.of(new SiteSummary.OfferedRelease("builtin:h2-database",
                "H2 database server", "2.4.240", "h2-database")));
        NodeRow site = new NodeRow("B", "B", "127.0.0.1:7710", Map.of("kind", "federation"), 1L << 40, 1L << 40, 1L << 40,
                0, 0, 0, 1000, 0, List.of(), Instant.parse("2026-12-06T20:00:05Z"), null, true, null, false, null)
                .asFederatedSite(new FederatedSites.Told(told, Instant.parse("2026-12-06T20:00:00Z")));

        String[] row = NodeText.columns(site, NOW);

        assertEquals("federated", row[column("Mode")]);
        assertEquals("1 / 4", row[column("Partitions")], "partitions used of all over B's own nodes, not 1000");
        assertEquals("—", row[column("CPU")]);
        assertEquals("—", row[column("Memory")]);
        assertEquals("2 nodes, 3/4 partitions free, 1 release in its catalog (told 10 s ago)", row[column("Releases")]);
        assertEquals("2 nodes, 3/4 free, 1 release", NodeText.shortSummary(site));
        String[] offered = NodeText.offered(told.catalog().get(0), NodesPart.HEADERS.length);
        assertEquals("h2-database", offered[0]);
        assertEquals("builtin:h2-database 2.4.240", offered[column("Releases")]);
    }

    @Test
    void aFederatedSiteThatToldNothingYetSaysSo() {
        NodeRow site = node("127.0.0.1:7710", false, null).asFederatedSite(null);

        assertEquals("—", NodeText.columns(site, NOW)[column("Partitions")]);
        assertEquals("has not told its nodes and catalog yet", NodeText.columns(site, NOW)[column("Releases")]);
    }

    private static int column(String header) {
        return List.of(NodesPart.HEADERS).indexOf(header);
    }

    private static NodeRow node(String address, boolean dialling, String pathFailure) {
        return new NodeRow("edge-1", "factory", address, Map.of(), 2000, 2048, 10_000, 0, 0, 0, 4, 0, List.of(),
                Instant.parse("2026-12-06T20:00:00Z"), null, true, null, dialling, pathFailure);
    }
}
