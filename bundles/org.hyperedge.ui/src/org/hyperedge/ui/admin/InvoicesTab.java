package org.hyperedge.ui.admin;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.Invoice;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.Money;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.ui.parts.MenuItems;
import org.hyperedge.ui.theme.Palette;

/** The invoices of the month, the selected one's lines, and the actions: generate, issue, mark paid, export CSV. */
final class InvoicesTab {

    static final String TABLE_KEY = "org.hyperedge.ui.admin.billing.invoices";
    static final String LINES_KEY = "org.hyperedge.ui.admin.billing.lines";
    /** The data key of the invoice rows' menu items: their action (issue, pay, export). */
    static final String MENU_ACTION_KEY = "org.hyperedge.ui.admin.billing.menuAction";

    private final Composite control;
    private final Table invoices;
    private final Table lines;
    private final Label detail;
    private final Button issue;
    private final Button pay;
    private final AdminRefresh<BillingSnapshot> refresh;
    private final Supplier<BillingPeriod> period;
    private final Consumer<String> message;
    private final Consumer<String> info;
    private volatile Long selectedId;
    private List<Invoice> shown = List.of();

    InvoicesTab(Composite parent, AdminRefresh<BillingSnapshot> refresh, Supplier<BillingPeriod> period,
            Consumer<String> message, Consumer<String> info) {
        this.refresh = refresh;
        this.period = period;
        this.message = message;
        this.info = info;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(control);
        Composite buttons = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
        button(buttons, "Generate drafts", this::generate);
        issue = button(buttons, "Issue", () -> transition("Issuing", true));
        pay = button(buttons, "Mark paid", () -> transition("Recording the payment of", false));
        button(buttons, "Export usage…", () -> export(true));
        button(buttons, "Export invoices…", () -> export(false));
        SashForm sash = new SashForm(control, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        invoices = Tables.create(top, TABLE_KEY, "#:40", "Project:120", "Period:70", "State:70", "Total:110", "Due (UTC):140");
        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(bottom);
        detail = new Label(bottom, SWT.WRAP);
        detail.setText("Select an invoice to see its lines.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
        lines = Tables.create(bottom, LINES_KEY, "#:30", "Tree:85", "Resource:125", "Quantity:115", "Unit price:90",
                "Amount:90");
        sash.setWeights(45, 55);
        invoices.addListener(SWT.Selection, e -> {
            int index = invoices.getSelectionIndex();
            selectedId = index < 0 ? null : shown.get(index).id();
            refresh.now();
        });
        enable(null);
        invoices.setMenu(rowMenu());
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(invoices);
    }

    /**
     * The invoice rows' menu: issue a draft, record the payment of an issued one (each asks first: both are final
     * for the customer), export the month. Enabled on the row under the pointer as the table shows it now.
     */
    private Menu rowMenu() {
        Menu menu = new Menu(invoices);
        MenuItem issueItem = menuItem(menu, "&Issue…", "issue", () -> confirmThen(true));
        MenuItem payItem = menuItem(menu, "Mark &Paid…", "pay", () -> confirmThen(false));
        new MenuItem(menu, SWT.SEPARATOR);
        menuItem(menu, "&Export Invoices…", "export", () -> export(false));
        menu.addListener(SWT.Show, e -> {
            Invoice row = rowInvoice();
            issueItem.setEnabled(row != null && "draft".equals(row.state()));
            payItem.setEnabled(row != null && "issued".equals(row.state()));
        });
        return menu;
    }

    private static MenuItem menuItem(Menu menu, String label, String action, Runnable run) {
        return MenuItems.push(menu, label, null, MENU_ACTION_KEY, action, run);
    }

    private Invoice rowInvoice() {
        int index = invoices.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    /** The question before issuing or recording a payment: which invoice, whose, how much. */
    static String confirmation(Invoice invoice, boolean issuing) {
        String which = "invoice " + invoice.id() + " of " + invoice.project() + " for " + invoice.period() + " ("
                + Money.format(invoice.total(), invoice.currency()) + ")";
        return issuing ? "Issue " + which + "?\n\nAn issued invoice is final: its lines no longer change, and it is due in "
                + Invoices.DEFAULT_TERMS.toDays() + " days."
                : "Record the payment of " + which + "?\n\nA paid invoice is settled and is never overdue again.";
    }

    private void confirmThen(boolean issuing) {
        Invoice row = rowInvoice();
        if (row == null) {
            return;
        }
        selectedId = row.id();
        if (MessageDialog.openConfirm(control.getShell(),
                issuing ? "Issue invoice" : "Mark invoice paid", confirmation(row, issuing))) {
            transition(issuing ? "Issuing" : "Recording the payment of", issuing);
        }
    }

    Composite control() {
        return control;
    }

    Long selectedId() {
        return selectedId;
    }

    void show(BillingSnapshot snapshot) {
        shown = snapshot.invoices();
        invoices.removeAll();
        Instant now = Instant.now();
        for (Invoice invoice : shown) {
            TableItem row = Tables.row(invoices, invoice.id(), invoice.project(), invoice.period(),
                    invoice.overdue(now) ? "overdue" : invoice.state(), Money.format(invoice.total(), invoice.currency()),
                    invoice.dueAt() == null ? "" : Tables.time(invoice.dueAt()));
            if (invoice.overdue(now)) {
                row.setForeground(Palette.of(invoices).alarm());
            }
            if (snapshot.selected() != null && snapshot.selected().id() == invoice.id()) {
                invoices.setSelection(row);
            }
        }
        Invoice selected = snapshot.selected();
        lines.removeAll();
        if (selected == null) {
            detail.setText(shown.isEmpty() ? "No invoices for " + snapshot.period() + ": generate the drafts."
                    : "Select an invoice to see its lines.");
        } else {
            detail.setText("Invoice " + selected.id() + " · " + selected.project() + " · " + selected.period() + " · "
                    + selected.state() + " · total " + Money.format(selected.total(), selected.currency())
                    + " (each line rounded HALF_UP to the cent)");
            for (Invoice.Line line : selected.lines()) {
                Tables.row(lines, line.number(), line.tree(), line.resource(),
                        line.quantity().stripTrailingZeros().toPlainString(),
                        line.unitPrice().toPlainString(), Money.format(line.amount(), selected.currency()));
            }
        }
        detail.requestLayout();
        enable(selected);
    }

    private void enable(Invoice selected) {
        issue.setEnabled(selected != null && "draft".equals(selected.state()));
        pay.setEnabled(selected != null && "issued".equals(selected.state()));
    }

    private void generate() {
        BillingPeriod month = period.get();
        refresh.act("Generating the invoices of " + month, master -> {
            InvoiceGenerator.Outcome outcome = master.services().invoiceGenerator().generate(month, null);
            report(month + ": " + outcome.generated() + " draft invoice(s), " + outcome.keptFinal() + " final one(s) kept");
        });
    }

    private void transition(String what, boolean issuing) {
        Long id = selectedId;
        if (id == null) {
            return;
        }
        refresh.act(what + " invoice " + id, master -> {
            Invoices all = master.services().invoices();
            if (issuing) {
                all.issue(id, Invoices.DEFAULT_TERMS, Instant.now());
            } else {
                all.pay(id, Instant.now());
            }
        });
    }

    private void export(boolean usage) {
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        BillingPeriod month = period.get();
        dialog.setFileName((usage ? "usage-" : "invoices-") + month + ".csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        refresh.act("Exporting to " + file, master -> {
            try (Writer writer = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
                long rows = usage ? master.services().usage().exportCsv(month.start(), month.end(), writer)
                        : master.services().invoices().exportCsv(month, writer);
                report(rows + " row(s) written to " + file);
            } catch (IOException e) {
                throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private void report(String text) {
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> info.accept(text));
        }
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
