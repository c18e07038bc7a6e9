package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.properties.PropertiesPart;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.about.AboutDialog;
import org.hyperedge.ui.admin.MonitoringPart;
import org.hyperedge.ui.admin.TicketsPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.parts.StatusLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real console application: its window, menus, perspectives, About dialog and preferences. */
@ExtendWith(ScreenshotOnFailure.class)
class ConsoleWindowTest {

    @TempDir
    Path temp;

    private Path dataDirectory;
    private Path preferencesFile;
    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void startConsole() {
        dataDirectory = temp.resolve("data");
        preferencesFile = temp.resolve("config/console.properties");
        console = ConsoleSession.start(dataDirectory, preferencesFile);
        ui = console.driver();
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void mainWindowIsTitledHyperEdgeWithItsMenus() {
        Shell window = console.window();

        List<String> menus = ui.onUi(() -> Arrays.stream(window.getMenuBar().getItems()).map(UiDriver::labelOf).toList());

        assertEquals("HyperEdge", ui.onUi(window::getText));
        assertTrue(ui.onUi(window::isVisible));
        assertEquals(List.of("File", "Edit", "Instances", "Nodes", "Window", "Help"), menus);
    }

    @Test
    void operatePerspectiveShowsNodesInstancesPropertiesAndLog() {
        Table instances = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        Tree properties = ui.byData(Tree.class, PropertiesPart.TREE_KEY);

        ui.waitUntil("the Operate views showing", () -> instances.isVisible() && nodes.isVisible() && properties.isVisible());
        Label count = ui.byData(Label.class, InstancesPart.COUNT_KEY);
        ui.waitUntil("an empty store counted as such", () -> "0 instances".equals(count.getText()));
        Label status = ui.byData(Label.class, StatusLine.MASTER_KEY);
        ui.waitUntil("the embedded master to open with the built-in catalog",
                () -> status.getText().startsWith("Embedded master · 12 releases in the catalog · 0 instances"));
        assertTrue(ui.onUi(status::getText).endsWith("data: " + dataDirectory));
        assertTrue(Files.exists(dataDirectory.resolve("master.mv.db")), "the master is a real H2 file in the data directory");
        ui.screenshot("console-operate");
    }

    @Test
    void perspectiveButtonsSwitchBetweenDesignOperateAndAdmin() {
        ToolItem design = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design");
        ToolItem admin = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.admin");

        ui.select(design);
        assertCatalogShowsTheBuiltInReleases();
        assertTopologyEditorShowing();
        ui.screenshot("console-design");

        ui.select(admin);
        assertVisibleAdminView(MonitoringPart.NODES_KEY);
        assertVisibleAdminView(TicketsPart.TABLE_KEY);
        ui.screenshot("console-admin");
    }

    @Test
    void windowMenuSwitchesPerspectiveAndTheButtonsFollow() {
        ToolItem design = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design");

        ui.menu(console.window(), "Window", "Design");

        assertCatalogShowsTheBuiltInReleases();
        ui.waitUntil("the Design button to be selected", design::getSelection);
    }

    @Test
    void keyboardShortcutsSwitchPerspectives() {
        ToolItem admin = ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.admin");

        ui.shortcut(console.window(), SWT.MOD1, '3');

        assertVisibleAdminView(MonitoringPart.NODES_KEY);
        ui.waitUntil("the Admin button to be selected", admin::getSelection);
    }

    @Test
    void aboutDialogShowsProductPlatformJavaAndDataDirectory() {
        ui.menu(console.window(), "Help", "About HyperEdge");

        Table facts = ui.byData(Table.class, AboutDialog.TABLE_KEY);
        List<String> rows = ui.onUi(() -> Arrays.stream(facts.getItems()).map(row -> row.getText(0) + "=" + row.getText(1)).toList());
        ui.screenshot("console-about");

        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Product=HyperEdge Console 0.1.0")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Platform=Eclipse RCP (e4 workbench 1.")), rows::toString);
        assertTrue(rows.contains("Data directory=" + dataDirectory), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Java=" + System.getProperty("java.version"))), rows::toString);
        ui.select(ui.byLabel(Button.class, "Close"));
        ui.waitUntil("the About dialog to close", () -> ui.findNow(Shell.class, s -> "About HyperEdge".equals(s.getText())) == null);
    }

    @Test
    void preferencePageSavesTheDataDirectoryForTheNextStart() throws Exception {
        Path chosen = Files.createDirectories(temp.resolve("elsewhere"));
        ui.menu(console.window(), "File", "Preferences...");
        Shell preferences = ui.shell("Preferences");
        Text directory = ui.find(Text.class, t -> t.getShell() == preferences && t.isVisible() && t.getEditable(),
                "the data directory field");

        ui.type(directory, chosen.toString());
        ui.waitUntil("the typed directory", () -> chosen.toString().equals(directory.getText()));
        ui.screenshot("console-preferences");
        ui.select(ui.find(Button.class, b -> b.getShell() == preferences && "Apply and Close".equals(UiDriver.labelOf(b)), "Apply and Close"));

        ui.waitUntil("the preferences to be saved", () -> Files.exists(preferencesFile));
        assertEquals(chosen.toString(), ConsolePreferences.load(preferencesFile).dataDirectory().orElseThrow());
    }

    private void assertCatalogShowsTheBuiltInReleases() {
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the catalog listing the twelve built-in releases", () -> catalog.isVisible() && catalog.getItemCount() == 12);
        java.util.List<String> names = ui.onUi(() -> java.util.Arrays.stream(catalog.getItems()).map(TreeItem::getText).toList());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("HTTP cache (CDN edge)"))
                && names.stream().anyMatch(n -> n.startsWith("HAProxy load balancer"))
                && names.stream().anyMatch(n -> n.startsWith("H2 database server")), names::toString);
    }

    private void assertVisibleAdminView(String tableKey) {
        Table table = ui.byData(Table.class, tableKey);
        ui.waitUntil("the Admin view with " + tableKey + " to be showing", table::isVisible);
    }

    private void assertTopologyEditorShowing() {
        org.eclipse.swt.widgets.Canvas canvas = ui.byData(org.eclipse.swt.widgets.Canvas.class, "org.hyperedge.ui.topology.canvas");
        ui.waitUntil("the topology editor's canvas to be showing", canvas::isVisible);
        Label name = ui.byData(Label.class, "org.hyperedge.ui.topology.name");
        assertEquals("no composite open", ui.onUi(name::getText));
    }

}
