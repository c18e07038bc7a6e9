package org.hyperedge.master.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.accounting.UsageBook;
import org.hyperedge.master.store.Database;

/**
 * Generates the invoices of a period: one per project that used something, a line per instance tree, resource and
 * unit price. Usage is priced at the price in effect when its record's period began: the period is cut into
 * segments at every price change inside it (prices change at the start of a UTC day) and each segment is summed
 * by the database from the usage ledger (usage per instance and day). A draft invoice is
 * regenerated in place; issued and paid invoices are final and left alone. See {@link Money} for the rounding.
 */
public final class InvoiceGenerator {

    /** What a generation did. */
    public record Outcome(BillingPeriod period, int generated, int keptFinal, int lines, BigDecimal total) {
    }

    private record TreeKey(String project, long treeId, String title) {
    }

    private record LineKey(Resource resource, BigDecimal unitPrice) {
    }

    private final Database database;

    public InvoiceGenerator(Database database) {
        this.database = database;
    }

    /** Generates the period's invoices for every project, or only for {@code project} when not null. */
    public Outcome generate(BillingPeriod period, String project) {
        return database.inTransaction(connection -> {
            if (project != null) {
                requireProject(connection, project);
            }
            List<Price> prices = PriceList.all(connection);
            Map<TreeKey, Map<LineKey, BigDecimal>> usage = new TreeMap<>((a, b) -> a.project().equals(b.project())
                    ? a.title().compareTo(b.title()) != 0 ? a.title().compareTo(b.title()) : Long.compare(a.treeId(), b.treeId())
                    : a.project().compareTo(b.project()));
            Map<String, String> currencyOf = new HashMap<>();
            List<Instant> cuts = cuts(prices, period);
            for (int i = 0; i + 1 < cuts.size(); i++) {
                sumSegment(connection, prices, cuts.get(i), cuts.get(i + 1), project, usage, currencyOf);
            }
            Map<String, Long> existing = existing(connection, period, project);
            Map<String, List<Invoice.Line>> linesByProject = new TreeMap<>();
            usage.forEach((tree, lines) -> {
                List<Invoice.Line> projectLines = linesByProject.computeIfAbsent(tree.project(), p -> new ArrayList<>());
                for (Resource resource : Resource.values()) {
                    lines.entrySet().stream().filter(e -> e.getKey().resource() == resource && e.getValue().signum() != 0)
                            .sorted((a, b) -> a.getKey().unitPrice().compareTo(b.getKey().unitPrice()))
                            .forEach(e -> projectLines.add(new Invoice.Line(projectLines.size() + 1, tree.treeId(), tree.title(),
                                    resource.unit(), e.getValue(), e.getKey().unitPrice(), Money.lineAmount(e.getValue(),
                                            e.getKey().unitPrice(), currencyOf.get(tree.project())))));
                }
            });
            int generated = 0;
            int keptFinal = 0;
            int lineCount = 0;
            BigDecimal total = BigDecimal.ZERO;
            try (PreparedStatement insertLine = connection.prepareStatement("INSERT INTO invoice_line (invoice_id, line_no, "
                    + "tree_id, tree_title, resource, quantity, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, List<Invoice.Line>> entry : linesByProject.entrySet()) {
                    Long id = existing.get(entry.getKey());
                    if (id != null && id < 0) {
                        keptFinal++;
                        continue;
                    }
                    String currency = currencyOf.get(entry.getKey());
                    BigDecimal invoiceTotal = entry.getValue().stream().map(Invoice.Line::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    long invoiceId = id != null ? redraft(connection, id, currency, invoiceTotal)
                            : insert(connection, entry.getKey(), period, currency, invoiceTotal);
                    for (Invoice.Line line : entry.getValue()) {
                        insertLine.setLong(1, invoiceId);
                        insertLine.setInt(2, line.number());
                        insertLine.setLong(3, line.treeId());
                        insertLine.setString(4, line.tree());
                        insertLine.setString(5, line.resource());
                        insertLine.setBigDecimal(6, line.quantity());
                        insertLine.setBigDecimal(7, line.unitPrice());
                        insertLine.setBigDecimal(8, line.amount());
                        insertLine.addBatch();
                        lineCount++;
                    }
                    generated++;
                    total = total.add(invoiceTotal);
                }
                insertLine.executeBatch();
            }
            for (Map.Entry<String, Long> draft : existing.entrySet()) {
                if (draft.getValue() > 0 && !linesByProject.containsKey(draft.getKey())) {
                    deleteDraft(connection, draft.getValue()); // its usage went to another project, or away
                }
            }
            return new Outcome(period, generated, keptFinal, lineCount, total);
        });
    }

    /** The period's bounds and every price change strictly inside it, in order. */
    private static List<Instant> cuts(List<Price> prices, BillingPeriod period) {
        TreeSet<Instant> cuts = new TreeSet<>(List.of(period.start(), period.end()));
        prices.stream().map(Price::effectiveFrom).filter(at -> at.isAfter(period.start()) && at.isBefore(period.end()))
                .forEach(cuts::add);
        return new ArrayList<>(cuts);
    }

    private static void sumSegment(Connection connection, List<Price> prices, Instant from, Instant to, String project,
            Map<TreeKey, Map<LineKey, BigDecimal>> usage, Map<String, String> currencyOf) throws SQLException {
        Map<Resource, Price> inEffect = new EnumMap<>(Resource.class);
        for (Price price : prices) {
            if (!price.effectiveFrom().isAfter(from)) {
                inEffect.put(price.resource(), price);
            }
        }
        // the ledger holds usage per instance and UTC day; prices change at the start of a day, so days split exactly
        try (PreparedStatement query = connection.prepareStatement("SELECT t.project, t.id, t.root_title, "
                + "SUM(l.cpu_seconds), SUM(l.memory_mb_hours), SUM(l.disk_mb_hours), SUM(l.instance_hours) "
                + "FROM usage_ledger l JOIN instance i ON i.id = l.instance_id JOIN instance_tree t ON t.id = i.tree_id "
                + "WHERE l.usage_day >= ? AND l.usage_day < ?" + (project == null ? "" : " AND t.project = ?")
                + " GROUP BY t.project, t.id, t.root_title")) {
            query.setInt(1, UsageBook.day(from));
            query.setInt(2, UsageBook.day(to));
            if (project != null) {
                query.setString(3, project);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    TreeKey tree = new TreeKey(rows.getString(1), rows.getLong(2), rows.getString(3));
                    for (Resource resource : Resource.values()) {
                        BigDecimal quantity = rows.getBigDecimal(4 + resource.ordinal());
                        if (quantity == null || quantity.signum() == 0) {
                            continue;
                        }
                        Price price = inEffect.get(resource);
                        if (price == null) {
                            throw new IllegalStateException("no price for " + resource.unit() + " in effect at " + from
                                    + " (project " + tree.project() + " used " + quantity.toPlainString() + "): set one "
                                    + "with 'billing set-price'; no invoice was generated");
                        }
                        String currency = currencyOf.putIfAbsent(tree.project(), price.currency());
                        if (currency != null && !currency.equals(price.currency())) {
                            throw new IllegalStateException("project " + tree.project() + " would be billed in " + currency
                                    + " and " + price.currency() + " in one period: the price list must use one currency; "
                                    + "no invoice was generated");
                        }
                        usage.computeIfAbsent(tree, t -> new HashMap<>()).merge(
                                new LineKey(resource, price.unitPrice()), quantity, BigDecimal::add);
                    }
                }
            }
        }
    }

