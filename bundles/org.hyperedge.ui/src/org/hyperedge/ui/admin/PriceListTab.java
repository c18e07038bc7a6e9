package org.hyperedge.ui.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.Price;
import org.hyperedge.ui.theme.Palette;

/** The price list with its history, and a form to set a unit price from a date on (never backwards). */
final class PriceListTab {

    static final String TABLE_KEY = "org.hyperedge.ui.admin.billing.prices";
    static final String PRICE_KEY = "org.hyperedge.ui.admin.billing.price";
    static final String SET_KEY = "org.hyperedge.ui.admin.billing.setPrice";

    private final Composite control;
    private final Table table;
    private final Combo unit;
    private final Text price;
    private final Text currency;
    private final Text from;
    private final AdminRefresh<BillingSnapshot> refresh;
    private final Consumer<String> message;
    private final Consumer<String> info;

    PriceListTab(Composite parent, AdminRefresh<BillingSnapshot> refresh, Consumer<String> message, Consumer<String> info) {
        this.refresh = refresh;
        this.message = message;
        this.info = info;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(control);
        table = Tables.create(control, TABLE_KEY, "Unit:130", "Unit price:120", "Currency:70", "From (UTC):150", "In effect:80");
        Composite form = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        new Label(form, SWT.NONE).setText("Unit");
        unit = new Combo(form, SWT.READ_ONLY);
        for (Resource resource : Resource.values()) {
            unit.add(resource.unit());
        }
        unit.select(0);
        new Label(form, SWT.NONE).setText("Unit price");
        price = text(form, "0.000011");
        price.setData(PRICE_KEY, Boolean.TRUE);
        new Label(form, SWT.NONE).setText("Currency");
        currency = text(form, "EUR");
        new Label(form, SWT.NONE).setText("From (date, UTC)");
        from = text(form, LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        Button set = new Button(form, SWT.PUSH);
        set.setText("Set price");
        set.setData(SET_KEY, Boolean.TRUE);
        GridDataFactory.swtDefaults().span(4, 1).align(SWT.END, SWT.CENTER).applyTo(set);
        set.addListener(SWT.Selection, e -> setPrice());
    }

    Composite control() {
        return control;
    }

    void show(List<Price> prices) {
        table.removeAll();
        Instant now = Instant.now();
        for (Price each : prices) {
            boolean inEffect = !each.effectiveFrom().isAfter(now) && prices.stream().noneMatch(p -> p.resource() == each.resource()
                    && p.effectiveFrom().isAfter(each.effectiveFrom()) && !p.effectiveFrom().isAfter(now));
            TableItem row = Tables.row(table, each.resource().unit(), each.unitPrice().toPlainString(), each.currency(),
                    Tables.time(each.effectiveFrom()), inEffect ? "now" : each.effectiveFrom().isAfter(now) ? "upcoming" : "past");
            if (!inEffect) {
                row.setForeground(Palette.of(table).muted());
            }
        }
    }

    /** Checks the form on the UI thread (naming the bad field), sets the price in a job; the master checks the rest. */
    private void setPrice() {
        Resource resource = Resource.values()[unit.getSelectionIndex()];
        BigDecimal value;
        Instant effective;
        try {
            value = new BigDecimal(price.getText().strip());
        } catch (NumberFormatException e) {
            message.accept("Unit price '" + price.getText() + "' is not a decimal number like 0.000011; nothing was changed");
            return;
        }
        try {
            effective = LocalDate.parse(from.getText().strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            message.accept("From '" + from.getText() + "' is not a date like 2026-12-01; nothing was changed");
            return;
        }
        String code = currency.getText().strip().toUpperCase(java.util.Locale.ROOT);
        message.accept("");
        refresh.act("Setting the price of " + resource.unit(), master -> {
            master.services().prices().set(resource, value, code, effective);
            control.getDisplay().asyncExec(() -> info.accept(resource.unit() + " costs " + value.toPlainString() + " "
                    + code + " from " + effective + " on"));
        });
    }

    private static Text text(Composite parent, String initial) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(initial);
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
