package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.connector.Connector;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.forms.FormView;
import org.hyperedge.ui.instances.InstanceActions;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.log.LogPart;
import org.hyperedge.ui.nodes.AdoptNodeWizard;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.properties.PropertiesPart;
import org.hyperedge.ui.request.RequestDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Operate perspective on a real console with this machine's agent: instances reach started with their
 * URL in the table, the filter narrows it, two are stopped in bulk after a confirmation, Properties and
 * Log show the selection, and a second agent is adopted through the wizard.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OperateViewsTest {

    private static final Duration PROVISIONING = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private LocalNodeConsole local;
    private Path data;
    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;
    private Process secondAgent;
    private Path secondAgentData;

    @BeforeEach
    void consoleWithThisMachineAdopted() {
        local = LocalNodeConsole.start(temp, PROVISIONING);
        console = local.console();
        ui = local.ui();
        master = local.master();
        data = local.data();
    }

    @AfterEach
    void destroyEverythingAndClose() throws Exception {
        try {
            local.close();
        } finally {
            if (secondAgent != null) {
                secondAgent.destroy();
                secondAgent.waitFor();
                Wipe.tree(secondAgentData);
            }
        }
    }

    @Test
    void aDatabaseRequestedThroughTheDialogReachesStartedAndTwoAreStoppedInBulk() throws Exception {
        requestThroughTheCatalog("orders-db");
        request("billing-db");
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);

        ui.waitUntil("both databases started with their URL in the table", PROVISIONING,
                () -> rows(table).stream().filter(row -> row.contains("started") && row.contains("jdbc:h2:tcp://"))
                        .count() == 2);
        Text filter = ui.byData(Text.class, InstancesPart.FILTER_KEY);
        ui.onUi(() -> filter.setText("orders"));
        ui.waitUntil("the filter keeps orders-db only", () -> rows(table).size() == 1
                && rows(table).get(0).startsWith("orders-db"));
        Label count = ui.byData(Label.class, InstancesPart.COUNT_KEY);
        assertEquals("1 instance", ui.onUi(count::getText));
        assertTrue(rows(table).get(0).contains("\tbuiltin:h2-database (2.4.240)\t"), "the release with its version: " + rows(table));
        ui.selectRows(table, 0);
        ui.waitUntil("the Properties view shows orders-db and its promise", () -> treeText(ui.byData(Tree.class,
                PropertiesPart.TREE_KEY)).contains("orders-db") && treeText(ui.byData(Tree.class,
                        PropertiesPart.TREE_KEY)).contains("jdbc:h2:tcp://"));
        assertTrue(treeText(ui.byData(Tree.class, PropertiesPart.TREE_KEY)).contains("Last backup\tnone yet"),
                "an hourly backup not taken yet: " + treeText(ui.byData(Tree.class, PropertiesPart.TREE_KEY)));
        ui.waitUntil("the Log view tails the H2 server's output", PROVISIONING,
                () -> !ui.onUi(() -> ui.byData(org.eclipse.swt.custom.StyledText.class, LogPart.TEXT_KEY).getText()).isBlank());
        ui.screenshot("operate-instances-properties-log");

        ui.onUi(() -> filter.setText(""));
        ui.waitUntil("both rows back", () -> rows(table).size() == 2);
        ui.onUi(() -> {
            table.selectAll();
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        ToolItem stop = ui.find(ToolItem.class, item -> item.getData(InstanceActions.ACTION_KEY) == RequestedState.STOPPED,
                "the Stop tool item");
        ui.select(stop);
        Shell confirm = ui.shell("Stop instances");
        String question = ui.onUi(() -> labels(confirm));
        assertTrue(question.contains("Stop 2 instances?") && question.contains("orders-db")
                && question.contains("billing-db"), question);
        ui.screenshot("operate-bulk-stop-confirmation");
        ui.select(ui.find(Button.class, button -> button.getShell() == confirm && "OK".equals(UiDriver.labelOf(button)),
                "the OK button"));

        ui.waitUntil("both stopped on the node", PROVISIONING, () -> rows(table).stream()
                .filter(row -> row.contains("stopped\tstopped")).count() == 2);
        // Stop again on the stopped rows changes nothing: the console says so rather than ask
        ui.onUi(() -> {
            table.selectAll();
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        ui.select(stop);
        Shell nothing = ui.shell("Stop");
        String said = ui.onUi(() -> labels(nothing));
        assertTrue(said.contains("Nothing to stop: every selected instance is already stopped"), said);
        ui.select(ui.find(Button.class, button -> button.getShell() == nothing && "OK".equals(UiDriver.labelOf(button)),
                "the OK button"));
        org.eclipse.swt.widgets.TabFolder tabs = ui.onUi(() -> (org.eclipse.swt.widgets.TabFolder) table.getParent().getParent());
        ui.onUi(() -> {
            tabs.setSelection(1);
            tabs.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Tree trees = ui.onUi(() -> (Tree) tabs.getItem(1).getControl());
        ui.waitUntil("the two trees listed, stopped", () -> {
            String text = treeText(trees);
            return text.contains("orders-db") && text.contains("billing-db") && text.split("stopped", -1).length == 3;
        });
        ui.screenshot("operate-instance-trees");
    }

    /**
     * Fault 6 of issue 15: a web server whose port another program holds keeps exiting; the Properties view
     * says how its process last ended and shows its last lines of output.
     */
    @Test
    void aServiceWhosePortIsTakenShowsItsExitStatusAndLastOutputInTheProperties() throws Exception {
        String node = master.nodes().nodes().get(0).id();
        List<ServerSocket> taken = new ArrayList<>();
        try {
            Connector connector = ui.onUi(() -> console.windowModel().getContext().get(Connector.class));
            for (var partition : connector.nodeInfo(node).partitions()) {
                taken.add(new ServerSocket(partition.firstPort(), 50, java.net.InetAddress.getByName("127.0.0.1")));
            }
            master.requests().request(Request.root("taken-web", "builtin:static-web", "default",
                    new ObjectMapper().createObjectNode()));
            master.changed();
            ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
            Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
            ui.waitUntil("the web server listed", PROVISIONING, () -> rows(table).stream().anyMatch(r -> r.startsWith("taken-web")));
            ui.selectRows(table, 0);

            Tree properties = ui.byData(Tree.class, PropertiesPart.TREE_KEY);
            try {
                ui.waitUntil("the last exit with its status and output in the Properties view", PROVISIONING, () -> {
                    String text = treeText(properties);
                    return text.contains("Last exit of http") && text.contains("exit code 1")
                            && text.contains("Address already in use");
                });
            } catch (AssertionError e) {
                // whether the master had it (then the view did not show it) or not (then it never arrived)
                long id = master.instances().page(org.hyperedge.master.view.InstanceQuery.all(), 0, 10).get(0).id();
                throw new AssertionError(e.getMessage() + "\nthe master's exits of the instance: "
                        + master.services().processExits().latest(id)
                        + "\nthe Properties view:\n" + treeText(properties), e);
            }
            ui.screenshot("operate-properties-crash-loop-cause");
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
    }

    /**
     * The second machine's clock is an hour behind (its agent's test-only clock offset): the views say so. It is
     * adopted with two addresses, as a node on two links would be.
     */
    @Test
    void aSecondNodeIsAdoptedThroughTheWizard() throws Exception {
        secondAgentData = Files.createTempDirectory("he-ui-agent");
        Files.setPosixFilePermissions(secondAgentData, PosixFilePermissions.fromString("rwx--x--x"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AgentLauncher.Launched launched = AgentLauncher.start(List.of("--data", secondAgentData.resolve("agent").toString(),
                "--listen", "127.0.0.1:" + port, "--ip", "127.0.0.1", "--partitions", "4", "--ports", "26000-26039",
                "--name", "hall-b-1", "--clock-offset", "-3600"), secondAgentData.resolve("agent.log"));
        secondAgent = launched.process();
        ToolItem adopt = ui.find(ToolItem.class, item -> item.getData(NodesPart.ADOPT_KEY) != null, "Adopt node…");

        ui.select(adopt);
        Shell wizard = ui.shell("Adopt a Node");
        Text address = field(wizard, "address");
        Text code = field(wizard, "code");
        Text site = field(wizard, "site");
        Text labels = field(wizard, "labels");
        ui.onUi(() -> {
            address.setText("127.0.0.1:" + port);
            code.setText("not-a-code");
        });
        Button finish = ui.find(Button.class, b -> b.getShell() == wizard && "Finish".equals(UiDriver.labelOf(b)), "Finish");
        assertTrue(!ui.onUi(finish::getEnabled), "a malformed pairing code cannot be submitted");
        ui.screenshot("operate-adopt-wizard-invalid-code");
        ui.onUi(() -> {
            // two addresses of one agent (a node on two links): the node keeps both, synced over the first
            address.setText("127.0.0.1:" + port + ", localhost:" + port);
            code.setText(launched.pairingCode());
            site.setText("hall-b");
            labels.setText("zone=b, line=2");
        });
        ui.select(finish);

        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("the adopted node listed under its site and reporting", Duration.ofSeconds(30),
                () -> treeText(nodes).contains("hall-b") && treeText(nodes).contains("127.0.0.1:" + port)
                        && master.nodes().nodes().stream().filter(n -> n.site().equals("hall-b"))
                                .allMatch(n -> n.lastReportAt() != null && n.labels().equals(Map.of("zone", "b", "line", "2"))));
        List<String> both = List.of("127.0.0.1:" + port, "localhost:" + port);
        assertTrue(master.services().nodeLinks().all().stream().anyMatch(link -> link.addresses().equals(both)),
                "the node adopted with both its addresses: " + master.services().nodeLinks().all());
        ui.waitUntil("the node's clock an hour behind in the Nodes view", () -> treeText(nodes).lines()
                .anyMatch(line -> line.startsWith("hall-b-1\t") && line.contains("\t1 h behind\t")));
        ui.onUi(() -> {
            TreeItem node = java.util.Arrays.stream(nodes.getItems()).flatMap(siteItem -> java.util.Arrays.stream(siteItem.getItems()))
                    .filter(item -> item.getText(0).equals("hall-b-1")).findFirst().orElseThrow();
            nodes.setSelection(node);
            org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
            click.item = node;
            nodes.notifyListeners(org.eclipse.swt.SWT.Selection, click);
        });
        Tree properties = ui.byData(Tree.class, PropertiesPart.TREE_KEY);
        ui.waitUntil("the node's own account of its four free partitions", () -> {
            String text = treeText(properties);
            return text.contains("Partitions (live)") && text.split("\tfree", -1).length == 5
                    && text.contains("zone\tb")
                    && text.contains("Clock\t1 h behind the master's: its report times are corrected by that much");
        });
        ui.screenshot("operate-nodes-after-adoption");
    }

    /**
     * The operator's way: Design, the H2 database's type in the Catalog, Request…; an invalid database name
     * first (named, nothing ordered), then a valid one.
     */
    private void requestThroughTheCatalog(String title) throws Exception {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the catalog", () -> catalog.isVisible() && catalog.getItemCount() == 12);
        ui.onUi(() -> {
            TreeItem type = java.util.Arrays.stream(catalog.getItems()).filter(i -> i.getText().startsWith("H2 database"))
                    .findFirst().orElseThrow().getItem(0);
            catalog.setSelection(type);
            catalog.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Button requestButton = ui.byData(Button.class, CatalogPart.REQUEST_KEY);
        ui.waitUntil("Request… enabled for the selected type", requestButton::isEnabled);
        ui.screenshot("design-catalog-h2-selected");
        ui.select(requestButton);

        Text titleField = ui.byData(Text.class, RequestDialog.TITLE_KEY);
        Shell dialog = ui.onUi(titleField::getShell);
        retype(titleField, title);
        Text database = ui.find(Text.class, t -> "database".equals(t.getData(FormView.FIELD_KEY)), "the database field");
        retype(database, "Orders-DB");
        Label problem = ui.find(Label.class, l -> "database".equals(l.getData(FormView.PROBLEM_KEY)), "its problem line");
        ui.waitUntil("the field's problem named under it", () -> problem.getText().startsWith("must match"));
        Button order = ui.find(Button.class, b -> b.getShell() == dialog
                && Integer.valueOf(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).equals(b.getData()), "Request");
        assertTrue(!ui.onUi(order::isEnabled), "nothing can be ordered while a field has a problem");
        ui.screenshot("request-dialog-in-console-invalid");
        assertEquals(0, master.requests().count(), "nothing ordered");

        retype(database, "orders");
        ui.waitUntil("Request enabled once valid", order::isEnabled);
        ui.select(order);
        ui.waitUntil("the dialog closed after ordering", dialog::isDisposed);
        assertEquals("orders", new ObjectMapper().readTree(master.requests().all().stream()
                .filter(i -> i.title().equals(title)).findFirst().orElseThrow().parameters()).path("database").asText());
    }

    private void retype(Text text, String typed) {
        ui.onUi(() -> {
            text.setFocus();
            text.selectAll();
        });
        ui.type(text, typed);
        ui.waitUntil("'" + typed + "' typed", () -> typed.equals(text.getText()));
    }

    private Text field(Shell wizard, String key) {
        return ui.find(Text.class, text -> text.getShell() == wizard && key.equals(text.getData(AdoptNodeWizard.FIELD_KEY)),
                "the " + key + " field");
    }

    private void request(String title) throws Exception {
        master.requests().request(Request.root(title, "builtin:h2-database", "default",
                new ObjectMapper().createObjectNode()));
        master.changed();
    }

    /** Every row of the table as its cells joined by tabs. */
    private List<String> rows(Table table) {
        return ui.onUi(() -> {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                TableItem item = table.getItem(i);
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    row.append(c == 0 ? "" : "\t").append(item.getText(c));
                }
                rows.add(row.toString());
            }
            return rows;
        });
    }

    private String treeText(Tree tree) {
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

    private static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        collect(shell, text);
        return text.toString();
    }

    private static void collect(org.eclipse.swt.widgets.Composite composite, StringBuilder text) {
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof Label label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, text);
            }
        }
    }
}