    /** The period's invoices per project: a draft's id, or minus the id of a final (issued or paid) one. */
    private static Map<String, Long> existing(Connection connection, BillingPeriod period, String project)
            throws SQLException {
        Map<String, Long> existing = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT project, id, state FROM invoice "
                + "WHERE period_start = ?" + (project == null ? "" : " AND project = ?"))) {
            query.setObject(1, period.start().atOffset(ZoneOffset.UTC));
            if (project != null) {
                query.setString(2, project);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.put(rows.getString(1), "draft".equals(rows.getString(3)) ? rows.getLong(2) : -rows.getLong(2));
                }
            }
        }
        return existing;
    }

    private static long redraft(Connection connection, long id, String currency, BigDecimal total) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM invoice_line WHERE invoice_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE invoice SET currency = ?, total = ?, generated_at = ? WHERE id = ?")) {
            update.setString(1, currency);
            update.setBigDecimal(2, total);
            update.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            update.setLong(4, id);
            update.executeUpdate();
        }
        return id;
    }

    private static void deleteDraft(Connection connection, long id) throws SQLException {
        for (String sql : List.of("DELETE FROM invoice_line WHERE invoice_id = ?", "DELETE FROM invoice WHERE id = ?")) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static long insert(Connection connection, String project, BillingPeriod period, String currency,
            BigDecimal total) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invoice (project, period_start, period_end, "
                + "currency, total, state, generated_at) VALUES (?, ?, ?, ?, ?, 'draft', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, project);
            insert.setObject(2, period.start().atOffset(ZoneOffset.UTC));
            insert.setObject(3, period.end().atOffset(ZoneOffset.UTC));
            insert.setString(4, currency);
            insert.setBigDecimal(5, total);
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void requireProject(Connection connection, String project) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM project WHERE name = ?")) {
            query.setString(1, project);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("no project '" + project + "'");
                }
            }
        }
    }
}
