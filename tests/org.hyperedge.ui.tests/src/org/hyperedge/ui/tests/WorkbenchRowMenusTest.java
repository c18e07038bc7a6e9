package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.admin.BillingPart;
import org.hyperedge.ui.admin.TicketsPart;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.catalog.CatalogPart.TypeChoice;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the console has a menu, on the small real site of {@link AdminSite} (three adopted nodes, five
 * services, tickets and draft invoices): each item does what its view's buttons or its command does, through the
 * master's services; what changes state asks first; and only what changes something is offered.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchRowMenusTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;

    @BeforeEach
    void startTheConsoleOnASmallSite() throws Exception {
        Path data = temp.resolve("data");
        AdminSite.create(data);
        console = ConsoleSession.start(data, temp.resolve("config/console.properties"));
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
        ui.waitUntil("the master open", () -> console.windowModel().getContext().get(EmbeddedMaster.class) != null);
        master = ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class));
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void anInstanceMenuOffersOnlyTheStatesThatChangeSomethingAndAsksBeforeStopping() {
        perspective("operate");
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("the five services", () -> table.getItemCount() == 5);
        int shopDb = ui.rowWith(table, 0, "shop-db");
        ui.selectRows(table, shopDb);
        Menu menu = ui.onUi(table::getMenu);

        assertEquals(Map.of("Start…", false, "Stop…", true, "Destroy…", true), stateItems(menu),
                "a started instance can be stopped or destroyed, not started again");

        ui.select(item(menu, "Stop…"));
        Shell confirm = ui.shell("Stop instances");
        assertTrue(labels(confirm).contains("shop-db on edge-berlin-1"), "the confirmation names the instance and its node");
        ui.select(button(confirm, "OK"));
        ui.waitUntil("shop-db stopped as asked", () -> "stopped".equals(table.getItem(ui.rowWith(table, 0, "shop-db")).getText(4)));
        assertEquals("stopped", requested("shop-db"));

        ui.selectRows(table, ui.rowWith(table, 0, "shop-db"));
        assertEquals(Map.of("Start…", true, "Stop…", false, "Destroy…", true), stateItems(menu),
                "a stopped instance can be started or destroyed, not stopped again");
        openFromKeyboard(table, menu);
        ui.screenshot("context-menu-instance-stopped");
        ui.onUi(() -> menu.setVisible(false));
        ui.selectRows(table, ui.rowWith(table, 0, "shop-db"), ui.rowWith(table, 0, "erp-db"));
        assertEquals(Map.of("Start…", true, "Stop…", true, "Destroy…", true), stateItems(menu),
                "a stopped and a started one: each state changes one of them");

        ui.select(item(menu, "Start…"));
        Shell start = ui.shell("Start instances");
        String asked = labels(start);
        assertTrue(asked.contains("Start 1 instance?") && asked.contains("shop-db") && !asked.contains("erp-db"),
                "only the instance it changes is asked about: " + asked);
        ui.select(button(start, "Cancel"));
        ui.waitUntil("the question closed", start::isDisposed);
        assertEquals("stopped", requested("shop-db"), "cancelled: nothing asked of the master");
    }

    @Test
    void anInstanceOfACompositesTreeIsShownInTheTopologyEditorAndAPlainOneIsNot() throws Exception {
        var composite = org.hyperedge.master.site.CompositeXmi.builtIn("web-and-database").orElseThrow();
        Path file = master.dataDirectory().resolve("composites/web-and-database.composite");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, org.hyperedge.master.site.CompositeXmi.write(composite));
        new org.hyperedge.master.composite.CompositeRequests(master.requests(), master.catalog()).request(composite,
                "web-and-database");
        master.changed();
        perspective("operate");
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("the composite's services beside the five", () -> table.getItemCount() > 5);
        Menu menu = ui.onUi(table::getMenu);

        ui.selectRows(table, ui.rowWith(table, 0, "shop-db"));
        Thread.sleep(500); // the lookup is a job: give it the time to (wrongly) enable the item
        assertFalse(itemEnabled(menu, "Show in Topology"), "shop-db was requested alone, not from a composite");

        String member = ui.onUi(() -> Arrays.stream(table.getItems()).map(item -> item.getText(0))
                .filter(title -> !List.of("shop-db", "shop-web", "erp-db", "erp-web", "sensors").contains(title)).findFirst()
                .orElseThrow());
        ui.selectRows(table, ui.rowWith(table, 0, member));
        ui.waitUntil(member + "'s composite found", () -> itemEnabled(menu, "Show in Topology"));
        ui.select(item(menu, "Show in Topology"));

        Label name = ui.byData(Label.class, "org.hyperedge.ui.topology.name");
        ui.waitUntil("the composite open in the topology editor", () -> name.getText().endsWith("— web-and-database.composite"));
        ui.waitUntil("the Design perspective in front", () -> name.isVisible());
        // the editor's properties show the one service selected, by its title
        Text title = ui.byData(Text.class, "org.hyperedge.ui.topology.properties.title");
        assertEquals(member, ui.onUi(() -> title.getText()), "the instance's service selected on the canvas");
        ui.screenshot("context-menu-show-in-topology");

        // the canvas's own menu: the editor's Edit actions on the selected service
        org.eclipse.swt.widgets.Canvas canvas = ui.byData(org.eclipse.swt.widgets.Canvas.class,
                "org.hyperedge.ui.topology.canvas");
        Menu edit = ui.onUi(canvas::getMenu);
        assertEquals(List.of("Cut\tCtrl+X", "Copy\tCtrl+C", "Paste\tCtrl+V", "Delete\tDelete", "", "Select All\tCtrl+A",
                "Layout\tCtrl+L"), labels(edit));
        openFromKeyboard(canvas, edit);
        ui.screenshot("context-menu-topology-canvas");
        ui.onUi(() -> edit.setVisible(false));
        ui.select(item(edit, "Delete\tDelete"));
        ui.waitUntil("the service deleted from the composite, which is now unsaved", () -> name.getText().startsWith("*")
                && ui.findNow(Text.class, t -> t.getData("org.hyperedge.ui.topology.properties.title") != null
                        && !t.isDisposed() && t.isVisible()) == null);
    }

    @Test
    void aCompositeRequestedUnderAnotherTreeNameIsFoundByItsServices() throws Exception {
        // given: the workspace's composite requested as tree "plant-2" (request-composite FILE --name plant-2)
        var composite = org.hyperedge.master.site.CompositeXmi.builtIn("web-and-database").orElseThrow();
        Path file = master.dataDirectory().resolve("composites/web-and-database.composite");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, org.hyperedge.master.site.CompositeXmi.write(composite));
        new org.hyperedge.master.composite.CompositeRequests(master.requests(), master.catalog()).request(composite,
                "plant-2");
        master.changed();
        perspective("operate");
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("the composite's services beside the five", () -> table.getItemCount() > 5);
        Menu menu = ui.onUi(table::getMenu);
        String member = ui.onUi(() -> Arrays.stream(table.getItems()).map(item -> item.getText(0))
                .filter(title -> !List.of("shop-db", "shop-web", "erp-db", "erp-web", "sensors").contains(title)).findFirst()
                .orElseThrow());

        // when: one of its instances is shown in the topology editor
        ui.selectRows(table, ui.rowWith(table, 0, member));
        ui.waitUntil(member + "'s composite found by its services", () -> itemEnabled(menu, "Show in Topology"));
        ui.select(item(menu, "Show in Topology"));

        // then: the editor opens that composite with the service selected
        Label name = ui.byData(Label.class, "org.hyperedge.ui.topology.name");
        ui.waitUntil("the composite open in the topology editor", () -> name.getText().endsWith("— web-and-database.composite"));
        Text title = ui.byData(Text.class, "org.hyperedge.ui.topology.properties.title");
        assertEquals(member, ui.onUi(() -> title.getText()), "the instance's service selected on the canvas");
    }

    @Test
    void theMenusReadInTheDarkTheme() throws Exception {
        console.close();
        Path preferences = temp.resolve("config/console.properties");
        java.nio.file.Files.writeString(preferences, "appearance.theme=dark\n");
        console = ConsoleSession.start(temp.resolve("data"), preferences);
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
        perspective("operate");
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("the five services", () -> table.getItemCount() == 5);
        ui.selectRows(table, ui.rowWith(table, 0, "erp-db"));
        Menu menu = ui.onUi(table::getMenu);

        openFromKeyboard(table, menu);

        ui.screenshot("context-menu-instance-dark");
        assertEquals(Map.of("Start…", false, "Stop…", true, "Destroy…", true), stateItems(menu));
        ui.onUi(() -> menu.setVisible(false));
    }

    @Test
    void aCatalogRowsMenuCopiesTheReleaseIdAndShowsTheTypesSchema() {
        perspective("design");
        showPart("org.hyperedge.ui.part.catalog");
        Tree tree = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        TreeItem h2 = treeItem(tree, item -> item.getData() instanceof TypeChoice choice
                && choice.release().id().equals("builtin:h2-database") && choice.type().equals("default"),
                "the H2 database's default type");
        ui.onUi(() -> {
            tree.setSelection(h2);
            Event event = new Event();
            event.item = h2;
            tree.notifyListeners(SWT.Selection, event);
        });
        Menu menu = ui.onUi(tree::getMenu);
        assertNotNull(menu, "a menu on the catalog's rows");
        assertEquals(List.of("Request…", "Copy Release Id", "Show Schema…"), labels(menu));
        assertTrue(ui.onUi(() -> Arrays.stream(menu.getItems()).allMatch(MenuItem::getEnabled)), "all enabled on a type");

        ui.select(item(menu, "Copy Release Id"));
        ui.waitUntil("the release id on the clipboard", () -> "builtin:h2-database".equals(clipboardText()));

        ui.select(item(menu, "Show Schema…"));
        Shell schema = ui.shell("Schema of builtin:h2-database · default");
        Text json = ui.find(Text.class, text -> text.getShell() == schema, "the schema's text");
        String shown = ui.onUi(() -> json.getText());
        assertTrue(shown.startsWith("Parameters:\n{") && shown.contains("\"properties\"") && shown.contains("Connection:"),
                shown);
        ui.screenshot("context-menu-catalog-schema");
        ui.select(button(schema, "Close"));
        ui.waitUntil("the schema closed", schema::isDisposed);
    }

    @Test
    void aTicketRowsMenuAcknowledgesAfterAskingThenOffersOnlyWhatIsLeft() {
        perspective("admin");
        Table tickets = ui.byData(Table.class, TicketsPart.TABLE_KEY);
        ui.waitUntil("the three open tickets", () -> tickets.getItemCount() == 3);
        ui.selectRows(tickets, ui.rowWith(tickets, 2, "promise"));
        Menu menu = ui.onUi(tickets::getMenu);
        assertEquals(List.of("Acknowledge…", "Assign…", "Comment…", "Close…"), labels(menu));
        assertEquals(List.of(true, true, true, true), enabled(menu), "an open ticket: every action");

        ui.select(item(menu, "Acknowledge…"));
        long id = master.services().tickets().list("open", "promise").get(0).id();
        Shell confirm = ui.shell("Acknowledge ticket " + id);
        assertTrue(labels(confirm).contains("promise: "), "the question names the ticket: " + labels(confirm));
        ui.select(button(confirm, "OK"));

        ui.waitUntil("the ticket acknowledged", () -> "acknowledged".equals(
                tickets.getItem(ui.rowWith(tickets, 2, "promise")).getText(1)));
        assertEquals("acknowledged", master.services().tickets().list("all", "promise").get(0).state());
        ui.selectRows(tickets, ui.rowWith(tickets, 2, "promise"));
        assertEquals(List.of(false, true, true, true), enabled(menu), "acknowledged once: not again");
        ui.screenshot("context-menu-ticket-acknowledged");
    }

    @Test
    void anInvoiceRowsMenuIssuesADraftAfterAskingThenOffersToRecordItsPayment() {
        perspective("admin");
        showPart("org.hyperedge.ui.part.billing");
        CTabFolder tabs = ui.byData(CTabFolder.class, BillingPart.TABS_KEY);
        ui.onUi(() -> tabs.setSelection(Arrays.stream(tabs.getItems()).filter(i -> "Invoices".equals(i.getText()))
                .findFirst().orElseThrow()));
        Table invoices = ui.find(Table.class, t -> t.getData("org.hyperedge.ui.admin.billing.invoices") != null, "invoices");
        ui.waitUntil("this month's two drafts", () -> invoices.getItemCount() == 2);
        int acme = ui.rowWith(invoices, 1, "acme");
        ui.selectRows(invoices, acme);
        Menu menu = ui.onUi(invoices::getMenu);
        assertEquals(List.of("Issue…", "Mark Paid…", "", "Export Invoices…"), labels(menu));
        assertEquals(List.of(true, false, true), enabled(menu), "a draft can be issued, not paid");

        ui.select(item(menu, "Issue…"));
        Shell confirm = ui.shell("Issue invoice");
        String question = labels(confirm);
        assertTrue(question.contains(" of acme for ") && question.contains(" EUR)"), question);
        ui.screenshot("context-menu-invoice-issue-confirmation");
        ui.select(button(confirm, "OK"));

        ui.waitUntil("the invoice issued", () -> "issued".equals(invoices.getItem(ui.rowWith(invoices, 1, "acme")).getText(3)));
        ui.selectRows(invoices, ui.rowWith(invoices, 1, "acme"));
        assertEquals(List.of(false, true, true), enabled(menu), "issued: its payment can be recorded");
        ui.screenshot("context-menu-invoice-issued");
    }

    @Test
    void aNodeRowsMenuCopiesTheNodesAddressAndMakesAnEnrolmentTokenForItsSite() throws Exception {
        perspective("operate");
        showPart("org.hyperedge.ui.part.nodes");
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        TreeItem lyon = treeItem(nodes, item -> item.getData() instanceof NodeRow node && node.id().equals("edge-lyon-1"),
                "edge-lyon-1's row");
        String address = ui.onUi(() -> ((NodeRow) lyon.getData()).address());
        ui.onUi(() -> {
            nodes.setSelection(lyon);
            nodes.notifyListeners(SWT.Selection, new Event());
        });
        Menu menu = ui.onUi(nodes::getMenu);
        assertEquals(List.of("Adopt Node…", "Revoke…", "Show Instances", "Copy Address", "", "Enrol a Node Behind NAT…"),
                labels(menu));

        ui.select(item(menu, "Copy Address"));
        ui.waitUntil("the node's address on the clipboard", () -> address.equals(clipboardText()));
        assertTrue(address.startsWith("127.0.0.1:"), address);

        ui.select(item(menu, "Enrol a Node Behind NAT…"));
        Shell confirm = ui.shell("Enrol a node behind NAT");
        assertTrue(labels(confirm).contains("for one node in site lyon, valid 24 h?"), labels(confirm));
        ui.select(button(confirm, "OK"));
        Text shown = ui.find(Text.class, t -> t.getData("org.hyperedge.ui.nodes.enrolment") != null, "the token shown");
        String text = ui.onUi(() -> shown.getText());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("--enrol (he-enrol-[0-9a-f]+) ").matcher(text);
        assertTrue(token.find() && text.contains("--master HOST:PORT"), text);
        ui.screenshot("context-menu-node-enrolment-token");
        ui.select(button(ui.onUi(shown::getShell), "Close"));
        assertEquals("lyon", master.services().enrolments().redeem(token.group(1), "test-agent").site(),
                "a real token of the master, for the node's site");
    }

    @Test
    void shiftF10OpensTheMenuOfTheFocusedTable() {
        perspective("admin");
        Table tickets = ui.byData(Table.class, TicketsPart.TABLE_KEY);
        ui.waitUntil("the three open tickets", () -> tickets.getItemCount() == 3);
        ui.selectRows(tickets, 0);
        Menu menu = ui.onUi(tickets::getMenu);
        AtomicInteger shown = new AtomicInteger();
        ui.onUi(() -> menu.addListener(SWT.Show, event -> shown.incrementAndGet()));
        ui.onUi(() -> {
            console.window().forceActive();
            tickets.setFocus();
        });

        pressShiftF10();

        ui.waitUntil("the menu open from the keyboard", () -> shown.get() > 0 && menu.isVisible());
        ui.screenshot("context-menu-tickets-from-keyboard");
        ui.onUi(() -> menu.setVisible(false));
        assertFalse(ui.onUi(menu::isVisible));
    }

    /** Focuses the rows and opens their menu with Shift+F10, as an operator without a mouse does. */
    private void openFromKeyboard(Control rows, Menu menu) {
        ui.onUi(() -> {
            console.window().forceActive();
            rows.setFocus();
        });
        pressShiftF10();
        ui.waitUntil("the menu open from the keyboard", menu::isVisible);
    }

    /** Shift+F10 as real key events, as GTK turns it into a "popup-menu" the focused control answers. */
    private void pressShiftF10() {
        int[][] keys = { { SWT.KeyDown, SWT.SHIFT }, { SWT.KeyDown, SWT.F10 }, { SWT.KeyUp, SWT.F10 }, { SWT.KeyUp, SWT.SHIFT } };
        for (int[] key : keys) {
            Event event = new Event();
            event.type = key[0];
            event.keyCode = key[1];
            assertTrue(ui.onUi(() -> ui.display().post(event)), "the display took the key event");
        }
    }

    private void perspective(String name) {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective." + name));
    }

    private void showPart(String id) {
        ui.onUi(() -> {
            EPartService parts = console.windowModel().getContext().get(EPartService.class);
            parts.showPart(id, EPartService.PartState.ACTIVATE);
        });
    }

    private String requested(String title) {
        return master.instances().page(InstanceQuery.all(), 0, 10).stream().filter(row -> row.title().equals(title))
                .map(InstanceRow::requestedState).findFirst().orElseThrow();
    }

    /** Whether each state item of the instance menu is enabled, as the menu shows it when it opens. */
    private Map<String, Boolean> stateItems(Menu menu) {
        return ui.onUi(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(menu.getItems()).filter(item -> List.of("Start…", "Stop…", "Destroy…").contains(label(item)))
                    .collect(Collectors.toMap(WorkbenchRowMenusTest::label, MenuItem::getEnabled));
        });
    }

    private boolean itemEnabled(Menu menu, String label) {
        return ui.onUi(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(menu.getItems()).filter(item -> label.equals(label(item))).findFirst().orElseThrow()
                    .getEnabled();
        });
    }

    private List<Boolean> enabled(Menu menu) {
        return ui.onUi(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
                    .map(MenuItem::getEnabled).toList();
        });
    }

    /** The items' labels as a user reads them: without the mnemonics' ampersands. */
    private List<String> labels(Menu menu) {
        return ui.onUi(() -> Arrays.stream(menu.getItems()).map(WorkbenchRowMenusTest::label).toList());
    }

    private static String label(MenuItem item) {
        return item.getText().replace("&", "");
    }

    private MenuItem item(Menu menu, String label) {
        return ui.onUi(() -> {
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem found = Arrays.stream(menu.getItems()).filter(item -> label.equals(label(item))).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + label));
            assertTrue(found.getEnabled(), label + " enabled");
            return found;
        });
    }

    private Button button(Shell shell, String label) {
        return ui.find(Button.class, b -> b.getShell() == shell && label.equals(UiDriver.labelOf(b)), "the " + label + " button");
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

    private String labels(Shell shell) {
        return ui.onUi(() -> {
            StringBuilder text = new StringBuilder();
            collectLabels(shell, text);
            return text.toString();
        });
    }

    private static void collectLabels(Control control, StringBuilder text) {
        if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, text);
            }
        }
    }

    /** Waits for a row of the tree, at any depth, that matches. */
    private TreeItem treeItem(Tree tree, Predicate<TreeItem> matching, String description) {
        java.util.concurrent.atomic.AtomicReference<TreeItem> found = new java.util.concurrent.atomic.AtomicReference<>();
        ui.waitUntil(description, () -> {
            found.set(search(tree.getItems(), matching));
            return found.get() != null;
        });
        return found.get();
    }

    private static TreeItem search(TreeItem[] items, Predicate<TreeItem> matching) {
        for (TreeItem item : items) {
            if (matching.test(item)) {
                return item;
            }
            TreeItem below = search(item.getItems(), matching);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
