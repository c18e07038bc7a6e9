package org.hyperedge.master.billing;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.accounting.Csv;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.master.ticket.Tickets;

/**
 * Invoices after generation: listed, read with their lines, issued (draft to issued: frozen, due after the payment
 * terms), paid (issued to paid, which resolves an overdue ticket), and exported to CSV.
 */
public final class Invoices {

    public static final Duration DEFAULT_TERMS = Duration.ofDays(30);
    /** Longer payment terms than ten years are a typing mistake. */
    public static final Duration MAX_TERMS = Duration.ofDays(3650);

    /** The columns of the invoice CSV export: one row per invoice line, with its invoice's fields. */
    public static final List<String> CSV_HEADER = List.of("invoice", "project", "period", "state", "currency", "total",
            "issued_at", "due_at", "paid_at", "line", "tree", "resource", "quantity", "unit_price", "amount");

    private static final String COLUMNS = "id, project, period_start, currency, total, state, generated_at, issued_at, "
            + "due_at, paid_at";

    private final Database database;

    public Invoices(Database database) {
        this.database = database;
    }

    /** Invoices of a period (or all, null), in a state (or any, null), by period then project; without lines. */
    public List<Invoice> list(BillingPeriod period, String state) {
        if (state != null && !List.of("draft", "issued", "paid").contains(state)) {
            throw new IllegalArgumentException("unknown invoice state '" + state + "': expected draft, issued or paid");
        }
        return database.inTransaction(connection -> {
            List<Invoice> invoices = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM invoice WHERE 1 = 1"
                    + (period == null ? "" : " AND period_start = ?") + (state == null ? "" : " AND state = ?")
                    + " ORDER BY period_start DESC, project")) {
                int index = 1;
                if (period != null) {
                    query.setObject(index++, period.start().atOffset(ZoneOffset.UTC));
                }
                if (state != null) {
                    query.setString(index, state);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        invoices.add(invoice(rows, List.of()));
                    }
                }
            }
            return invoices;
        });
    }

    public Optional<Invoice> find(long id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    /** Issues a draft: its lines are final from now on, and it is due after the terms. */
    public Invoice issue(long id, Duration terms, Instant now) {
        if (terms.isNegative() || terms.compareTo(MAX_TERMS) > 0) {
            throw new IllegalArgumentException("payment terms of " + terms.toDays() + " days are out of range: give 0 to "
                    + MAX_TERMS.toDays() + " days; nothing was changed");
        }
        return transition(id, "draft", "issued", "issued_at = ?, due_at = ?", now, now.plus(terms));
    }

    /** Records the payment of an issued invoice; an overdue ticket about it is resolved. */
    public Invoice pay(long id, Instant now) {
        return database.inTransaction(connection -> {
            Invoice paid = transition(connection, id, "issued", "paid", "paid_at = ?", now, null);
            Tickets.resolve(connection, OverdueInvoices.cause(id), "invoice " + id + " paid");
            return paid;
        });
    }

    private Invoice transition(long id, String from, String to, String set, Instant first, Instant second) {
        return database.inTransaction(connection -> transition(connection, id, from, to, set, first, second));
    }

    private static Invoice transition(Connection connection, long id, String from, String to, String set, Instant first,
            Instant second) throws SQLException {
        Invoice invoice = find(connection, id).orElseThrow(() -> new IllegalArgumentException("no invoice " + id));
        if (!from.equals(invoice.state())) {
            throw new IllegalStateException("invoice " + id + " is " + invoice.state() + ": only " + ("draft".equals(from)
                    ? "a draft invoice can be issued" : "an issued invoice can be paid"));
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE invoice SET state = ?, " + set
                + " WHERE id = ? AND state = ?")) {
            int index = 1;
            update.setString(index++, to);
            update.setObject(index++, first.atOffset(ZoneOffset.UTC));
            if (second != null) {
                update.setObject(index++, second.atOffset(ZoneOffset.UTC));
            }
            update.setLong(index++, id);
            update.setString(index, from);
            update.executeUpdate();
        }
        return find(connection, id).orElseThrow();
    }

    /** Writes the invoices of a period (or all, null) as CSV, a row per line; returns the row count. */
    public long exportCsv(BillingPeriod period, Writer out) {
        List<Invoice> invoices = list(period, null);
        long rows = 0;
        try {
            Csv.writeRow(out, CSV_HEADER);
            for (Invoice header : invoices) {
                Invoice invoice = find(header.id()).orElseThrow();
                for (Invoice.Line line : invoice.lines()) {
                    Csv.writeRow(out, List.of(Long.toString(invoice.id()), invoice.project(), invoice.period().toString(),
                            invoice.state(), invoice.currency(), invoice.total().toPlainString(), text(invoice.issuedAt()),
                            text(invoice.dueAt()), text(invoice.paidAt()), Integer.toString(line.number()), line.tree(),
                            line.resource(), line.quantity().toPlainString(), line.unitPrice().toPlainString(),
                            line.amount().toPlainString()));
                    rows++;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new StoreException("cannot write the invoice export: " + e.getMessage(), e);
        }
        return rows;
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }

    static Optional<Invoice> find(Connection connection, long id) throws SQLException {
        List<Invoice.Line> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT line_no, tree_id, tree_title, resource, quantity, "
                + "unit_price, amount FROM invoice_line WHERE invoice_id = ? ORDER BY line_no")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Invoice.Line(rows.getInt(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getBigDecimal(5), rows.getBigDecimal(6).stripTrailingZeros(), rows.getBigDecimal(7)));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM invoice WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(invoice(row, List.copyOf(lines))) : Optional.empty();
            }
        }
    }

    private static Invoice invoice(ResultSet row, List<Invoice.Line> lines) throws SQLException {
        String currency = row.getString(4).trim();
        Instant start = row.getObject(3, OffsetDateTime.class).toInstant();
        List<Invoice.Line> rounded = lines.stream().map(l -> new Invoice.Line(l.number(), l.treeId(), l.tree(), l.resource(),
                l.quantity(), l.unitPrice(), l.amount().setScale(Money.minorDigits(currency), Money.ROUNDING))).toList();
        return new Invoice(row.getLong(1), row.getString(2), BillingPeriod.containing(start), currency,
                row.getBigDecimal(5).setScale(Money.minorDigits(currency), Money.ROUNDING), row.getString(6),
                instant(row, 7), instant(row, 8), instant(row, 9), instant(row, 10), rounded);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
