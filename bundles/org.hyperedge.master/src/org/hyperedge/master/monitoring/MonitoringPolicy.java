package org.hyperedge.master.monitoring;

import java.time.Duration;

/**
 * When monitoring opens tickets and how long its history is kept. The defaults are the stated policy;
 * a headless master may change them with system properties ({@code hyperedge.monitoring.*}).
 *
 * @param promiseFailuresBeforeTicket a promise that failed more than this many checks in a row opens a ticket
 * @param silentNodeAfter             a node whose last report is older than this opens a ticket
 * @param promiseRetention            promise results older than this are deleted (the latest of each promise
 *                                    is kept in {@code promise_state} regardless)
 * @param nodeEventRetention          node events (installs, states, processes) older than this are deleted;
 *                                    usage records are the billing ledger and are never deleted
 */
public record MonitoringPolicy(int promiseFailuresBeforeTicket, Duration silentNodeAfter, Duration promiseRetention,
        Duration nodeEventRetention) {

    public static final MonitoringPolicy DEFAULT = new MonitoringPolicy(
            Integer.getInteger("hyperedge.monitoring.promiseFailures", 3),
            Duration.ofSeconds(Long.getLong("hyperedge.monitoring.silentNodeSeconds", 300)),
            Duration.ofDays(Long.getLong("hyperedge.monitoring.promiseRetentionDays", 30)),
            Duration.ofDays(Long.getLong("hyperedge.monitoring.nodeEventRetentionDays", 90)));

    public MonitoringPolicy {
        if (promiseFailuresBeforeTicket < 0) {
            throw new IllegalArgumentException("promise failures before a ticket must be 0 or more, not "
                    + promiseFailuresBeforeTicket);
        }
        if (silentNodeAfter.isNegative() || silentNodeAfter.isZero()) {
            throw new IllegalArgumentException("the silent-node threshold must be positive, not " + silentNodeAfter);
        }
    }
}
