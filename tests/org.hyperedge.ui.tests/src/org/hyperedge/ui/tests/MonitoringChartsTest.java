package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.console.core.chart.ValueUnit;
import org.hyperedge.console.core.monitoring.ChartRange;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.admin.MonitoringPart;
import org.hyperedge.ui.admin.TimeChart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring charts on a master with real reports (usage every minute over the last hour, every hour before):
 * the range chooser redraws every chart at its range's resolution, and pointing at a line reads out its value.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MonitoringChartsTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void startTheConsoleOnTheMonitoringOfASiteWithReports() throws Exception {
        Path data = temp.resolve("data");
        AdminSite.create(data);
        console = ConsoleSession.start(data, preferencesFile());
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.admin"));
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void theChosenRangeRedrawsEveryChartAtItsResolution() {
        TimeChart cpu = chart("cpu");
        ui.waitUntil("a day of CPU per node in 10-minute points", () -> drawsRange(cpu, ChartRange.LAST_DAY, 3));
        ui.screenshot("monitoring-charts-24h");

        ui.select(rangeButton(ChartRange.LAST_HOUR));
        ui.waitUntil("the last hour of CPU per node, a point a minute", () -> drawsRange(cpu, ChartRange.LAST_HOUR, 3));
        for (String which : List.of("promises", "memory", "disk")) {
            TimeChart other = chart(which);
            ui.waitUntil("the last hour of " + which, () -> drawsRange(other, ChartRange.LAST_HOUR, 3));
        }
        TimeChart.Series node = ui.onUi(() -> cpu.series().get(0));
        assertTrue(node.times().size() >= 55, "a point for (nearly) every minute: " + node.times().size());
        assertEquals(List.of("1 h"), selected(), "one range pressed at a time");
        ui.screenshot("monitoring-charts-1h");

        ui.select(rangeButton(ChartRange.LAST_MONTH));
        ui.waitUntil("a month of CPU per node in 6-hour points", () -> drawsRange(cpu, ChartRange.LAST_MONTH, 3));
        ui.screenshot("monitoring-charts-30d");
        ui.select(rangeButton(ChartRange.LAST_WEEK));
        TimeChart disk = chart("disk");
        ui.waitUntil("a week of disk per node in hourly points", () -> drawsRange(disk, ChartRange.LAST_WEEK, 3));
        ui.screenshot("monitoring-charts-7d");
    }

    @Test
    void pointingAtALineReadsOutItsNodeTimeAndValue() {
        TimeChart cpu = chart("cpu");
        ui.select(rangeButton(ChartRange.LAST_HOUR));
        ui.waitUntil("the last hour of CPU per node", () -> drawsRange(cpu, ChartRange.LAST_HOUR, 3));
        TimeChart.Series node = ui.onUi(() -> cpu.series().get(1));
        int middle = node.times().size() / 2;
        ui.waitUntil("the chart painted", () -> cpu.locate(1, middle) != null);

        Point point = ui.onUi(() -> cpu.locate(1, middle));
        moveMouse(ui.onDisplay(cpu, point.x - 40, point.y - 40));
        moveMouse(ui.onDisplay(cpu, point.x, point.y));
        ui.waitUntil("a read-out under the mouse", () -> cpu.readOut() != null);

        String readOut = ui.onUi(() -> cpu.readOut());
        assertTrue(readOut.startsWith(node.name() + " · "), readOut);
        assertTrue(readOut.endsWith(" · " + ValueUnit.CORES.readOut(node.values().get(middle))), readOut + " for "
                + node.values().get(middle));
        ui.screenshot("monitoring-charts-hover");
    }

    @Test
    void thePreferencesChooseTheRangeTheChartsOpenWithAndTheirTimeZone() throws Exception {
        TimeChart cpu = chart("cpu");
        ui.waitUntil("the default day of CPU per node", () -> drawsRange(cpu, ChartRange.LAST_DAY, 3));
        openPreferences();
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(Tree.class, t -> t.getShell() == dialog, "the preference pages");
        ui.onUi(() -> {
            TreeItem charts = java.util.Arrays.stream(pages.getItems()).filter(i -> "Charts".equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Charts page"));
            pages.setSelection(charts);
            Event event = new Event();
            event.item = charts;
            pages.notifyListeners(SWT.Selection, event);
        });

        Button lastHour = ui.find(Button.class, b -> b.getShell() == dialog && "Last 1 h (per minute)".equals(UiDriver.labelOf(b)),
                "the last hour's choice");
        Button utc = ui.find(Button.class, b -> b.getShell() == dialog && "UTC".equals(UiDriver.labelOf(b)), "UTC");
        Button lastDay = ui.find(Button.class, b -> b.getShell() == dialog
                && "Last 24 h (per 10 minutes)".equals(UiDriver.labelOf(b)), "the last day's choice");
        ui.waitUntil("the defaults shown: the last day, local time", () -> lastDay.getSelection() && !lastHour.getSelection()
                && !utc.getSelection());
        ui.click(lastHour);
        ui.click(utc);
        ui.waitUntil("both chosen", () -> lastHour.getSelection() && utc.getSelection());
        Thread.sleep(500); // GTK animates a radio button's check: let it finish before the screenshot
        ui.screenshot("preferences-charts");
        ui.select(ui.find(Button.class, b -> b.getShell() == dialog && "Apply and Close".equals(UiDriver.labelOf(b)),
                "Apply and Close"));

        ui.waitUntil("the choices saved", () -> {
            try {
                List<String> lines = Files.exists(preferencesFile()) ? Files.readAllLines(preferencesFile()) : List.of();
                return lines.contains("charts.range=1 h") && lines.contains("charts.timezone=UTC");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        Label zone = ui.byData(Label.class, MonitoringPart.ZONE_KEY);
        ui.waitUntil("the charts' times in UTC at their next refresh", () -> zone.getText().startsWith("Chart times are in UTC")
                && ZoneOffset.UTC.equals(cpu.zone()));
        reopenMonitoring();
        TimeChart reopened = ui.find(TimeChart.class, c -> "cpu".equals(c.getData(MonitoringPart.CHART_KEY)) && c != cpu,
                "the reopened CPU chart");
        ui.waitUntil("the reopened view on the last hour", () -> drawsRange(reopened, ChartRange.LAST_HOUR, 3));
        assertEquals(List.of("1 h"), selected());
        ui.screenshot("monitoring-charts-opened-on-1h-utc");
    }

    /** Opens Window › Preferences (or wherever the menu bar has "Preferences..."), as a click would. */
    private void openPreferences() {
        String menu = ui.onUi(() -> {
            for (MenuItem top : console.window().getMenuBar().getItems()) {
                top.getMenu().notifyListeners(SWT.Show, new Event());
                for (MenuItem item : top.getMenu().getItems()) {
                    if ("Preferences...".equals(UiDriver.labelOf(item))) {
                        return UiDriver.labelOf(top);
                    }
                }
            }
            throw new AssertionError("no Preferences... in the menu bar");
        });
        ui.menu(console.window(), menu, "Preferences...");
    }

    private void reopenMonitoring() {
        ui.onUi(() -> {
            EPartService parts = console.windowModel().getContext().get(EPartService.class);
            MPart part = parts.findPart("org.hyperedge.ui.part.monitoring");
            // no longer rendered disposes the view; rendered again makes a new one, as at the next start
            part.setToBeRendered(false);
            part.setToBeRendered(true);
            parts.showPart(part, EPartService.PartState.ACTIVATE);
        });
    }

    private Path preferencesFile() {
        return temp.resolve("config/console.properties");
    }

    /** Whether the chart draws the range's window with at least {@code series} series, points a bucket apart. */
    private boolean drawsRange(TimeChart chart, ChartRange range, int series) {
        Instant from = chart.from();
        List<TimeChart.Series> shown = chart.series();
        if (from == null || shown.size() < series) {
            return false;
        }
        ChartRange.Window window = range.window(Instant.now());
        boolean sameWindow = Duration.between(from, window.from()).abs().compareTo(range.bucket()) <= 0;
        return sameWindow && shown.stream().allMatch(s -> s.times().size() >= 2
                && s.times().stream().allMatch(t -> !t.isBefore(from) && t.getEpochSecond() % range.bucket().getSeconds() == 0)
                && Duration.between(s.times().get(0), s.times().get(1)).equals(range.bucket()));
    }

    private TimeChart chart(String which) {
        return ui.byData(TimeChart.class, MonitoringPart.CHART_KEY, which);
    }

    private Button rangeButton(ChartRange range) {
        return ui.byData(Button.class, MonitoringPart.RANGE_KEY, range);
    }

    private List<String> selected() {
        List<Button> buttons = java.util.Arrays.stream(ChartRange.values()).map(this::rangeButton).toList();
        return ui.onUi(() -> buttons.stream().filter(Button::getSelection).map(Button::getText).toList());
    }

    /** A real pointer move (an X event through XTest), as a hand on the mouse makes. */
    private void moveMouse(Point onDisplay) {
        ui.onUi(() -> {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = onDisplay.x;
            move.y = onDisplay.y;
            assertNotNull(ui.display());
            assertEquals(true, ui.display().post(move), "the pointer moved");
        });
        ui.onUi(() -> {
            while (ui.display().readAndDispatch()) {
                // let the move arrive before the next one
            }
        });
    }
}
