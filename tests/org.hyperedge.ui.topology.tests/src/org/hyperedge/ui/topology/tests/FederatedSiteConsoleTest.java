package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.model.Entry;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.topology.TopologyPart;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.panels.PalettePanel;
import org.hyperedge.ui.topology.panels.PropertiesPanel;
import org.hyperedge.ui.topology.view.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 2, in the console: a master (B, with a real agent of two partitions) federated by the console's
 * master shows in the Nodes view as a federated site, with the globe, its link, what it told of its nodes and
 * partitions and its catalog, release by release; in the topology editor a service is placed on it from its
 * Placement list, and the dry run puts it there. Real SWT under Xvfb, real masters over mutual TLS on loopback.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FederatedSiteConsoleTest {

    /** The Nodes view's tree (NodesPart.TREE_KEY). */
    private static final String NODES_TREE = "org.hyperedge.ui.nodes.tree";
    private static final int MODE = 1;
    private static final int PARTITIONS = 4;
    private static final int RELEASES = 10;
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private FederatedMaster b;
    private ConsoleSession console;
    private UiDriver ui;
    private Path data;

    @BeforeEach
    void aConsoleWhoseMasterFederatedB() throws Exception {
        // B's agent's partition users enter its data directory through this one
        java.nio.file.Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        b = FederatedMaster.start(temp.resolve("b"));
        data = temp.resolve("data");
        b.federatedBy(data, "B");
        console = ConsoleSession.start(data, temp.resolve("config/console.properties"), false);
        ui = console.driver();
        ui.waitUntil("the embedded master open", () -> ui.onUi(
                () -> console.windowModel().getContext().get(EmbeddedMaster.class)) != null);
    }

    @AfterEach
    void close() throws Exception {
        if (console != null) {
            console.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void theFederatedSiteShowsInTheNodesViewAndAServiceIsPlacedOnItInTheTopologyEditor() throws Exception {
        // when: the operator looks at the Nodes view
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        Tree nodes = ui.byData(Tree.class, NODES_TREE);

        // then: B is a federated site with the globe, one node's two partitions free and its catalog as child rows
        int releasesOfB = b.master.catalog().list().size();
        ui.waitUntil("B's summary in the Nodes view", TOLD_WITHIN, () -> siteRow(nodes) != null
                && ui.onUi(() -> siteRow(nodes).getItem(0).getText(RELEASES)).startsWith("1 node, 2/2 partitions free, "
                        + releasesOfB + " releases in its catalog (told "));
        TreeItem site = siteRow(nodes);
        TreeItem node = ui.onUi(() -> site.getItem(0));
        assertEquals("B (federated)", ui.onUi(() -> site.getText(0)));
        assertEquals("0 / 2", ui.onUi(() -> site.getText(PARTITIONS)));
        assertEquals("federated", ui.onUi(() -> node.getText(MODE)));
        org.eclipse.swt.widgets.Label line = ui.find(org.eclipse.swt.widgets.Label.class,
                label -> label.getText().contains("federated B:"), "the Nodes view's summary line");
        assertEquals("0 nodes in 0 sites · federated B: 1 node, 2/2 free, " + releasesOfB + " releases",
                ui.onUi(() -> line.getText()));
        assertEquals("0 / 2", ui.onUi(() -> node.getText(PARTITIONS)));
        assertTrue(ui.onUi(() -> site.getImage() == ConsoleIcons.image(nodes.getDisplay(), ConsoleIcons.FEDERATED_SITE)),
                "the federated site's row has the globe");
        List<String> offered = ui.onUi(() -> java.util.Arrays.stream(node.getItems()).map(i -> i.getText(0)).toList());
        assertEquals(releasesOfB, offered.size(), offered.toString());
        assertTrue(offered.contains("h2-database"), offered.toString());
        ui.onUi(() -> {
            node.setExpanded(true);
            nodes.showItem(node);
        });
        ui.screenshot("nodes-federated-site");

        // when: in the topology editor, a new composite's database is placed on B from its Placement list
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Canvas canvas = ui.byData(Canvas.class, TopologyCanvas.CANVAS_KEY);
        ui.waitUntil("the canvas showing", canvas::isVisible);
        Scene scene = ui.onUi(() -> ((TopologyCanvas) canvas.getData(TopologyCanvas.EDITOR_KEY)).scene());
        ui.select(action("NEW"));
        Shell ask = ui.shell("New Composite Service");
        ui.type(ui.find(Text.class, text -> text.getShell() == ask, "the name field"), "Shop");
        ui.click(ui.find(Button.class, button -> button.getShell() == ask && "OK".equals(button.getText()), "OK"));
        ui.waitUntil("the new composite open", () -> ui.onUi(() -> scene.composite() != null));
        Tree palette = ui.byData(Tree.class, PalettePanel.TREE_KEY);
        ui.waitUntil("the palette lists H2", () -> PaletteClicks.typeItem(ui, palette, "H2") != null);
        PaletteClicks.addFromPalette(ui, palette, "H2");
        ui.waitUntil("the database on the canvas", () -> ui.onUi(() -> scene.composite().getNodes().size()) == 1);
        ServiceNode database = ui.onUi(() -> scene.composite().getNodes().get(0));
        Combo placement = placementOf(canvas, scene, database);
        int onB = ui.onUi(() -> List.of(placement.getItems()).indexOf(List.of(placement.getItems()).stream()
                .filter(item -> item.startsWith("site B · federated master: ")).findFirst().orElse("")));
        assertTrue(onB > 0, ui.onUi(() -> List.of(placement.getItems())).toString());
        assertEquals("any node of this master", ui.onUi(() -> placement.getText()));
        ui.onUi(() -> {
            placement.select(onB);
            placement.notifyListeners(SWT.Selection, new Event());
        });

        // then: its SLA names site B, and the dry run puts it on B's node, ordering nothing
        ui.waitUntil("the database's SLA names site B", () -> ui.onUi(() -> database.getSla().stream()
                .anyMatch(e -> "site".equals(e.getKey()) && "B".equals(e.getValue()))));
        assertEquals(List.of("site=B"), ui.onUi(() -> database.getSla().stream().map(FederatedSiteConsoleTest::text)
                .toList()));
        ui.select(action("DRY_RUN"));
        ui.waitUntil("the dry run places it on B", () -> ui.onUi(() -> scene.preview().size() == 1
                && scene.preview().values().iterator().next().startsWith("would go to federated master B · it told 2/2 "
                        + "partitions free, ")));
        EmbeddedMaster master = ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class));
        assertTrue(master.instances().page(InstanceQuery.all(), 0, 10).isEmpty(), "a dry run orders nothing");
        ui.screenshot("topology-placed-on-federated-site");
    }

    /** The Nodes view's row of site B, or null while it is not shown. */
    private TreeItem siteRow(Tree nodes) {
        return ui.onUi(() -> {
            for (TreeItem item : nodes.getItems()) {
                if (item.getText(0).startsWith("B ") && item.getItemCount() > 0) {
                    return item;
                }
            }
            return null;
        });
    }

    /** Selects the service by its box's header and returns the Placement list the properties show for it. */
    private Combo placementOf(Canvas canvas, Scene scene, ServiceNode service) {
        Point header = ui.onUi(() -> canvas.toDisplay(scene.viewport().toScreenX(scene.figure(service).x() + 60),
                scene.viewport().toScreenY(scene.figure(service).y() + 10)));
        ui.clickAt(header.x, header.y);
        ui.waitUntil("the service's properties shown", () -> ui.onUi(() -> part().properties().node() == service));
        return ui.byData(Combo.class, PropertiesPanel.PLACEMENT_KEY);
    }

    private TopologyPart part() {
        return ui.onUi(() -> (TopologyPart) ((org.eclipse.e4.ui.model.application.ui.basic.MPart) console.windowModel()
                .getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class)
                .find("org.hyperedge.ui.part.topology", console.windowModel())).getObject());
    }

    private ToolItem action(String name) {
        return ui.find(ToolItem.class, item -> item.getData("org.hyperedge.ui.topology.action") != null
                && name.equals(item.getData("org.hyperedge.ui.topology.action").toString()), "the " + name + " action");
    }

    private static String text(Entry entry) {
        return entry.getKey() + "=" + entry.getValue();
    }
}
