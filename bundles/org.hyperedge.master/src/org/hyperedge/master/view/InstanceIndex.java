package org.hyperedge.master.view;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.view.InstanceQuery.SortColumn;

/**
 * Every instance's table row, held in memory for the console, so filtering and sorting a hundred thousand
 * instances takes milliseconds instead of a database scan per keystroke. The first {@link #refresh} reads
 * all rows; later ones read only the rows changed since (by {@code updated_at}, with a margin for
 * transactions that commit late) and the nodes' report times, which give every instance its report age.
 * Thread-safe: refreshes and queries may run on any background thread.
 */
public final class InstanceIndex {

    /** Rows changed this long before the last refresh are read again: a slow transaction commits late. */
    static final Duration LATE_COMMIT_MARGIN = Duration.ofSeconds(10);

    /** A row and the lower-case text the filter searches in it (title, release, type, node). */
    private record Entry(InstanceRow row, String haystack) {
        static Entry of(InstanceRow row) {
            String text = row.title() + '\n' + row.releaseId() + '\n' + row.softwareType() + '\n'
                    + (row.nodeId() == null ? "" : row.nodeId());
            return new Entry(row, text.toLowerCase(Locale.ROOT));
        }
    }

    /** What a query matched, in order; rows are given their node's latest report time as they are read. */
    public static final class View extends AbstractList<InstanceRow> {
        private final List<Entry> rows;
        private final Map<String, Instant> nodeReports;

        View(List<Entry> rows, Map<String, Instant> nodeReports) {
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

    private final Database database;
    private final Map<Long, Entry> rows = new HashMap<>();
    private final Map<String, List<Entry>> sorted = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private Map<String, Instant> nodeReports = Map.of();
    private OffsetDateTime readUpTo;

    public InstanceIndex(Database database) {
        this.database = database;
    }

    /**
     * Reads what changed since the last refresh (everything the first time); true when rows changed.
     * Refreshes queue rather than overlap: a second caller waits and then reads only the last moments.
     */
    public synchronized boolean refresh() {
        OffsetDateTime since;
        synchronized (this) {
            since = readUpTo == null ? null : readUpTo.minus(LATE_COMMIT_MARGIN);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<InstanceRow> changed = new ArrayList<>();
        Map<String, Instant> reports = new HashMap<>();
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(InstanceListing.COLUMNS + InstanceListing.FROM
                    + (since == null ? "" : "WHERE i.updated_at >= ?"))) {
                if (since != null) {
                    query.setObject(1, since);
                }
                query.setFetchSize(1_000);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        changed.add(InstanceListing.row(row));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT id, last_report_at FROM node");
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime last = row.getObject(2, OffsetDateTime.class);
                    if (last != null) {
                        reports.put(row.getString(1), last.toInstant());
                    }
                }
            }
            return null;
        });
        synchronized (this) {
            boolean different = false;
            for (InstanceRow row : changed) {
                Entry compact = Entry.of(compact(row));
                Entry previous = rows.put(row.id(), compact);
                different |= previous == null || !compact.row().equals(previous.row());
            }
            if (different) {
                sorted.clear();
            }
            nodeReports = Map.copyOf(reports);
            readUpTo = now;
            return different;
        }
    }

    public synchronized int size() {
        return rows.size();
    }

    /** The rows the query matches, in its order. */
    public View query(InstanceQuery query) {
        List<Entry> base;
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
        List<Entry> matched = new ArrayList<>();
        for (Entry entry : base) {
            if ((text.isEmpty() || entry.haystack().contains(text)) && byState.test(entry.row())) {
                matched.add(entry);
            }
        }
        return new View(matched, reports);
    }

    private List<Entry> sort(InstanceQuery query, Map<String, Instant> reports) {
        Comparator<InstanceRow> order = comparator(query.sort(), reports);
        if (!query.ascending()) {
            order = order.reversed();
        }
        Comparator<InstanceRow> withTies = order.thenComparingLong(query.ascending() ? InstanceRow::id : row -> -row.id());
        List<Entry> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(Entry::row, withTies));
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
