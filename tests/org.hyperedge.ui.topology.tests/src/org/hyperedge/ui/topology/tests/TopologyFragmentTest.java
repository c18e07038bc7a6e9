package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.topology.TopologyPart;
import org.hyperedge.ui.topology.commands.TopologyCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology editor contributes itself: the console's Application.e4xmi names only the stack it goes in, and
 * the editor's part descriptor, commands, handlers, key bindings and menu items come from the topology bundle's
 * fragment.e4xmi into the running console's application model.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TopologyFragmentTest {

    private static final String TOPOLOGY_BUNDLE = "platform:/plugin/org.hyperedge.ui.topology";

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
    void theConsoleModelNoLongerNamesTheEditor() throws IOException {
        try (InputStream in = Platform.getBundle("org.hyperedge.ui").getEntry("Application.e4xmi").openStream()) {
            String model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(model.contains("TopologyPart"), "Application.e4xmi names TopologyPart");
            assertFalse(model.contains("bundleclass://org.hyperedge.ui.topology"), "Application.e4xmi names a class of the topology bundle");
            assertTrue(model.contains(TopologyCommands.EDITOR_STACK), "the stack the editor goes in stays the console's");
        }
    }

    @Test
    void theEditorItsCommandsHandlersAndKeysComeFromTheFragment() {
        MApplication application = ui.onUi(() -> console.windowModel().getContext().get(MApplication.class));

        MPartDescriptor descriptor = ui.onUi(() -> application.getDescriptors().stream()
                .filter(d -> TopologyCommands.PART.equals(d.getElementId())).findFirst().orElseThrow());
        assertEquals(TOPOLOGY_BUNDLE, descriptor.getContributorURI());
        assertEquals("bundleclass://org.hyperedge.ui.topology/" + TopologyPart.class.getName(), descriptor.getContributionURI());
        assertFalse(descriptor.isCloseable());

        // the editor is placed from the descriptor in the Design perspective's editor stack, as the operator knows it
        MPart editor = ui.onUi(() -> (MPart) console.windowModel().getContext().get(EModelService.class)
                .find(TopologyCommands.PART, console.windowModel()));
        assertNotNull(editor, "the topology editor in the window");
        assertEquals(TopologyCommands.EDITOR_STACK, ui.onUi(() -> editor.getParent().getElementId()));
        assertSame(editor, ui.onUi(() -> ((MPartStack) (Object) editor.getParent()).getSelectedElement()));
        assertEquals(descriptor.getContributionURI(), editor.getContributionURI());
        assertEquals("Topology", ui.onUi(editor::getLabel));

        Map<String, String> commandContributors = ui.onUi(() -> application.getCommands().stream()
                .collect(Collectors.toMap(MCommand::getElementId, c -> String.valueOf(c.getContributorURI()))));
        for (String id : List.of(TopologyCommands.SAVE, TopologyCommands.UNDO, TopologyCommands.REDO, TopologyCommands.CUT,
                TopologyCommands.PASTE, TopologyCommands.DELETE, TopologyCommands.SELECT_ALL, TopologyCommands.LAYOUT)) {
            assertEquals(TOPOLOGY_BUNDLE, commandContributors.get(id), id + " contributed by the topology bundle");
        }
        assertTrue(commandContributors.containsKey(TopologyCommands.COPY), "Copy stays the console's command");

        List<String> editorCommands = ui.onUi(() -> editor.getHandlers().stream().map(h -> h.getCommand().getElementId()).toList());
        assertEquals(List.of(TopologyCommands.UNDO, TopologyCommands.REDO, TopologyCommands.CUT, TopologyCommands.COPY,
                TopologyCommands.PASTE, TopologyCommands.DELETE, TopologyCommands.SELECT_ALL, TopologyCommands.LAYOUT), editorCommands,
                "the editor's handlers, from its descriptor");
        assertTrue(ui.onUi(() -> editor.getHandlers().stream().map(MHandler::getContributionURI)
                .allMatch(uri -> uri.startsWith("bundleclass://org.hyperedge.ui.topology/"))));
        assertTrue(ui.onUi(() -> application.getHandlers().stream().anyMatch(h -> h.getCommand().getElementId().equals(TopologyCommands.SAVE)
                && TOPOLOGY_BUNDLE.equals(h.getContributorURI()))), "Save is handled for whichever part is active");

        Map<String, String> canvasKeys = ui.onUi(() -> application.getBindingTables().stream()
                .filter(table -> TopologyCommands.CANVAS_CONTEXT.equals(table.getBindingContext().getElementId()))
                .map(MBindingTable::getBindings).flatMap(List::stream)
                .collect(Collectors.toMap(MKeyBinding::getKeySequence, b -> b.getCommand().getElementId())));
        assertEquals(Map.of("M1+Z", TopologyCommands.UNDO, "M1+Y", TopologyCommands.REDO, "M1+M2+Z", TopologyCommands.REDO,
                "M1+X", TopologyCommands.CUT, "M1+V", TopologyCommands.PASTE, "DEL", TopologyCommands.DELETE, "BS", TopologyCommands.DELETE,
                "M1+A", TopologyCommands.SELECT_ALL, "M1+L", TopologyCommands.LAYOUT), canvasKeys);
        assertTrue(ui.onUi(() -> application.getBindingTables().stream().flatMap(table -> table.getBindings().stream())
                .anyMatch(b -> "M1+S".equals(b.getKeySequence()) && TopologyCommands.SAVE.equals(b.getCommand().getElementId()))));
    }

    @Test
    void theFileAndEditMenusCarryTheEditorsCommands() {
        Shell window = console.window();
        assertEquals(List.of("Save", "", "Preferences...", "Site", "Back Up Master Now", "Restore Master from Backup...", "",
                "Quit"), labels(window, "File"));
        assertEquals(List.of("Undo", "Redo", "", "Cut", "Copy", "Paste", "Delete", "", "Select All", "", "Lay Out Services"),
                labels(window, "Edit"));
    }

    private List<String> labels(Shell window, String menu) {
        return ui.onUi(() -> {
            Menu bar = window.getMenuBar();
            MenuItem item = Arrays.stream(bar.getItems()).filter(i -> menu.equals(UiDriver.labelOf(i))).findFirst().orElseThrow();
            item.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            return Arrays.stream(item.getMenu().getItems()).map(UiDriver::labelOf).toList();
        });
    }
}
