package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.panels.ProblemsPanel;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The examples shipped in the catalog open in the editor as the operator's own copy, valid and laid out without overlaps. */
@ExtendWith(ScreenshotOnFailure.class)
class ExampleCompositesTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void console() {
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        ui = console.driver();
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void factoryInABoxOpensAsACopyWithNoProblemAndNoOverlap() {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Canvas canvas = ui.byData(Canvas.class, TopologyCanvas.CANVAS_KEY);
        Scene scene = ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).scene());

        ui.select(ui.find(ToolItem.class, item -> "OPEN".equals(String.valueOf(item.getData("org.hyperedge.ui.topology.action"))),
                "the Open action"));
        Shell open = ui.shell("Open Composite Service");
        org.eclipse.swt.widgets.List choices = ui.find(org.eclipse.swt.widgets.List.class, list -> list.getShell() == open, "the choices");
        ui.onUi(() -> choices.select(0));
        assertEquals("factory-in-a-box  (example)", ui.onUi(() -> choices.getItem(0)));
        ui.click(ui.find(Button.class, button -> button.getShell() == open && "Open".equals(button.getText()), "Open"));

        ui.waitUntil("factory in a box open", () -> ui.onUi(() -> scene.composite() != null
                && "factory in a box".equals(scene.composite().getName())));
        assertTrue(Files.isRegularFile(temp.resolve("data/composites/factory-in-a-box.composite")), "the example is copied");
        assertEquals(List.of("broker", "records", "historian", "dashboard", "edge", "collector"),
                ui.onUi(() -> scene.composite().getNodes().stream().map(ServiceNode::getTitle).toList()));
        ui.waitUntil("the catalog read for the ports", () -> ui.onUi(() -> !scene.catalog().releases().isEmpty()));
        Table problems = ui.byData(Table.class, ProblemsPanel.TABLE_KEY);
        ui.waitUntil("validated with no problem", () -> ui.onUi(() -> problems.getItemCount() == 0 && scene.markers().isEmpty()));
        List<NodeFigure> boxes = ui.onUi(scene::figures);
        for (NodeFigure a : boxes) {
            for (NodeFigure b : boxes) {
                assertTrue(a == b || !a.intersects(b.x(), b.y(), b.width(), b.height()),
                        a.node().getTitle() + " overlaps " + b.node().getTitle());
            }
        }
        ui.screenshot("topology-factory-in-a-box");
    }
}
