package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.view.NodeRow;
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

    private static int column(String header) {
        return List.of(NodesPart.HEADERS).indexOf(header);
    }

    private static NodeRow node(String address, boolean dialling, String pathFailure) {
        return new NodeRow("edge-1", "factory", address, Map.of(), 2000, 2048, 10_000, 0, 0, 0, 4, 0, List.of(),
                Instant.parse("2026-12-06T20:00:00Z"), null, true, null, dialling, pathFailure);
    }
}
