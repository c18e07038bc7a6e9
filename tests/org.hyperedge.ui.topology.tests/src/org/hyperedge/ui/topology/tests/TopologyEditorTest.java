package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.topology.TopologyPart;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.panels.PalettePanel;
import org.hyperedge.ui.topology.panels.ProblemsPanel;
import org.hyperedge.ui.topology.view.LiveState;
import org.hyperedge.ui.topology.view.NodeFigure;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology editor on the real console, with this machine's agent adopted: an operator builds a
 * two-service composite on the canvas with the mouse and keys, links the database's URL to the web page,
 * is refused an incompatible link, saves, reopens, requests it, and watches both services start on the canvas.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TopologyEditorTest {

    private static final Duration PROVISIONING = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private LocalNodeConsole local;
    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;
    private Path data;

    @BeforeEach
    void consoleWithThisMachineAdopted() {
        local = LocalNodeConsole.start(temp, PROVISIONING);
        console = local.console();
        ui = local.ui();
        master = local.master();
        data = local.data();
    }

    @AfterEach
    void destroyEverythingAndClose() {
        local.close();
    }

    @Test
    void aCompositeDrawnWithTheMouseIsSavedReopenedRequestedAndWatchedLive() {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Canvas canvas = ui.byData(Canvas.class, TopologyCanvas.CANVAS_KEY);
        ui.waitUntil("the canvas showing", canvas::isVisible);
        TopologyCanvas editor = ui.onUi(() -> (TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY));
        Scene scene = editor.scene();

        // given a new composite named by the operator
        ui.select(action("NEW"));
        Shell ask = ui.shell("New Composite Service");
        ui.type(ui.find(Text.class, text -> text.getShell() == ask, "the name field"), "Shop Front");
        press(ask, "OK");
        ui.waitUntil("the new composite open", () -> ui.onUi(() -> scene.composite() != null && "Shop Front".equals(scene.composite().getName())));
        assertTrue(Files.isRegularFile(data.resolve("composites/shop-front.composite")));

        // when two releases are taken from the palette (selected, then Add to Canvas) and dragged apart
        // (the palette's drag and drop is UnsavedDrawingTest's)
        Tree palette = ui.byData(Tree.class, PalettePanel.TREE_KEY);
        ui.waitUntil("the palette lists the catalog", () -> PaletteClicks.typeItem(ui, palette, "H2") != null && PaletteClicks.typeItem(ui, palette, "Static") != null);
        PaletteClicks.addFromPalette(ui, palette, "H2");
        ui.waitUntil("the database on the canvas", () -> nodes(scene) == 1);
        ServiceNode database = ui.onUi(() -> scene.composite().getNodes().get(0));
        dragBox(canvas, scene, database, -150, -40);
        PaletteClicks.addFromPalette(ui, palette, "Static");
        ui.waitUntil("the web page on the canvas", () -> nodes(scene) == 2);
        ServiceNode web = ui.onUi(() -> scene.composite().getNodes().get(1));
        dragBox(canvas, scene, web, 150, 0);
        ui.waitUntil("both boxes apart", () -> ui.onUi(() -> web.getX() - database.getX()) > NodeFigure.WIDTH + 20);
        assertEquals("builtin:h2-database", database.getReleaseId());
        assertEquals("builtin:static-web", web.getReleaseId());

        // and the database's url is linked to the page's database-url
        dragPort(canvas, scene, database, "url", true, web, "database-url");
        ui.waitUntil("the link drawn", () -> ui.onUi(() -> scene.composite().getLinks().size()) == 1);
        assertEquals("Linked h2-database.url → static-web.database-url", message());

        // then an incompatible link is refused with the reason, and nothing is added
        dragPort(canvas, scene, web, "url", true, database, "web-console");
        ui.waitUntil("the refusal shown", () -> message().startsWith("Link refused:"));
        assertTrue(message().contains("web-console") && message().contains("boolean"), message());
        assertEquals(1, ui.onUi(() -> scene.composite().getLinks().size()));

        // undo and redo with the keyboard
        Shell window = ui.onUi(() -> canvas.getShell());
        ui.onUi(() -> canvas.setFocus());
        ui.shortcut(window, SWT.MOD1, 'z');
        ui.waitUntil("the link undone", () -> ui.onUi(() -> scene.composite().getLinks().isEmpty()));
        ui.shortcut(window, SWT.MOD1, 'y');
        ui.waitUntil("the link redone", () -> ui.onUi(() -> scene.composite().getLinks().size()) == 1);

        // a parameter set wrong in the properties' form is marked on the canvas, and undone from the canvas
        Point header = ui.onUi(() -> canvas.toDisplay(scene.viewport().toScreenX(scene.figure(database).x() + 60),
                scene.viewport().toScreenY(scene.figure(database).y() + 10)));
        ui.clickAt(header.x, header.y);
        ui.waitUntil("the database's form in the properties", () -> ui.onUi(() -> part().properties() != null
                && part().properties().form() != null));
        Text name = ui.onUi(() -> (Text) part().properties().form().fieldControl("database"));
        ui.onUi(() -> name.selectAll());
        ui.type(name, "Bad Name");
        Table problems = ui.byData(Table.class, ProblemsPanel.TABLE_KEY);
        ui.waitUntil("the wrong name listed as a problem of h2-database", () -> ui.onUi(() -> problems.getItemCount() == 1
                && problems.getItem(0).getText(0).equals("invalid parameter") && problems.getItem(0).getText(1).equals("h2-database")));
        assertEquals(1, ui.onUi(() -> scene.markers().ofNode("h2-database").size()), "the box carries the marker");
        ui.screenshot("topology-validation-marker");
        ui.onUi(() -> canvas.setFocus());
        ui.shortcut(window, SWT.MOD1, 'z');
        ui.waitUntil("the parameter undone and no problem left", () -> ui.onUi(() -> problems.getItemCount() == 0
                && database.getParameters().isEmpty()));

        // a rubber band over both boxes selects both
        Point bandFrom = ui.onDisplay(canvas, 20, 20);
        Point bandTo = ui.onDisplay(canvas, ui.onUi(() -> canvas.getClientArea().width) - 20, 400);
        ui.drag(bandFrom.x, bandFrom.y, bandTo.x, bandTo.y);
        ui.waitUntil("both services selected", () -> ui.onUi(() -> scene.selectedNodes().size()) == 2);
        ui.waitUntil("no problem listed", () -> ui.onUi(problems::getItemCount) == 0);
        ui.screenshot("topology-designed");

        ui.shortcut(window, SWT.MOD1, 's');
        ui.waitUntil("saved", () -> ui.onUi(() -> !part().document().isDirty()));

        // reopened from the workspace through the Open dialog
        ui.select(action("OPEN"));
        Shell open = ui.shell("Open Composite Service");
        org.eclipse.swt.widgets.List choices = ui.find(org.eclipse.swt.widgets.List.class, list -> list.getShell() == open, "the choices");
        assertEquals(List.of("shop-front", "factory-in-a-box  (example)", "web-and-database  (example)"),
                ui.onUi(() -> List.of(choices.getItems())));
        press(open, "Open");
        ui.waitUntil("the composite reopened", () -> ui.onUi(() -> scene.composite() != null && scene.composite() != database.eContainer()));
        assertNotSame(database.eContainer(), ui.onUi(() -> (Object) scene.composite()));
        assertEquals(List.of("h2-database", "static-web"), ui.onUi(() -> scene.composite().getNodes().stream().map(ServiceNode::getTitle).toList()));
        assertEquals("database-url", ui.onUi(() -> scene.composite().getLinks().get(0).getParameter()));

        // a dry run shows on each box where it would go, and orders nothing
        ui.select(action("DRY_RUN"));
        ui.waitUntil("the dry run's placement on both boxes", () -> ui.onUi(() -> scene.preview().size() == 2
                && scene.preview().values().stream().allMatch(text -> text.startsWith("would go to ") && text.contains("partitions free"))));
        assertTrue(message().startsWith("Dry run: 2 of 2 services would be placed now"), message());
        assertTrue(master.instances().page(InstanceQuery.all(), 0, 10).isEmpty(), "a dry run orders nothing");
        ui.screenshot("topology-dry-run");

        // when it is requested as one tree
        ui.select(action("REQUEST"));
        Shell request = ui.shell("Request Composite Service");
        Text treeName = ui.find(Text.class, text -> text.getShell() == request && text.getEditable(), "the tree name");
        assertEquals("shop-front", ui.onUi(() -> treeName.getText()));
        press(request, "Request");

        // then the canvas shows both services started, the database's URL, and the page serving it
        ui.waitUntil("both services started on the canvas", PROVISIONING, () -> ui.onUi(() -> {
            LiveState db = scene.live().get("h2-database");
            LiveState page = scene.live().get("static-web");
            return db != null && page != null && db.good() && page.good() && db.url() != null && page.url() != null;
        }));
        LiveState db = ui.onUi(() -> scene.live().get("h2-database"));
        assertTrue(db.url().startsWith("jdbc:h2:tcp://"), db.url());
        assertTrue(ui.onUi(() -> scene.live().get("static-web").summary()).startsWith("started"));
        ui.screenshot("topology-live");
    }

    private TopologyPart part() {
        return ui.onUi(() -> (TopologyPart) ((org.eclipse.e4.ui.model.application.ui.basic.MPart) console.windowModel()
                .getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class).find("org.hyperedge.ui.part.topology",
                        console.windowModel())).getObject());
    }

    private ToolItem action(String name) {
        return ui.find(ToolItem.class, item -> item.getData("org.hyperedge.ui.topology.action") != null
                && name.equals(item.getData("org.hyperedge.ui.topology.action").toString()), "the " + name + " action");
    }

    private void press(Shell dialog, String label) {
        ui.click(ui.find(org.eclipse.swt.widgets.Button.class, button -> button.getShell() == dialog && label.equals(button.getText()),
                "the " + label + " button"));
    }

    private String message() {
        return ui.onUi(() -> ui.byData(Label.class, TopologyPart.MESSAGE_KEY).getText());
    }

    private int nodes(Scene scene) {
        return ui.onUi(() -> scene.composite().getNodes().size());
    }

    /** Drags a box by its header. */
    private void dragBox(Canvas canvas, Scene scene, ServiceNode node, int dx, int dy) {
        Point grip = ui.onUi(() -> {
            NodeFigure f = scene.figure(node);
            return canvas.toDisplay(scene.viewport().toScreenX(f.x() + 60), scene.viewport().toScreenY(f.y() + 10));
        });
        ui.drag(grip.x, grip.y, grip.x + dx, grip.y + dy);
    }

    /** Drags from a service's connection parameter port (on the right edge) to another's parameter port (left edge). */
    private void dragPort(Canvas canvas, Scene scene, ServiceNode from, String connection, boolean fromOut, ServiceNode to, String parameter) {
        Point start = ui.onUi(() -> {
            NodeFigure f = scene.figure(from);
            return canvas.toDisplay(scene.viewport().toScreenX(f.right()), scene.viewport().toScreenY(f.outputY(connection)));
        });
        Point end = ui.onUi(() -> {
            NodeFigure t = scene.figure(to);
            return canvas.toDisplay(scene.viewport().toScreenX(t.x()), scene.viewport().toScreenY(t.inputY(parameter)));
        });
        ui.drag(start.x, start.y, end.x, end.y);
    }
}
