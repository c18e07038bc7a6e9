package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.admin.BillingPart;
import org.hyperedge.ui.admin.MonitoringPart;
import org.hyperedge.ui.admin.TicketsPart;
import org.hyperedge.ui.admin.TimeChart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Admin views on a master with a day of real reports: monitoring, tickets and billing, and what admins do there. */
@ExtendWith(ScreenshotOnFailure.class)
class AdminViewsTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void startTheConsoleOnASiteWithADayOfReports() throws Exception {
        Path data = temp.resolve("data");
        AdminSite.create(data);
        console = ConsoleSession.start(data, temp.resolve("config/console.properties"));
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.admin"));
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void monitoringShowsEveryNodesStalenessInstanceHealthAndChartsOfTheLastDay() {
        Table nodes = ui.byData(Table.class, MonitoringPart.NODES_KEY);
        ui.waitUntil("the three nodes", () -> nodes.getItemCount() == 3);
        Table health = ui.byData(Table.class, MonitoringPart.HEALTH_KEY);
        ui.waitUntil("the five instances' health", () -> health.getItemCount() == 5);
        ui.waitUntil("every chart to have series", () -> charts().size() == 4 && charts().stream().allMatch(c -> c.seriesCount() > 0));

        assertEquals("edge-lyon-1", cell(nodes, 0, 0), "the stalest node first");
        assertTrue(cell(nodes, 0, 3).startsWith("2 h"), cell(nodes, 0, 3));
        assertEquals(List.of("erp-db", "failing"), List.of(cell(health, 0, 0), cell(health, 0, 4)), "failing instances first");
        assertEquals(5, charts().get(0).seriesCount(), "promise success of every instance");
        assertEquals(3, charts().get(1).seriesCount(), "CPU of every node");
        assertEquals(3, charts().get(3).seriesCount(), "disk of every node");
        ui.screenshot("admin-monitoring");
    }

    @Test
    void ticketsListWhatOpenedByItselfAndAnAdminAcknowledgesOneWithItsHistoryKept() {
        Table tickets = ui.byData(Table.class, TicketsPart.TABLE_KEY);
        ui.waitUntil("the open tickets: a failing promise, a silent node, an overdue invoice",
                () -> tickets.getItemCount() == 3);
        List<String> kinds = ui.onUi(() -> Arrays.stream(tickets.getItems()).map(i -> i.getText(2)).sorted().toList());
        assertEquals(List.of("invoice-overdue", "node-silent", "promise"), kinds);

        ui.selectRows(tickets, ui.rowWith(tickets, 2, "promise"));
        Text detail = ui.byData(Text.class, TicketsPart.DETAIL_KEY);
        ui.waitUntil("the promise ticket's history", () -> detail.getText().contains("master  opened"));
        ui.select(ui.byLabel(Button.class, "Acknowledge"));
        ui.waitUntil("the ticket to be acknowledged", () -> detail.getText().contains("acknowledged"));

        String history = ui.onUi(() -> detail.getText());
        assertTrue(history.contains("promise 'tcp-listening' failed more than 3 checks in a row"), history);
        assertEquals("acknowledged", cell(tickets, ui.rowWith(tickets, 2, "promise"), 1));
        ui.screenshot("admin-tickets");
        ui.selectRows(tickets, ui.rowWith(tickets, 2, "node-silent"));
        ui.waitUntil("the silent node's history", () -> detail.getText().contains("the site's router lost power"));
        ui.screenshot("admin-tickets-history");
    }

    @Test
    void billingShowsUsagePerProjectInvoicesWithTheirLinesAndThePriceList() {
        showBilling();
        Table usage = ui.byData(Table.class, BillingPart.USAGE_KEY);
        ui.waitUntil("this month's usage of both projects", () -> usage.getItemCount() == 2);
        TimeChart chart = ui.byData(TimeChart.class, BillingPart.CHART_KEY);
        ui.waitUntil("a usage series per project", () -> chart.seriesCount() == 2);
        ui.screenshot("admin-billing-usage");

        showTab("Invoices");
        Table invoices = ui.find(Table.class, t -> t.getData("org.hyperedge.ui.admin.billing.invoices") != null, "invoices");
        ui.waitUntil("this month's draft invoices", () -> invoices.getItemCount() == 2);
        assertEquals(List.of("acme", "globex"), List.of(cell(invoices, 0, 1), cell(invoices, 1, 1)));
        ui.selectRows(invoices, 0);
        Table lines = ui.find(Table.class, t -> t.getData("org.hyperedge.ui.admin.billing.lines") != null, "invoice lines");
        ui.waitUntil("the invoice's lines", () -> lines.getItemCount() > 0);
        assertTrue(cell(invoices, 0, 4).endsWith(" EUR"), cell(invoices, 0, 4));
        ui.screenshot("admin-billing-invoices");

        showTab("Price list");
        Table prices = ui.find(Table.class, t -> t.getData("org.hyperedge.ui.admin.billing.prices") != null, "price list");
        ui.waitUntil("the four prices", () -> prices.getItemCount() == 4);
        Text price = ui.find(Text.class, t -> t.getData("org.hyperedge.ui.admin.billing.price") != null, "the price field");
        ui.onUi(() -> price.setText(""));
        ui.type(price, "abc");
        ui.select(ui.find(Button.class, b -> b.getData("org.hyperedge.ui.admin.billing.setPrice") != null, "Set price"));
        ui.waitUntil("a clear refusal", () -> ui.findNow(Label.class, l -> l.getText().startsWith("Unit price 'abc' is not a "
                + "decimal number")) != null);
        ui.onUi(() -> price.setText(""));
        ui.type(price, "0.000013");
        ui.select(ui.find(Button.class, b -> b.getData("org.hyperedge.ui.admin.billing.setPrice") != null, "Set price"));
        ui.waitUntil("the new price from tomorrow on", () -> prices.getItemCount() == 5);

        assertTrue(ui.onUi(() -> Arrays.stream(prices.getItems()).anyMatch(i -> i.getText(1).equals("0.000013")
                && i.getText(4).equals("upcoming"))));
        ui.screenshot("admin-billing-prices");
    }

    private void showBilling() {
        ui.onUi(() -> {
            EPartService parts = console.windowModel().getContext().get(EPartService.class);
            parts.showPart("org.hyperedge.ui.part.billing", EPartService.PartState.ACTIVATE);
        });
    }

    /** Shows a tab of the Billing view, as a click on it would. */
    private void showTab(String label) {
        CTabFolder tabs = ui.byData(CTabFolder.class, BillingPart.TABS_KEY);
        ui.onUi(() -> tabs.setSelection(Arrays.stream(tabs.getItems()).filter(i -> label.equals(i.getText())).findFirst()
                .orElseThrow()));
        ui.waitUntil("the " + label + " tab", () -> label.equals(tabs.getSelection().getText()));
    }

    private List<TimeChart> charts() {
        return ui.onUi(() -> {
            List<TimeChart> found = new java.util.ArrayList<>();
            for (String title : List.of("promises", "cpu", "memory", "disk")) {
                TimeChart chart = ui.findNow(TimeChart.class, c -> title.equals(c.getData(MonitoringPart.CHART_KEY)));
                if (chart != null) {
                    found.add(chart);
                }
            }
            return found;
        });
    }

    private String cell(Table table, int row, int column) {
        return ui.onUi(() -> table.getItem(row).getText(column));
    }
}
