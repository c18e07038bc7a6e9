package org.hyperedge.master.accounting;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.StoreException;

/**
 * The usage ledger: every usage record the nodes reported, once each (keyed by node and report sequence, so a
 * replayed report adds nothing), attributed to its instance tree and the project that owns the tree, and booked
 * per instance and UTC day by {@link UsageBook}. A record belongs to the day (and month) its {@code period_from}
 * falls in.
 */
public final class UsageLedger {

    /** Usage of one project in one bucket, per resource. */
    public record ProjectUsage(String project, Instant at, Map<Resource, BigDecimal> quantities) {
    }

    /** The columns of the usage CSV export, in order. */
    public static final List<String> CSV_HEADER = List.of("node", "seq", "project", "tree", "instance", "period_from",
            "period_to", "cpu_seconds", "memory_mb_hours", "disk_mb_hours", "instance_hours");

    private static final String ATTRIBUTED = "FROM usage_record u JOIN instance i ON i.id = u.instance_id "
            + "JOIN instance_tree t ON t.id = i.tree_id";

    private final Database database;

    public UsageLedger(Database database) {
        this.database = database;
    }

    /** Usage per project and UTC day in [from, to) (whole days), from the ledger: for charts and totals. */
    public List<ProjectUsage> perProjectAndDay(Instant from, Instant to) {
        return database.inTransaction(connection -> {
            List<ProjectUsage> usage = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT t.project, l.usage_day, SUM(l.cpu_seconds), "
                    + "SUM(l.memory_mb_hours), SUM(l.disk_mb_hours), SUM(l.instance_hours) FROM usage_ledger l "
                    + "JOIN instance i ON i.id = l.instance_id JOIN instance_tree t ON t.id = i.tree_id "
                    + "WHERE l.usage_day >= ? AND l.usage_day < ? GROUP BY t.project, l.usage_day ORDER BY t.project, l.usage_day")) {
                query.setInt(1, UsageBook.day(from));
                query.setInt(2, UsageBook.day(to));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<Resource, BigDecimal> quantities = new EnumMap<>(Resource.class);
                        for (Resource resource : Resource.values()) {
                            quantities.put(resource, rows.getBigDecimal(3 + resource.ordinal()));
                        }
                        usage.add(new ProjectUsage(rows.getString(1), UsageBook.startOf(rows.getInt(2)), quantities));
                    }
                }
            }
            return usage;
        });
    }

    /** Total usage per project in [from, to) (whole UTC days). */
    public Map<String, Map<Resource, BigDecimal>> totals(Instant from, Instant to) {
        return totals(perProjectAndDay(from, to));
    }

    /** Sums daily usage per project. */
    public static Map<String, Map<Resource, BigDecimal>> totals(List<ProjectUsage> daily) {
        Map<String, Map<Resource, BigDecimal>> totals = new LinkedHashMap<>();
        for (ProjectUsage usage : daily) {
            Map<Resource, BigDecimal> sum = totals.computeIfAbsent(usage.project(), p -> new EnumMap<>(Resource.class));
            usage.quantities().forEach((resource, quantity) -> sum.merge(resource, quantity, BigDecimal::add));
        }
        return totals;
    }

    /** Writes every usage record of [from, to) as CSV (RFC 4180), with its project and tree; returns the row count. */
    public long exportCsv(Instant from, Instant to, Writer out) {
        return database.inTransaction(connection -> {
            long count = 0;
            try (PreparedStatement query = connection.prepareStatement("SELECT u.node_id, u.seq, t.project, t.root_title, "
                    + "u.instance_id, u.period_from, u.period_to, u.cpu_seconds, u.memory_mb_hours, u.disk_mb_hours, "
                    + "u.instance_hours " + ATTRIBUTED + " WHERE u.period_from >= ? AND u.period_from < ? "
                    + "ORDER BY u.period_from, u.node_id, u.seq")) {
                query.setObject(1, from.atOffset(ZoneOffset.UTC));
                query.setObject(2, to.atOffset(ZoneOffset.UTC));
                query.setFetchSize(10_000);
                try (ResultSet rows = query.executeQuery()) {
                    Csv.writeRow(out, CSV_HEADER);
                    while (rows.next()) {
                        Csv.writeRow(out, List.of(rows.getString(1), Long.toString(rows.getLong(2)), rows.getString(3),
                                rows.getString(4), Long.toString(rows.getLong(5)), utc(rows.getObject(6, OffsetDateTime.class)),
                                utc(rows.getObject(7, OffsetDateTime.class)), plain(rows.getBigDecimal(8)),
                                plain(rows.getBigDecimal(9)), plain(rows.getBigDecimal(10)), plain(rows.getBigDecimal(11))));
                        count++;
                    }
                }
                out.flush();
            } catch (IOException e) {
                throw new StoreException("cannot write the usage export: " + e.getMessage(), e);
            }
            return count;
        });
    }

    static String utc(OffsetDateTime at) {
        return at.toInstant().toString();
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
