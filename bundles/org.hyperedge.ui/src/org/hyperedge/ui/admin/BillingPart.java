package org.hyperedge.ui.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.accounting.UsageLedger;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.theme.Tone;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Admin · Billing for a month: usage per project over the month (a chart per resource and the totals), the
 * invoices with their lines and actions, and the price list editor.
 */
public class BillingPart {

    public static final String MONTH_KEY = "org.hyperedge.ui.admin.billing.month";
    public static final String TABS_KEY = "org.hyperedge.ui.admin.billing.tabs";
    public static final String USAGE_KEY = "org.hyperedge.ui.admin.billing.usage";
    public static final String CHART_KEY = "org.hyperedge.ui.admin.billing.chart";

    private Combo month;
    private Combo resource;
    private Label message;
    private TimeChart chart;
    private Table totals;
    private InvoicesTab invoicesTab;
    private PriceListTab priceTab;
    private volatile BillingPeriod period = BillingPeriod.containing(Instant.now());
    private EmbeddedMaster master;
    private AdminRefresh<BillingSnapshot> refresh;
    private BillingSnapshot last;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        new Label(header, SWT.NONE).setText("Month (UTC)");
        month = new Combo(header, SWT.READ_ONLY);
        month.setData(MONTH_KEY, Boolean.TRUE);
        YearMonth now = period.month();
        for (int i = 0; i < 13; i++) {
            month.add(now.minusMonths(i).toString());
        }
        month.select(0);
        Button refreshButton = new Button(header, SWT.PUSH);
        refreshButton.setText("Refresh");
        refreshButton.setImage(ConsoleIcons.image(refreshButton.getDisplay(), "refresh"));
        refreshButton.setToolTipText("Read again from the master now");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(refreshButton);

        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setData(TABS_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        CTabItem usageItem = new CTabItem(tabs, SWT.NONE);
        usageItem.setText("Usage");
        usageItem.setControl(usageTab(tabs));
        message = new Label(parent, SWT.WRAP);
        Tone.ALARM.applyTo(message);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        refresh = new AdminRefresh<>("Reading billing data", tabs, this::read, this::show, this::showMessage);
        CTabItem invoicesItem = new CTabItem(tabs, SWT.NONE);
        invoicesItem.setText("Invoices");
        invoicesTab = new InvoicesTab(tabs, refresh, () -> period, this::showMessage, this::showInfo);
        invoicesItem.setControl(invoicesTab.control());
        CTabItem pricesItem = new CTabItem(tabs, SWT.NONE);
        pricesItem.setText("Price list");
        priceTab = new PriceListTab(tabs, refresh, this::showMessage, this::showInfo);
        pricesItem.setControl(priceTab.control());
        tabs.setSelection(0);

        refreshButton.addListener(SWT.Selection, e -> refresh.now());
        month.addListener(SWT.Selection, e -> {
            period = BillingPeriod.parse(month.getText());
            refresh.now();
        });
        resource.addListener(SWT.Selection, e -> {
            if (last != null) {
                showUsage(last);
            }
        });
        if (master != null) {
            refresh.start(master);
        }
    }

    private Composite usageTab(Composite parent) {
        Composite usage = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(usage);
        Composite row = new Composite(usage, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText("Resource");
        resource = new Combo(row, SWT.READ_ONLY);
        for (Resource each : Resource.values()) {
            resource.add(each.unit());
        }
        resource.select(Resource.INSTANCE.ordinal());
        chart = new TimeChart(usage, "Usage per project per day", "instance-hours");
        chart.setData(CHART_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(chart);
        totals = Tables.create(usage, USAGE_KEY, "Project:110", "CPU seconds:110", "Memory MB-h:110", "Disk MB-h:110",
                "Instance-h:90");
        return usage;
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

    private BillingSnapshot read(EmbeddedMaster master) {
        return BillingSnapshot.read(master, period, invoicesTab.selectedId());
    }

    private void show(BillingSnapshot snapshot) {
        last = snapshot;
        showUsage(snapshot);
        totals.removeAll();
        for (Map.Entry<String, Map<Resource, BigDecimal>> project : snapshot.totals().entrySet()) {
            Map<Resource, BigDecimal> used = project.getValue();
            Tables.row(totals, project.getKey(), plain(used.get(Resource.CPU)), plain(used.get(Resource.MEMORY)),
                    plain(used.get(Resource.DISK)), plain(used.get(Resource.INSTANCE)));
        }
        invoicesTab.show(snapshot);
        priceTab.show(snapshot.prices());
    }

    private void showUsage(BillingSnapshot snapshot) {
        Resource shown = Resource.values()[Math.max(0, resource.getSelectionIndex())];
        Map<String, List<Instant>> times = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (UsageLedger.ProjectUsage usage : snapshot.usage()) {
            times.computeIfAbsent(usage.project(), p -> new ArrayList<>()).add(usage.at());
            values.computeIfAbsent(usage.project(), p -> new ArrayList<>()).add(usage.quantities().get(shown).doubleValue());
        }
        List<TimeChart.Series> series = new ArrayList<>();
        times.forEach((project, at) -> series.add(new TimeChart.Series(project, at, values.get(project))));
        chart.setUnit(shown.unit() + "s per day");
        chart.show(series, snapshot.period().start(), snapshot.period().end());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A refusal or a failure, in red. */
    private void showMessage(String text) {
        Tone.ALARM.applyTo(message);
        message.setText(text);
        message.requestLayout();
    }

    /** What an action did, in the normal colour. */
    private void showInfo(String text) {
        Tone.NORMAL.applyTo(message);
        message.setText(text);
        message.requestLayout();
    }

    @Focus
    public void setFocus() {
        month.setFocus();
    }

    @PreDestroy
    public void dispose() {
        refresh.stop();
    }
}
