package org.hyperedge.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.console.core.chart.ValueUnit;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.monitoring.ChartRange;
import org.hyperedge.console.core.monitoring.MonitoringCharts;
import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.ui.ConsolePreferences;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.theme.Palette;
import org.hyperedge.ui.theme.Tone;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Admin · Monitoring: the staleness of every node (its last report's age, shown as it is), instance health from the
 * promises, and charts over a chosen range (the last hour per minute up to the last 30 days): promise success per
 * instance, CPU, memory and disk per node.
 */
public class MonitoringPart {

    public static final String NODES_KEY = "org.hyperedge.ui.admin.monitoring.nodes";
    public static final String HEALTH_KEY = "org.hyperedge.ui.admin.monitoring.health";
    /** On each chart: which it is, "promises", "cpu", "memory" or "disk". */
    public static final String CHART_KEY = "org.hyperedge.ui.admin.monitoring.chart";
    /** On each range button: the {@link ChartRange} it shows. */
    public static final String RANGE_KEY = "org.hyperedge.ui.admin.monitoring.range";
    /** On the label saying which time zone the charts' times are in. */
    public static final String ZONE_KEY = "org.hyperedge.ui.admin.monitoring.zone";

    record Snapshot(Instant now, List<MonitoringQueries.NodeStatus> nodes, List<MonitoringQueries.InstanceHealth> health,
            MonitoringCharts charts) {
    }

    private Label summary;
    private Table nodes;
    private Table health;
    private TimeChart promiseChart;
    private TimeChart cpuChart;
    private TimeChart memoryChart;
    private TimeChart diskChart;
    private Label zone;
    private EmbeddedMaster master;
    private AdminRefresh<Snapshot> refresh;
    @Inject
    @Optional
    ConsolePreferences preferences;
    // read by the refresh job off the UI thread
    private volatile ChartRange range = ChartRange.LAST_DAY;

    @PostConstruct
    public void createControls(Composite parent) {
        if (preferences != null) {
            range = preferences.chartRange();
        }
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        summary = new Label(header, SWT.NONE);
        summary.setText("Waiting for the embedded master…");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
        Button refreshButton = new Button(header, SWT.PUSH);
        refreshButton.setText("Refresh");
        refreshButton.setImage(ConsoleIcons.image(refreshButton.getDisplay(), "refresh"));
        refreshButton.setToolTipText("Read again from the master now");

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        SashForm tables = new SashForm(sash, SWT.HORIZONTAL);
        nodes = Tables.create(titled(tables, "Nodes: staleness (times in UTC)"), NODES_KEY, "Node:100", "Site:50", "Last report:120",
                "Staleness:85", "Sync error:400");
        health = Tables.create(titled(tables, "Instances: health from promises"), HEALTH_KEY, "Instance:85", "Tree:75",
                "Promises:70", "Failing:55", "Health:60", "Last check:125");
        Composite charts = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 6).applyTo(charts);
        rangeChooser(charts);
        promiseChart = chart(charts, "promises", ValueUnit.SHARE);
        cpuChart = chart(charts, "cpu", ValueUnit.CORES);
        memoryChart = chart(charts, "memory", ValueUnit.MEGABYTES);
        diskChart = chart(charts, "disk", ValueUnit.MEGABYTES);
        titleCharts();
        sash.setWeights(25, 75);

        refresh = new AdminRefresh<>("Reading monitoring data", summary, this::read, this::show,
                error -> summary.setText("Monitoring unavailable: " + error));
        refreshButton.addListener(SWT.Selection, e -> refresh.now());
        if (master != null) {
            refresh.start(master);
        }
    }

    /** The range buttons, one pressed at a time, and the time zone the charts' times are in. */
    private void rangeChooser(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(ChartRange.values().length + 2).spacing(2, 0).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        Label label = new Label(row, SWT.NONE);
        label.setText("Range:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).indent(0, 0).applyTo(label);
        for (ChartRange each : ChartRange.values()) {
            Button button = new Button(row, SWT.TOGGLE);
            button.setText(each.label());
            button.setToolTipText("The last " + each.label() + ", " + each.resolution());
            button.setData(RANGE_KEY, each);
            button.setSelection(each == range);
            GridDataFactory.fillDefaults().hint(Math.max(56, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
                    .applyTo(button);
            button.addListener(SWT.Selection, e -> choose(each, row));
        }
        zone = new Label(row, SWT.NONE);
        zone.setData(ZONE_KEY, Boolean.TRUE);
        showZone(chartZone());
        Tone.MUTED.applyTo(zone);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(zone);
    }

    private ZoneId chartZone() {
        return preferences != null ? preferences.chartZone() : ZoneId.systemDefault();
    }

    private void showZone(ZoneId chosen) {
        String text = (chosen.equals(java.time.ZoneOffset.UTC) ? "Chart times are in UTC."
                : "Chart times are local (" + chosen.getId() + ").") + " Point at a line to read its value.";
        if (!text.equals(zone.getText())) {
            zone.setText(text);
            zone.getParent().layout();
        }
    }

    private void choose(ChartRange chosen, Composite row) {
        range = chosen;
        for (org.eclipse.swt.widgets.Control control : row.getChildren()) {
            if (control instanceof Button button && button.getData(RANGE_KEY) != null) {
                button.setSelection(button.getData(RANGE_KEY) == chosen);
            }
        }
        titleCharts();
        refresh.now();
    }

    private void titleCharts() {
        String over = " (last " + range.label() + ", " + range.resolution() + ")";
        promiseChart.setTitle("Promise success per instance" + over);
        cpuChart.setTitle("CPU per node" + over);
        memoryChart.setTitle("Memory per node" + over);
        diskChart.setTitle("Disk per node" + over);
    }

    /** The master, once the console has opened it: injected before {@code @PostConstruct} when it is open already. */
    @Inject
    @Optional
    void masterOpened(EmbeddedMaster master) {
        this.master = master;
        if (master != null && refresh != null) {
            refresh.start(master);
        }
    }

    private Snapshot read(EmbeddedMaster master) {
        MonitoringQueries queries = master.services().monitoring();
        Instant now = Instant.now();
        return new Snapshot(now, queries.nodes(now), queries.instanceHealth(), MonitoringCharts.read(queries, range, now));
    }

    private void show(Snapshot snapshot) {
        long silent = snapshot.nodes().stream()
                .filter(n -> n.staleness().compareTo(MonitoringPolicy.DEFAULT.silentNodeAfter()) > 0).count();
        long failing = snapshot.health().stream().filter(h -> !h.healthy()).count();
        summary.setText(snapshot.nodes().size() + " nodes · " + silent + " silent > "
                + Tables.age(MonitoringPolicy.DEFAULT.silentNodeAfter().getSeconds()) + " · " + snapshot.health().size()
                + " instances with promises · " + failing + " failing · as of " + Tables.time(snapshot.now()) + " UTC");
        nodes.removeAll();
        for (MonitoringQueries.NodeStatus node : snapshot.nodes()) {
            TableItem row = Tables.row(nodes, node.id(), node.site(), Tables.shortTime(node.lastReportAt()),
                    Tables.age(node.staleness().getSeconds()), node.lastSyncError());
            if (node.staleness().compareTo(MonitoringPolicy.DEFAULT.silentNodeAfter()) > 0) {
                row.setForeground(Palette.of(nodes).alarm());
            }
        }
        health.removeAll();
        for (MonitoringQueries.InstanceHealth instance : snapshot.health()) {
            TableItem row = Tables.row(health, instance.title(), instance.tree(), instance.promises(), instance.failing(),
                    instance.healthy() ? "ok" : "failing", Tables.shortTime(instance.lastCheckedAt()));
            if (!instance.healthy()) {
                row.setForeground(Palette.of(health).alarm());
            }
        }
        ZoneId chosenZone = chartZone();
        showZone(chosenZone);
        for (TimeChart chart : List.of(promiseChart, cpuChart, memoryChart, diskChart)) {
            chart.setZone(chosenZone);
        }
        MonitoringCharts charts = snapshot.charts();
        if (charts.range() != range) {
            return; // read before the admin chose another range: the refresh that follows the choice draws that one
        }
        show(promiseChart, charts.promises(), charts);
        show(cpuChart, charts.cpu(), charts);
        show(memoryChart, charts.memory(), charts);
        show(diskChart, charts.disk(), charts);
    }

    private static void show(TimeChart chart, Map<String, List<MonitoringQueries.Point>> points, MonitoringCharts charts) {
        chart.show(TimeChart.of(points, MonitoringQueries.Point::at, MonitoringQueries.Point::value), charts.window().from(),
                charts.window().to(), charts.range().bucket());
    }

    private static Composite titled(Composite parent, String title) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 2).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText(title);
        return box;
    }

    private static TimeChart chart(Composite parent, String which, ValueUnit unit) {
        TimeChart chart = new TimeChart(parent, which, unit);
        chart.setData(CHART_KEY, which);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
        return chart;
    }

    @Focus
    public void setFocus() {
        nodes.setFocus();
    }

    @PreDestroy
    public void dispose() {
        refresh.stop();
    }
}
