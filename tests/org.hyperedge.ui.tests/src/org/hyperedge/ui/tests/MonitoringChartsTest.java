package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
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
    void theChosenRangeRedrawsEveryChartAtItsResolution() {
        TimeChart cpu = chart("cpu");
        ui.waitUntil("a day of CPU per node in 10-minute points", () -> drawsRange(cpu, ChartRange.LAST_DAY, 3));
        ui.screenshot("monitoring-charts-24h");

        ui.click(rangeButton(ChartRange.LAST_HOUR));
        ui.waitUntil("the last hour of CPU per node, a point a minute", () -> drawsRange(cpu, ChartRange.LAST_HOUR, 3));
        for (String which : List.of("promises", "memory", "disk")) {
            TimeChart other = chart(which);
            ui.waitUntil("the last hour of " + which, () -> drawsRange(other, ChartRange.LAST_HOUR, 3));
        }
        TimeChart.Series node = ui.onUi(() -> cpu.series().get(0));
        assertTrue(node.times().size() >= 55, "a point for (nearly) every minute: " + node.times().size());
        assertEquals(List.of("1 h"), selected(), "one range pressed at a time");
        ui.screenshot("monitoring-charts-1h");

        ui.click(rangeButton(ChartRange.LAST_MONTH));
        ui.waitUntil("a month of CPU per node in 6-hour points", () -> drawsRange(cpu, ChartRange.LAST_MONTH, 3));
        ui.screenshot("monitoring-charts-30d");
        ui.click(rangeButton(ChartRange.LAST_WEEK));
        TimeChart disk = chart("disk");
        ui.waitUntil("a week of disk per node in hourly points", () -> drawsRange(disk, ChartRange.LAST_WEEK, 3));
        ui.screenshot("monitoring-charts-7d");
    }

    @Test
    void pointingAtALineReadsOutItsNodeTimeAndValue() {
        TimeChart cpu = chart("cpu");
        ui.click(rangeButton(ChartRange.LAST_HOUR));
        ui.waitUntil("the last hour of CPU per node", () -> drawsRange(cpu, ChartRange.LAST_HOUR, 3));
        TimeChart.Series node = ui.onUi(() -> cpu.series().get(1));
        int middle = node.times().size() / 2;
        ui.waitUntil("the chart painted", () -> cpu.locate(1, middle) != null);

        Point point = ui.onUi(() -> cpu.locate(1, middle));
        moveMouse(ui.onDisplay(cpu, point.x, point.y));
        ui.waitUntil("a read-out under the mouse", () -> cpu.readOut() != null);

        String readOut = ui.onUi(() -> cpu.readOut());
        assertTrue(readOut.startsWith(node.name() + " · "), readOut);
        assertTrue(readOut.endsWith(" · " + ValueUnit.CORES.readOut(node.values().get(middle))), readOut + " for "
                + node.values().get(middle));
        ui.screenshot("monitoring-charts-hover");
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

    /** A real pointer move (an X event), as a hand on the mouse makes. */
    private void moveMouse(Point onDisplay) {
        ui.onUi(() -> {
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = onDisplay.x;
            move.y = onDisplay.y;
            assertNotNull(ui.display());
            assertEquals(true, ui.display().post(move), "the pointer moved");
        });
    }
}
