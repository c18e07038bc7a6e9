package org.hyperedge.master.view;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.hyperedge.master.view.InstanceQuery.SortColumn;

/**
 * Every instance's table row, held in memory for the console, so filtering and sorting a hundred thousand
 * instances takes milliseconds instead of a database scan per keystroke. The fleet model
 * ({@link org.hyperedge.master.fleet.FleetModel}) keeps it: each refresh puts in the rows of the instances that
 * changed and the nodes' report times, which give every instance its report age.
 * Thread-safe: updates and queries may run on any background thread.
 */
public final class InstanceIndex {

    /** A row and the lower-case text the filter searches in it (title, release, type, node). */
    private record Indexed(InstanceRow row, String haystack) {
        static Indexed of(InstanceRow row) {
            String text = row.title() + '\n' + row.releaseId() + '\n' + row.softwareType() + '\n'
                    + (row.nodeId() == null ? "" : row.nodeId());
            return new Indexed(row, text.toLowerCase(Locale.ROOT));
        }
    }

    /** What a query matched, in order; rows are given their node's latest report time as they are read. */
    public static final class View extends AbstractList<InstanceRow> {
        private final List<Indexed> rows;
        private final Map<String, Instant> nodeReports;

        View(List<Indexed> rows, Map<String, Instant> nodeReports) {
            this.rows = rows;
            this.nodeReports = nodeReports;
        }

        @Override
        public InstanceRow get(int index) {
            InstanceRow row = rows.get(index).row();
            return row.lastReportAt() == null || row.nodeId() == null ? row
                    : row.withLastReportAt(nodeReports.getOrDefault(row.nodeId(), row.lastReportAt()));
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    private final Map<Long, Indexed> rows = new HashMap<>();
    private final Map<String, List<Indexed>> sorted = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private Map<String, Instant> nodeReports = Map.of();

    /** Puts the changed rows in and takes the nodes' latest report times; true when a row differs from before. */
    public synchronized boolean apply(Collection<InstanceRow> changed, Map<String, Instant> reports) {
        boolean different = false;
        for (InstanceRow row : changed) {
            Indexed compact = Indexed.of(compact(row));
            Indexed previous = rows.put(row.id(), compact);
            different |= previous == null || !compact.row().equals(previous.row());
        }
        if (different) {
            sorted.clear();
        } else if (!reports.equals(nodeReports)) {
            // only the report-age order depends on when the nodes reported
            sorted.keySet().removeIf(key -> key.startsWith(SortColumn.LAST_REPORT + "/"));
        }
        nodeReports = Map.copyOf(reports);
        return different;
    }

    public synchronized int size() {
        return rows.size();
    }

    /** The rows the query matches, in its order. */
    public View query(InstanceQuery query) {
        List<Indexed> base;
        Map<String, Instant> reports;
        synchronized (this) {
            reports = nodeReports;
            base = sorted.computeIfAbsent(query.sort() + "/" + query.ascending(), key -> sort(query, nodeReports));
        }
        if (query.text().isEmpty() && query.state() == InstanceQuery.StateFilter.ALL) {
            return new View(base, reports);
        }
        Predicate<InstanceRow> byState = stateMatcher(query);
        String text = query.text().toLowerCase(Locale.ROOT);
        List<Indexed> matched = new ArrayList<>();
        for (Indexed entry : base) {
            if ((text.isEmpty() || entry.haystack().contains(text)) && byState.test(entry.row())) {
                matched.add(entry);
            }
        }
        return new View(matched, reports);
    }

    private List<Indexed> sort(InstanceQuery query, Map<String, Instant> reports) {
        Comparator<InstanceRow> order = comparator(query.sort(), reports);
        if (!query.ascending()) {
            order = order.reversed();
        }
        Comparator<InstanceRow> withTies = order.thenComparingLong(query.ascending() ? InstanceRow::id : row -> -row.id());
        List<Indexed> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(Indexed::row, withTies));
        return all;
    }

    private static Comparator<InstanceRow> comparator(SortColumn column, Map<String, Instant> reports) {
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        return switch (column) {
            case TITLE -> Comparator.comparing(InstanceRow::title, text);
            case RELEASE -> Comparator.comparing(InstanceRow::releaseId, text);
            case TYPE -> Comparator.comparing(InstanceRow::softwareType, text);
            case NODE -> Comparator.comparing(InstanceRow::nodeId, text);
            case REQUESTED -> Comparator.comparing(InstanceRow::requestedState, text);
            case REPORTED -> Comparator.comparing(InstanceRow::reportedState, text);
            case HEALTH -> Comparator.comparing(InstanceRow::healthy);
            case LAST_REPORT -> Comparator.comparing(row -> row.lastReportAt() == null || row.nodeId() == null
                    ? null : reports.get(row.nodeId()), Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
            case URL -> Comparator.comparing(InstanceRow::url, text);
        };
    }

    /** The same state rules as the database query ({@link Where}), in memory. */
    static Predicate<InstanceRow> stateMatcher(InstanceQuery query) {
        return switch (query.state()) {
            case ALL -> row -> true;
            case STARTED -> row -> "started".equals(row.reportedState());
            case STOPPED -> row -> "stopped".equals(row.reportedState());
            case DESTROYED -> row -> "destroyed".equals(row.requestedState());
            case PENDING -> row -> row.nodeId() == null && !"destroyed".equals(row.requestedState());
            case UNHEALTHY -> row -> "started".equals(row.requestedState()) && !row.healthy() && row.nodeId() != null;
            case FAILING -> row -> row.error() != null;
        };
    }

    /** Release ids, types, nodes and states repeat across rows: one copy of each is kept. */
    private InstanceRow compact(InstanceRow row) {
        return new InstanceRow(row.id(), row.treeId(), row.parentId(), row.title(), one(row.releaseId()),
                one(row.softwareType()), one(row.nodeId()), row.partition(), one(row.requestedState()),
                one(row.reportedState()), row.healthy(), row.lastReportAt(), row.url(), row.pendingReason(), row.error());
    }

    private String one(String text) {
        return text == null ? null : shared.computeIfAbsent(text, key -> key);
    }

}
