package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.model.resource.ModelResources;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.topology.TopologyPart;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.commands.TopologyCommands;
import org.hyperedge.ui.topology.panels.PalettePanel;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology editor's e4 commands on the real console with factory in a box open (six services): executed
 * through the workbench's command and handler services, and pressed as real keys on the window; Save follows
 * the editor's dirty state as in the Eclipse IDE.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TopologyCommandsTest {

    private static final List<String> FACTORY = List.of("broker", "records", "historian", "dashboard", "edge", "collector");

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;
    private Shell window;
    private Canvas canvas;
    private Scene scene;
    private MPart editor;

    @BeforeEach
    void factoryInABoxOpen() {
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        ui = console.driver();
        window = console.window();
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        canvas = ui.byData(Canvas.class, TopologyCanvas.CANVAS_KEY);
        scene = ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).scene());
        editor = ui.onUi(() -> (MPart) context().get(EModelService.class).find(TopologyCommands.PART, console.windowModel()));
        ui.select(ui.find(ToolItem.class, item -> "OPEN".equals(String.valueOf(item.getData("org.hyperedge.ui.topology.action"))),
                "the Open action"));
        Shell open = ui.shell("Open Composite Service");
        org.eclipse.swt.widgets.List choices = ui.find(org.eclipse.swt.widgets.List.class, list -> list.getShell() == open, "the choices");
        ui.onUi(() -> choices.select(0));
        ui.click(ui.find(Button.class, button -> button.getShell() == open && "Open".equals(button.getText()), "Open"));
        ui.waitUntil("factory in a box open", () -> ui.onUi(() -> scene.composite() != null
                && "factory in a box".equals(scene.composite().getName())));
        ui.waitUntil("the catalog read for the boxes", () -> ui.onUi(() -> !scene.catalog().releases().isEmpty()));
        ui.onUi(() -> {
            context().get(EPartService.class).activate(editor);
            canvas.setFocus();
        });
        ui.waitUntil("the canvas focused in the active editor", () -> ui.onUi(() -> canvas.isFocusControl()
                && context().get(EPartService.class).getActivePart() == editor));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void theCommandsExecutedThroughTheHandlerServiceEditAndSaveTheComposite() {
        assertFalse(canExecute(TopologyCommands.SAVE), "nothing to save in a composite just opened");
        assertFalse(canExecute(TopologyCommands.UNDO));
        assertFalse(canExecute(TopologyCommands.PASTE), "nothing copied yet");

        execute(TopologyCommands.SELECT_ALL);
        assertEquals(6, ui.onUi(() -> scene.selectedNodes().size()));
        execute(TopologyCommands.COPY);
        execute(TopologyCommands.PASTE);
        assertEquals(12, nodes().size(), "the six services pasted beside the originals");
        assertTrue(canExecute(TopologyCommands.SAVE), "dirty: Save enabled");
        assertTrue(ui.onUi(editor::isDirty));

        execute(TopologyCommands.UNDO);
        assertEquals(FACTORY, nodes());
        assertFalse(canExecute(TopologyCommands.SAVE), "undone back to the saved state: nothing to save");
        execute(TopologyCommands.REDO);
        assertEquals(12, nodes().size());
        execute(TopologyCommands.UNDO);

        select("historian");
        execute(TopologyCommands.DELETE);
        assertEquals(List.of("broker", "records", "dashboard", "edge", "collector"), nodes());
        assertTrue(ui.onUi(() -> scene.composite().getLinks().stream().noneMatch(link -> link.getSource().getTitle().equals("historian")
                || link.getTarget().getTitle().equals("historian"))), "its links go with it");
        select("dashboard");
        execute(TopologyCommands.CUT);
        assertEquals(List.of("broker", "records", "edge", "collector"), nodes());
        execute(TopologyCommands.PASTE);
        assertEquals(List.of("broker", "records", "edge", "collector", "dashboard"), nodes());

        // a service dragged far off is put back in its column by the layout, as one undoable step
        ServiceNode broker = node("broker");
        ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).edits().move(Map.of(broker, new int[] { 5000, 5000 })));
        execute(TopologyCommands.LAYOUT);
        assertTrue(ui.onUi(() -> broker.getX() < 5000 && broker.getY() < 5000), "laid out");
        assertEquals("Layout", ui.onUi(() -> part().document().undoLabel()));

        assertTrue(canExecute(TopologyCommands.SAVE));
        execute(TopologyCommands.SAVE);
        assertFalse(ui.onUi(editor::isDirty));
        assertFalse(canExecute(TopologyCommands.SAVE), "saved: Save disabled again");
        CompositeService saved = ModelResources.loadComposite(temp.resolve("data/composites/factory-in-a-box.composite"));
        assertEquals(List.of("broker", "records", "edge", "collector", "dashboard"), saved.getNodes().stream().map(ServiceNode::getTitle).toList());
    }

    @Test
    void theEditingKeysOnTheCanvasAreTheCommandsBindings() {
        ui.shortcut(window, SWT.MOD1, 'a');
        ui.waitUntil("all selected (Ctrl+A)", () -> ui.onUi(() -> scene.selectedNodes().size()) == 6);
        ui.shortcut(window, SWT.MOD1, 'c');
        ui.shortcut(window, SWT.MOD1, 'v');
        ui.waitUntil("pasted (Ctrl+C, Ctrl+V)", () -> nodes().size() == 12);
        ui.waitUntil("the editor dirty", () -> ui.onUi(editor::isDirty));
        ui.shortcut(window, SWT.MOD1, 'z');
        ui.waitUntil("undone (Ctrl+Z)", () -> nodes().size() == 6);
        ui.shortcut(window, SWT.MOD1 | SWT.SHIFT, 'z');
        ui.waitUntil("redone (Ctrl+Shift+Z)", () -> nodes().size() == 12);
        ui.shortcut(window, SWT.MOD1, 'z');
        ui.waitUntil("undone again", () -> nodes().size() == 6);
        ui.shortcut(window, SWT.MOD1, 'y');
        ui.waitUntil("redone (Ctrl+Y)", () -> nodes().size() == 12);
        ui.shortcut(window, SWT.MOD1, 'z');
        ui.waitUntil("undone once more", () -> nodes().equals(FACTORY));

        select("historian");
        ui.press(window, SWT.DEL);
        ui.waitUntil("deleted (Delete)", () -> nodes().equals(List.of("broker", "records", "dashboard", "edge", "collector")));
        select("records");
        ui.press(window, SWT.BS);
        ui.waitUntil("deleted (Backspace)", () -> nodes().equals(List.of("broker", "dashboard", "edge", "collector")));
        select("dashboard");
        ui.shortcut(window, SWT.MOD1, 'x');
        ui.waitUntil("cut (Ctrl+X)", () -> nodes().equals(List.of("broker", "edge", "collector")));
        ui.shortcut(window, SWT.MOD1, 'v');
        ui.waitUntil("pasted back (Ctrl+V)", () -> nodes().equals(List.of("broker", "edge", "collector", "dashboard")));

        ServiceNode broker = node("broker");
        ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).edits().move(Map.of(broker, new int[] { 5000, 5000 })));
        ui.shortcut(window, SWT.MOD1, 'l');
        ui.waitUntil("laid out (Ctrl+L)", () -> ui.onUi(() -> broker.getX() < 5000 && "Layout".equals(part().document().undoLabel())));

        ui.shortcut(window, SWT.MOD1, 's');
        ui.waitUntil("saved (Ctrl+S)", () -> !ui.onUi(editor::isDirty));
        CompositeService saved = ModelResources.loadComposite(temp.resolve("data/composites/factory-in-a-box.composite"));
        assertEquals(List.of("broker", "edge", "collector", "dashboard"), saved.getNodes().stream().map(ServiceNode::getTitle).toList());
    }

    @Test
    void aTextFieldOfTheEditorKeepsItsOwnKeys() {
        Text filter = ui.byData(Text.class, PalettePanel.FILTER_KEY);
        ui.type(filter, "h2x");
        ui.waitUntil("typed in the palette's filter", () -> ui.onUi(() -> filter.getText()).equals("h2x"));
        ui.press(window, SWT.BS);
        ui.waitUntil("Backspace erased a character of the field", () -> ui.onUi(() -> filter.getText()).equals("h2"));
        ui.onUi(() -> filter.selectAll());
        ui.shortcut(window, SWT.MOD1, 'x');
        ui.waitUntil("Ctrl+X cut the field's text", () -> ui.onUi(() -> filter.getText()).isEmpty());
        assertEquals(FACTORY, nodes(), "no service deleted or cut by the field's keys");
        assertFalse(ui.onUi(editor::isDirty));
    }

    private IEclipseContext context() {
        return console.windowModel().getContext();
    }

    private ParameterizedCommand command(String id) {
        return ui.onUi(() -> context().get(ECommandService.class).createCommand(id, null));
    }

    private boolean canExecute(String id) {
        ParameterizedCommand command = command(id);
        return ui.onUi(() -> context().get(EHandlerService.class).canExecute(command));
    }

    private void execute(String id) {
        ParameterizedCommand command = command(id);
        ui.onUi(() -> {
            assertTrue(context().get(EHandlerService.class).canExecute(command), id + " enabled");
            context().get(EHandlerService.class).executeHandler(command);
        });
    }

    private TopologyPart part() {
        return (TopologyPart) editor.getObject();
    }

    private List<String> nodes() {
        return ui.onUi(() -> scene.composite().getNodes().stream().map(ServiceNode::getTitle).toList());
    }

    private ServiceNode node(String title) {
        return ui.onUi(() -> scene.composite().getNodes().stream().filter(n -> n.getTitle().equals(title)).findFirst().orElseThrow());
    }

    private void select(String title) {
        ServiceNode node = node(title);
        ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).select(List.of(node)));
    }
}
