package org.hyperedge.master.view;

import java.time.Instant;

/**
 * One line of the console's instance table: what was asked, where it runs, what its node last said and
 * when ({@code lastReportAt} is {@code null} before any report), and the first URL among its connection
 * parameters ({@code null} when it published none).
 */
public record InstanceRow(long id, long treeId, Long parentId, String title, String releaseId, String softwareType,
        String nodeId, String partition, String requestedState, String reportedState, boolean healthy,
        Instant lastReportAt, String url, String pendingReason, String error) {

    /** The same row with its node's latest report time (an instance's report age is its node's). */
    public InstanceRow withLastReportAt(Instant nodeReport) {
        return new InstanceRow(id, treeId, parentId, title, releaseId, softwareType, nodeId, partition, requestedState,
                reportedState, healthy, nodeReport, url, pendingReason, error);
    }

    /** Started as asked, every promise passing. */
    public boolean running() {
        return "started".equals(requestedState) && "started".equals(reportedState) && healthy;
    }
}
