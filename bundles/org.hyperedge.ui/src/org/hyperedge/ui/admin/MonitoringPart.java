package org.hyperedge.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.monitoring.MonitoringPolicy;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.ui.parts.ConsoleIcons;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Admin · Monitoring: the staleness of every node (its last report's age, shown as it is), instance health from the
 * promises, and charts over the last 24 hours: promise success per instance, CPU and memory per node.
 */
public class MonitoringPart {

    public static final String NODES_KEY = "org.hyperedge.ui.admin.monitoring.nodes";
    public static final String HEALTH_KEY = "org.hyperedge.ui.admin.monitoring.health";
    public static final String CHART_KEY = "org.hyperedge.ui.admin.monitoring.chart";
    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration BUCKET = Duration.ofHours(1);

    record Snapshot(Instant now, List<MonitoringQueries.NodeStatus> nodes, List<MonitoringQueries.InstanceHealth> health,
            Map<String, List<MonitoringQueries.Point>> promises, Map<String, List<MonitoringQueries.Point>> cpu,
            Map<String, List<MonitoringQueries.Point>> memory) {
    }

    private Label summary;
    private Table nodes;
    private Table health;
    private TimeChart promiseChart;
    private TimeChart cpuChart;
    private TimeChart memoryChart;
    private EmbeddedMaster master;
    private AdminRefresh<Snapshot> refresh;

    @PostConstruct
    public void createControls(Composite parent) {
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
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 4).applyTo(charts);
        promiseChart = chart(charts, "Promise success per instance (last 24 h, hourly)", "share passed", 1.0);
        cpuChart = chart(charts, "CPU per node (last 24 h, hourly)", "cores", null);
        memoryChart = chart(charts, "Memory per node (last 24 h, hourly)", "MB", null);
        sash.setWeights(30, 70);

        refresh = new AdminRefresh<>("Reading monitoring data", summary, MonitoringPart::read, this::show,
                error -> summary.setText("Monitoring unavailable: " + error));
        refreshButton.addListener(SWT.Selection, e -> refresh.now());
        if (master != null) {
            refresh.start(master);
        }
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

    private static Snapshot read(EmbeddedMaster master) {
        MonitoringQueries queries = master.services().monitoring();
        Instant now = Instant.now();
        Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(BUCKET);
        Instant from = to.minus(WINDOW);
        return new Snapshot(now, queries.nodes(now), queries.instanceHealth(), queries.promiseSuccess(from, to, BUCKET),
                queries.nodeCpuCores(from, to, BUCKET), queries.nodeMemoryMb(from, to, BUCKET));
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
                row.setForeground(nodes.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        health.removeAll();
        for (MonitoringQueries.InstanceHealth instance : snapshot.health()) {
            TableItem row = Tables.row(health, instance.title(), instance.tree(), instance.promises(), instance.failing(),
                    instance.healthy() ? "ok" : "failing", Tables.shortTime(instance.lastCheckedAt()));
            if (!instance.healthy()) {
                row.setForeground(health.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        Instant to = snapshot.now().truncatedTo(ChronoUnit.HOURS).plus(BUCKET);
        Instant from = to.minus(WINDOW);
        promiseChart.show(TimeChart.of(snapshot.promises(), MonitoringQueries.Point::at, MonitoringQueries.Point::value), from, to);
        cpuChart.show(TimeChart.of(snapshot.cpu(), MonitoringQueries.Point::at, MonitoringQueries.Point::value), from, to);
        memoryChart.show(TimeChart.of(snapshot.memory(), MonitoringQueries.Point::at, MonitoringQueries.Point::value), from, to);
    }

    private static Composite titled(Composite parent, String title) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 2).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText(title);
        return box;
    }

    private static TimeChart chart(Composite parent, String title, String unit, Double max) {
        TimeChart chart = new TimeChart(parent, title, unit, max);
        chart.setData(CHART_KEY, title);
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
