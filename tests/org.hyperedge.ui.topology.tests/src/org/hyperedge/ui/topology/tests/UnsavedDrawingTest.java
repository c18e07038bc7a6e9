package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.model.resource.ModelResources;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.panels.PalettePanel;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service dragged from the palette onto the canvas (the platform's drag and drop), then the console quit
 * with the drawing not yet saved: the workbench asks, and the composite is saved. The operator loses nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class UnsavedDrawingTest {

    @TempDir
    Path temp;

    @Test
    void aServiceDraggedFromThePaletteIsSavedWhenTheConsoleQuits() {
        Path data = temp.resolve("data");
        String title;
        ConsoleSession console = ConsoleSession.start(data, temp.resolve("config/console.properties"));
        try {
            UiDriver ui = console.driver();
            ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
            Canvas canvas = ui.byData(Canvas.class, TopologyCanvas.CANVAS_KEY);
            Scene scene = ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).scene());
            ui.select(ui.find(ToolItem.class, item -> "NEW".equals(String.valueOf(item.getData("org.hyperedge.ui.topology.action"))),
                    "the New action"));
            Shell ask = ui.shell("New Composite Service");
            ui.type(ui.find(Text.class, text -> text.getShell() == ask && text.getEditable(), "the name field"), "Plant");
            ui.click(ui.find(Button.class, button -> button.getShell() == ask && "OK".equals(button.getText()), "OK"));
            ui.waitUntil("the new composite open", () -> ui.onUi(() -> scene.composite() != null));

            Tree palette = ui.byData(Tree.class, PalettePanel.TREE_KEY);
            ui.waitUntil("the palette lists the catalog", () -> ui.onUi(() -> palette.getItemCount() > 0));
            Point from = ui.onUi(() -> {
                TreeItem type = palette.getItem(0).getItem(0);
                Rectangle bounds = type.getBounds();
                return palette.toDisplay(bounds.x + 10, bounds.y + bounds.height / 2);
            });
            ui.clickAt(from.x, from.y);
            Point drop = ui.onDisplay(canvas, 200, 120);
            ui.dragAndDrop(from.x, from.y, drop.x, drop.y);
            ui.waitUntil("the service dropped on the canvas", () -> ui.onUi(() -> scene.composite().getNodes().size() == 1));
            ServiceNode dropped = ui.onUi(() -> scene.composite().getNodes().get(0));
            assertEquals(200, ui.onUi(() -> scene.viewport().toScreenX(dropped.getX() + NodeFigure.WIDTH / 2)), 2.0,
                    "the box is centred where the mouse let go");
            title = ui.onUi(() -> scene.composite().getNodes().get(0).getTitle());

            ui.menu(console.window(), "File", "Quit");
            Shell prompt = ui.shell("Save Parts");
            ui.click(ui.find(Button.class, button -> button.getShell() == prompt && "&Save".equals(button.getText()),
                    "the prompt's Save"));
            ui.waitUntilClosed(UiDriver.DEFAULT_TIMEOUT);
        } finally {
            console.close();
        }

        CompositeService saved = ModelResources.loadComposite(data.resolve("composites/plant.composite"));
        assertEquals(1, saved.getNodes().size(), "the service drawn before quitting was saved");
        assertEquals(List.of(title), saved.getNodes().stream().map(ServiceNode::getTitle).toList());
    }
}
