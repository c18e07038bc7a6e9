package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.edit.AutoLayout;
import org.hyperedge.ui.topology.edit.TopologyDocument;
import org.hyperedge.ui.topology.edit.TopologyEdits;
import org.hyperedge.ui.topology.view.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic layout follows the links; zoom and pan map model and screen both ways. */
class LayoutAndViewportTest {

    @TempDir
    Path temp;

    @Test
    void layoutPutsEverySourceLeftOfItsDependentsAndACycleAfterTheRest() {
        TopologyDocument document = TopologyDocument.create("chain", temp.resolve("chain.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode web = edits.addService("builtin:static-web", "default", 0, 0);
        ServiceNode front = edits.addService("builtin:static-web", "default", 0, 0);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 0, 0);
        ServiceNode loopA = edits.addService("builtin:static-web", "default", 0, 0);
        ServiceNode loopB = edits.addService("builtin:static-web", "default", 0, 0);
        edits.link(db, "url", web, "database-url");
        edits.link(web, "url", front, "link-url");
        edits.link(loopA, "url", loopB, "link-url");
        edits.link(loopB, "url", loopA, "link-url");

        Map<ServiceNode, int[]> places = AutoLayout.places(document.composite(), n -> 200, n -> 100);

        assertTrue(places.get(db)[0] < places.get(web)[0]);
        assertTrue(places.get(web)[0] < places.get(front)[0]);
        assertTrue(places.get(loopA)[0] > places.get(front)[0], "a cycle has no order: it goes after the last column");
        assertEquals(places.get(loopA)[0], places.get(loopB)[0]);
        assertTrue(places.get(loopB)[1] >= places.get(loopA)[1] + 100, "boxes of one column do not overlap");
    }

    @Test
    void zoomingAtAPointKeepsThatPointUnderTheMouse() {
        Viewport view = new Viewport();
        view.pan(-100, -50);
        double modelX = view.toModelX(300);
        double modelY = view.toModelY(200);

        view.zoomAt(Viewport.STEP, 300, 200);
        view.zoomAt(Viewport.STEP, 300, 200);

        assertEquals(300, view.toScreenX(modelX));
        assertEquals(200, view.toScreenY(modelY));
        assertEquals(Viewport.STEP * Viewport.STEP, view.zoom(), 1e-9);
    }

    @Test
    void zoomStaysWithinItsBounds() {
        Viewport view = new Viewport();
        for (int i = 0; i < 100; i++) {
            view.zoomAt(Viewport.STEP, 0, 0);
        }
        assertEquals(Viewport.MAX_ZOOM, view.zoom(), 1e-9);
        for (int i = 0; i < 100; i++) {
            view.zoomAt(1 / Viewport.STEP, 0, 0);
        }
        assertEquals(Viewport.MIN_ZOOM, view.zoom(), 1e-9);
    }

    @Test
    void fitShowsTheWholeRectangleCentredAndNeverEnlarges() {
        Viewport view = new Viewport();

        view.fit(1000, 500, 4000, 1000, 800, 600, 20);

        assertEquals(760.0 / 4000, view.zoom(), 1e-9);
        assertEquals(20, view.toScreenX(1000));
        assertEquals(780, view.toScreenX(5000));
        assertEquals(300, view.toScreenY(1000), 1);
        view.fit(0, 0, 100, 50, 800, 600, 20);
        assertEquals(1.0, view.zoom(), 1e-9, "a small composite is shown at 100 %, not blown up");
    }
}
