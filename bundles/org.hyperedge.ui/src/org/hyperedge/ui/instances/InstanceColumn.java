package org.hyperedge.ui.instances;

import java.time.Instant;
import java.util.function.BiFunction;

import org.hyperedge.master.view.InstanceQuery.SortColumn;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.console.core.monitoring.Staleness;

/** The columns of the instance table: header, width, what they sort by, and the text of a row. */
enum InstanceColumn {
    TITLE("Title", 180, SortColumn.TITLE, (row, now) -> row.title()),
    RELEASE("Release", 210, SortColumn.RELEASE, (row, now) -> row.releaseId()),
    TYPE("Type", 70, SortColumn.TYPE, (row, now) -> row.softwareType()),
    NODE("Node", 110, SortColumn.NODE, (row, now) -> row.nodeId() != null ? row.nodeId()
            : "destroyed".equals(row.requestedState()) ? "—" : "pending"),
    REQUESTED("Requested", 80, SortColumn.REQUESTED, (row, now) -> row.requestedState()),
    REPORTED("Reported", 80, SortColumn.REPORTED, (row, now) -> row.reportedState()),
    HEALTH("Health", 70, SortColumn.HEALTH, (row, now) -> health(row)),
    LAST_REPORT("Last report", 90, SortColumn.LAST_REPORT, (row, now) -> Staleness.reportAge(row.lastReportAt(), now)),
    URL("Connection URL", 260, SortColumn.URL, (row, now) -> row.url() == null ? "" : row.url());

    final String header;
    final int width;
    final SortColumn sort;
    private final BiFunction<InstanceRow, Instant, String> text;

    InstanceColumn(String header, int width, SortColumn sort, BiFunction<InstanceRow, Instant, String> text) {
        this.header = header;
        this.width = width;
        this.sort = sort;
        this.text = text;
    }

    String text(InstanceRow row, Instant now) {
        return text.apply(row, now);
    }

    static String health(InstanceRow row) {
        if (row.error() != null) {
            return "error";
        }
        if (row.lastReportAt() == null) {
            return "—";
        }
        return row.healthy() ? "ok" : "failing";
    }
}
