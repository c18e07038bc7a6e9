package org.hyperedge.ui.tests.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.hyperedge.master.allocation.NodeOffers.NodeOffer;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.ui.request.PlacementPreview;
import org.junit.jupiter.api.Test;

/** A dry run's outcome in words: the node, partition and ports, and what the node keeps free. */
class PlacementPreviewTest {

    private static final NodeOffer NODE = new NodeOffer("edge-2", "factory", Map.of("zone", "b"), 4000, 1500, 8192, 1024,
            50_000, 10_000, 8, 5);

    @Test
    void aPlacementNamesTheNodeAndTheCapacityLeftWithWhatThisInstanceReserves() {
        String text = PlacementPreview.describe(new Placement("edge-2", "p003", 21030, 21039, null), List.of(NODE),
                SlaFilter.parse(Map.of("cpu", "0.5", "memory-mb", "512")));

        assertEquals("""
                Would be placed on node edge-2 (site factory), partition p003, ports 21030–21039.

                Capacity of edge-2 once this instance is placed:
                  partitions  4 of 8 free
                  CPU         2 of 4 cores free (0.5 reserved by this instance)
                  memory      6,656 MB of 8,192 MB free (512 MB reserved)
                  disk        40,000 MB of 50,000 MB free""", text.replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aPendingPlacementSaysWhyItWouldWait() {
        String text = PlacementPreview.describe(Placement.pending("no node on site=moon has a free partition"), List.of(),
                SlaFilter.parse(Map.of("site", "moon")));

        assertEquals("Would wait: no node on site=moon has a free partition.\nNothing is placed until a node fits; the "
                + "request can still be ordered and waits in the master.", text);
    }
}
