package org.hyperedge.master.accounting;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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
 * replayed report adds nothing), attributed to its instance tree and the project that owns the tree. A record
 * belongs to the period its {@code period_from} falls in.
 */
public final class UsageLedger {

    /** Usage of one project in one bucket, per resource. */
    public record ProjectUsage(String project, Instant at, Map<Resource, BigDecimal> quantities) {
    }

    /** The columns of the usage CSV export, in order. */
    public static final List<String> CSV_HEADER = List.of("node", "seq", "project", "tree", "instance", "period_from",
            "period_to", "cpu_seconds", "memory_mb_hours", "disk_mb_hours", "instance_hours");

    static final String ATTRIBUTED = "FROM usage_record u JOIN instance i ON i.id = u.instance_id "
            + "JOIN instance_tree t ON t.id = i.tree_id";

    private final Database database;

    public UsageLedger(Database database) {
        this.database = database;
    }

    /** Usage per project and bucket in [from, to), for charts. */
    public List<ProjectUsage> perProject(Instant from, Instant to, Duration bucket) {
        if (bucket.getSeconds() <= 0) {
            throw new IllegalArgumentException("a usage bucket must be at least one second, not " + bucket);
        }
        String b = "FLOOR(EXTRACT(EPOCH FROM u.period_from) / " + bucket.getSeconds() + ")";
        return database.inTransaction(connection -> {
            List<ProjectUsage> usage = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT project, b, SUM(cpu_seconds), "
                    + "SUM(memory_mb_hours), SUM(disk_mb_hours), SUM(instance_hours) FROM (SELECT t.project, " + b + " AS b, "
                    + "u.cpu_seconds, u.memory_mb_hours, u.disk_mb_hours, u.instance_hours " + ATTRIBUTED
                    + " WHERE u.period_from >= ? AND u.period_from < ?) x GROUP BY project, b ORDER BY project, b")) {
                query.setObject(1, from.atOffset(ZoneOffset.UTC));
                query.setObject(2, to.atOffset(ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<Resource, BigDecimal> quantities = new EnumMap<>(Resource.class);
                        for (Resource resource : Resource.values()) {
                            quantities.put(resource, rows.getBigDecimal(3 + resource.ordinal()));
                        }
                        usage.add(new ProjectUsage(rows.getString(1),
                                Instant.ofEpochSecond(rows.getLong(2) * bucket.getSeconds()), quantities));
                    }
                }
            }
            return usage;
        });
    }

    /** Total usage per project in [from, to). */
    public Map<String, Map<Resource, BigDecimal>> totals(Instant from, Instant to) {
        Map<String, Map<Resource, BigDecimal>> totals = new LinkedHashMap<>();
        for (ProjectUsage usage : perProject(from, to, Duration.between(from, to).plusSeconds(1))) {
            totals.merge(usage.project(), usage.quantities(), (a, b) -> {
                Map<Resource, BigDecimal> sum = new EnumMap<>(a);
                b.forEach((resource, quantity) -> sum.merge(resource, quantity, BigDecimal::add));
                return sum;
            });
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
