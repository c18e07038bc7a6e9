package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What reaches the window is what the painter drew into the canvas's off-screen buffer, colour for colour: the
 * pixels are read back from the window under Xvfb, so a buffer that never reaches the window, or reaches it with
 * other colours or in another place, fails here (checked: without the copy to the window both tests fail).
 */
class CanvasOnScreenTest {

    /** The light canvas's colours, as an operator sees them (the painter's palette is internal to it). */
    private static final RGB BACKGROUND = new RGB(248, 249, 251);
    private static final RGB HEADER = new RGB(233, 237, 244);
    private static final RGB SELECTION = new RGB(35, 110, 220);

    private final AtomicInteger paints = new AtomicInteger();
    private UiDriver ui;
    private TopologyCanvas canvas;
    private ServiceNode service;

    @BeforeEach
    void aCanvasShowingOneServiceAt100Percent() {
        CompositeService composite = HyperEdgeFactory.eINSTANCE.createCompositeService();
        composite.setName("one");
        service = HyperEdgeFactory.eINSTANCE.createServiceNode();
        service.setTitle("db");
        service.setReleaseId("builtin:h2-database");
        service.setSoftwareType("default");
        service.setX(100);
        service.setY(80);
        composite.getNodes().add(service);
        ui = UiDriver.startUiThread();
        canvas = ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            shell.setLayout(new FillLayout());
            shell.setBounds(0, 0, 640, 420);
            TopologyCanvas created = new TopologyCanvas(shell, new Scene());
            created.control().setBackground(ui.display().getSystemColor(SWT.COLOR_WHITE));
            created.control().addListener(SWT.Paint, e -> paints.incrementAndGet());
            created.scene().composite(composite);
            shell.open();
            return created;
        });
        ui.waitUntil("the canvas painted once", () -> paints.get() > 0);
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void theWindowShowsTheBoxesHeaderAndTheCanvasBackgroundTheirColours() {
        int x = screenX(service.getX());
        int y = screenY(service.getY());

        RGB[] seen = pixels(new int[] { x + 130, y + 20 }, new int[] { x - 30, y - 30 });

        assertEquals(HEADER, seen[0], "inside the box's header");
        assertEquals(BACKGROUND, seen[1], "on the canvas left of and above the box");
    }

    @Test
    void aSelectedBoxIsFramedInTheSelectionColourOnTheWindow() {
        int x = screenX(service.getX());
        int y = screenY(service.getY());
        RGB before = pixels(new int[] { x, y + 60 })[0];

        ui.onUi(() -> canvas.scene().select(List.of(service), List.of()));
        repaint();
        RGB after = pixels(new int[] { x, y + 60 })[0];

        assertEquals(new RGB(150, 158, 170), before, "the left edge unselected: the box's border colour");
        assertEquals(SELECTION, after, "the left edge once selected");
    }

    private int screenX(int modelX) {
        return ui.onUi(() -> canvas.scene().viewport().toScreenX(modelX));
    }

    private int screenY(int modelY) {
        return ui.onUi(() -> canvas.scene().viewport().toScreenY(modelY));
    }

    private void repaint() {
        int before = paints.get();
        ui.onUi(() -> canvas.redraw());
        ui.waitUntil("the canvas painted again", () -> paints.get() > before);
    }

    /** The colours of the window at these points of the canvas, read back from the X server. */
    private RGB[] pixels(int[]... points) {
        return ui.onUi(() -> {
            org.eclipse.swt.graphics.Rectangle area = canvas.control().getClientArea();
            Image copy = new Image(ui.display(), area.width, area.height);
            GC gc = new GC(canvas.control());
            try {
                gc.copyArea(copy, 0, 0);
                ImageData data = copy.getImageData();
                RGB[] colours = new RGB[points.length];
                for (int i = 0; i < points.length; i++) {
                    colours[i] = data.palette.getRGB(data.getPixel(points[i][0], points[i][1]));
                }
                return colours;
            } finally {
                gc.dispose();
                copy.dispose();
            }
        });
    }
}
