package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.cli.Main;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.Request;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportCodec.Page;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.properties.PropertiesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Instances, Properties and Nodes views are bound to the master's fleet model, the Catalog view to its catalog
 * model: a state a node reports, one a command line sets on the same data directory, a node's report or a new
 * placement on it, or a release another opener of the master imports, reaches the open views through the models'
 * notifications within two seconds, with no view reading the master on a timer and no one telling the console.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ModelBoundViewsTest {

    /** The bound for a change made elsewhere to show in the open console. */
    private static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(2);
    private static final int TITLE = 0;
    private static final int REQUESTED = 4;
    private static final int REPORTED = 5;
    private static final int URL = 8;
    private static final int NODE_LAST_REPORT = 2;
    private static final int NODE_PARTITIONS = 4;

    @TempDir
    Path temp;

    private Path data;
    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;
    private Table table;
    private Tree properties;
    private long ordersId;

    @BeforeEach
    void aConsoleShowingOneInstanceOnANodeInItsProperties() throws Exception {
        data = temp.resolve("data");
        console = ConsoleSession.start(data, temp.resolve("config/console.properties"), false);
        ui = console.driver();
        ui.waitUntil("the embedded master open", () -> (master = ui.onUi(
                () -> console.windowModel().getContext().get(EmbeddedMaster.class))) != null);
        // a node nobody answers for (the port is closed): what it reports is written as its sync would write it
        master.services().nodeLinks().adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:9", 4000, 8192, 10_000,
                Map.of(), 2, 20000, 10), "ab".repeat(32));
        ordersId = master.requests().request(Request.root("orders-db", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1"))).id();
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("orders-db listed, not reported yet", () -> cell(REPORTED).equals("pending") && cell(TITLE).equals("orders-db"));
        ui.onUi(() -> {
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
        properties = ui.byData(Tree.class, PropertiesPart.TREE_KEY);
        ui.waitUntil("the Properties view shows orders-db", () -> treeText().contains("orders-db"));
    }

    @AfterEach
    void close() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void aReportedStateReachesTheInstancesAndPropertiesViews() {
        ObjectNode started = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);
        started.putObject("connection").put("url", "jdbc:h2:tcp://127.0.0.1:20000/orders");

        master.services().reportIngest().ingest("edge-1", new Page("edge-1", 1,
                List.of(new ReportEvent(1, Instant.now(), ReportEvent.Kind.INSTANCE, "p000", ordersId, started))));

        ui.waitUntil("the Instances view shows orders-db started with its URL", FOLLOWS_WITHIN,
                () -> cell(REPORTED).equals("started") && cell(URL).equals("jdbc:h2:tcp://127.0.0.1:20000/orders"));
        ui.waitUntil("the Properties view shows its URL", FOLLOWS_WITHIN,
                () -> treeText().contains("jdbc:h2:tcp://127.0.0.1:20000/orders"));
        ui.screenshot("model-bound-views-reported-state");
    }

    @Test
    void aReportedStateIsSaidInItsRowWithoutTheTableBeingFilledAgain() {
        java.util.concurrent.atomic.AtomicInteger filled = new java.util.concurrent.atomic.AtomicInteger();
        ui.onUi(() -> table.addListener(SWT.SetData, event -> filled.incrementAndGet()));
        ObjectNode started = ReportCodec.JSON.createObjectNode().put("state", "started").put("healthy", true);

        master.services().reportIngest().ingest("edge-1", new Page("edge-1", 1,
                List.of(new ReportEvent(1, Instant.now(), ReportEvent.Kind.INSTANCE, "p000", ordersId, started))));

        ui.waitUntil("the Instances view shows orders-db started", FOLLOWS_WITHIN, () -> cell(REPORTED).equals("started"));
        assertEquals(0, filled.get(), "the same instances in the same order: the row is set in place, no row filled again");
    }

    @Test
    void aStateSetFromTheCommandLineOnTheSameDataDirectoryIsFollowed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(List.of("--data", data.toString(), "request", "builtin:h2-database", "orders-db", "--state",
                "stopped"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        ui.waitUntil("the Instances view shows orders-db asked to stop", FOLLOWS_WITHIN,
                () -> cell(REQUESTED).equals("stopped"));
        ui.waitUntil("the Properties view shows it asked to stop", FOLLOWS_WITHIN, () -> treeText().contains("stopped"));
    }

    @Test
    void aNodesReportAndAPlacementOnItReachTheNodesView() throws Exception {
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("edge-1 listed, never reported, one partition of two used", () -> nodeCell(nodes, 0).equals("edge-1")
                && nodeCell(nodes, NODE_LAST_REPORT).startsWith("never") && nodeCell(nodes, NODE_PARTITIONS).equals("1 / 2"));

        master.services().reportIngest().ingest("edge-1", new Page("edge-1", 0, List.of()));
        master.requests().request(Request.root("billing-db", "builtin:h2-database", "default",
                ReportCodec.JSON.createObjectNode()).withSla(Map.of("node", "edge-1")));

        ui.waitUntil("the Nodes view shows edge-1's report and both partitions used", FOLLOWS_WITHIN,
                () -> nodeCell(nodes, NODE_LAST_REPORT).contains(" s ago") && nodeCell(nodes, NODE_PARTITIONS).equals("2 / 2"));
        ui.waitUntil("and its site's line both partitions used", FOLLOWS_WITHIN,
                () -> ui.onUi(() -> nodes.getItem(0).getText(NODE_PARTITIONS)).equals("2 / 2"));
    }

    @Test
    void aReleaseImportedByAnotherOpenerOfTheMasterShowsInTheOpenCatalog() throws Exception {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the built-in catalog shown", () -> text(catalog).contains("builtin:h2-database"));

        try (Master other = Master.open(data)) {
            other.catalog().importRelease("ticker.json", """
                    { "id": "test:ticker", "name": "ticker", "version": "7", "requires": ["sleep"],
                      "types": { "default": { "description": "Sleeps.",
                        "processes": [ { "name": "idle", "command": ["sleep", "86400"] } ] } } }
                    """);
        }

        ui.waitUntil("the new release in the Catalog view", FOLLOWS_WITHIN, () -> text(catalog).contains("ticker 7"));
    }

    /** The cell of the first node's line (under the first site) in the Nodes view. */
    private String nodeCell(Tree nodes, int column) {
        return ui.onUi(() -> nodes.isDisposed() || nodes.getItemCount() == 0 || nodes.getItem(0).getItemCount() == 0 ? ""
                : nodes.getItem(0).getItem(0).getText(column));
    }

    /** The first row's cell of the column (the Instances view's columns, in their order). */
    private String cell(int column) {
        return ui.onUi(() -> table.isDisposed() || table.getItemCount() == 0 ? "" : table.getItem(0).getText(column));
    }

    private String treeText() {
        return text(properties);
    }

    private String text(Tree tree) {
        return ui.onUi(() -> {
            StringBuilder text = new StringBuilder();
            for (TreeItem item : tree.getItems()) {
                append(item, text);
            }
            return text.toString();
        });
    }

    private static void append(TreeItem item, StringBuilder text) {
        for (int c = 0; c < Math.max(1, item.getParent().getColumnCount()); c++) {
            text.append(item.getText(c)).append('\t');
        }
        text.append('\n');
        for (TreeItem child : item.getItems()) {
            append(child, text);
        }
    }
}
