package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rows' context menus on the real console with this machine's agent: an instance row's menu acts on the
 * selection as the Instances menu does, copies the row's URL and finds its node; a node row's lists its instances.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RowContextMenusTest {

    private static final Duration PROVISIONING = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private LocalNodeConsole local;
    private UiDriver ui;
    private EmbeddedMaster master;
    private Table table;

    @BeforeEach
    void aStartedDatabaseOnThisMachine() throws Exception {
        local = LocalNodeConsole.start(temp, PROVISIONING);
        ui = local.ui();
        master = local.master();
        master.requests().request(Request.root("menu-db", "builtin:h2-database", "default", new ObjectMapper().createObjectNode()));
        master.changed();
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("menu-db started with its URL", PROVISIONING, () -> ui.onUi(() -> table.getItemCount() == 1
                && table.getItem(0).getText(5).equals("started") && table.getItem(0).getText(8).startsWith("jdbc:h2:tcp://")));
    }

    @AfterEach
    void destroyEverythingAndClose() {
        local.close();
    }

    @Test
    void anInstanceRowsMenuCopiesItsUrlFindsItsNodeAndAsksBeforeStopping() {
        ui.onUi(() -> {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        Menu menu = ui.onUi(table::getMenu);
        assertNotNull(menu, "a context menu on the instance rows");
        assertEquals(List.of("Start…", "Stop…", "Destroy…", "Bang…", "", "Copy URL", "Open Log", "Show Node", "Show in Topology"),
                ui.onUi(() -> Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "")).toList()));
        ui.onUi(() -> menu.notifyListeners(SWT.Show, new Event()));
        assertTrue(ui.onUi(() -> Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
                .allMatch(item -> item.getImage() != null && item.getEnabled() != (item.getText().equals("&Start…")
                        || item.getText().equals("Show in &Topology")))),
                "every item with its icon, enabled on a placed row but Start (it is started already) and Show in Topology "
                        + "(it was not requested from a composite)");

        ui.select(item(menu, "Copy URL"));
        String expectedUrl = ui.onUi(() -> table.getItem(0).getText(8));
        ui.waitUntil("the URL on the clipboard", () -> expectedUrl.equals(clipboardText()));

        ui.select(item(menu, "Show Node"));
        String node = master.nodes().nodes().get(0).id();
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("the node's row selected in the Nodes view", () -> nodes.getSelectionCount() == 1
                && nodes.getSelection()[0].getData() instanceof NodeRow row && row.id().equals(node));

        ui.select(item(menu, "Stop…"));
        Shell confirm = ui.shell("Stop instances");
        assertTrue(ui.onUi(() -> labels(confirm)).contains("menu-db"), "the confirmation names the instance");
        ui.screenshot("context-menu-stop-confirmation");
        ui.select(ui.find(Button.class, button -> button.getShell() == confirm && "Cancel".equals(UiDriver.labelOf(button)),
                "the Cancel button"));
        ui.waitUntil("the confirmation closed", () -> confirm.isDisposed());
        assertEquals("started", master.instances().page(org.hyperedge.master.view.InstanceQuery.all(), 0, 10).get(0)
                .requestedState(), "cancelled: nothing asked of the master");
    }

    @Test
    void aNodeRowsMenuListsTheInstancesPlacedOnIt() {
        String node = master.nodes().nodes().get(0).id();
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("the node listed", () -> nodes.getItemCount() > 0 && nodes.getItem(0).getItemCount() > 0);
        ui.onUi(() -> {
            TreeItem row = nodes.getItem(0).getItem(0);
            nodes.setSelection(row);
            nodes.notifyListeners(SWT.Selection, new Event());
        });
        Menu menu = ui.onUi(nodes::getMenu);
        ui.onUi(() -> menu.notifyListeners(SWT.Show, new Event()));
        MenuItem showInstances = ui.onUi(() -> Arrays.stream(menu.getItems())
                .filter(item -> item.getData(NodesPart.SHOW_INSTANCES_KEY) != null).findFirst().orElseThrow());
        assertTrue(ui.onUi(showInstances::getEnabled));

        ui.select(showInstances);

        ui.waitUntil("the instances filtered to the node", () -> node.equals(
                ui.byData(org.eclipse.swt.widgets.Text.class, InstancesPart.FILTER_KEY).getText()));
        Label count = ui.byData(Label.class, InstancesPart.COUNT_KEY);
        ui.waitUntil("its one instance counted", () -> "1 instance".equals(count.getText()));
        assertFalse(ui.onUi(() -> table.isDisposed()));
    }

    private MenuItem item(Menu menu, String label) {
        return ui.onUi(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(menu.getItems()).filter(item -> label.equals(item.getText().replace("&", ""))).findFirst().orElseThrow();
        });
    }

    private String clipboardText() {
        return ui.onUi(() -> {
            Clipboard clipboard = new Clipboard(ui.display());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        });
    }

    private static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        collectLabels(shell, text);
        return text.toString();
    }

    private static void collectLabels(org.eclipse.swt.widgets.Control control, StringBuilder text) {
        if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                collectLabels(child, text);
            }
        }
    }
}
