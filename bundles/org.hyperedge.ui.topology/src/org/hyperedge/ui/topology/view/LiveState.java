package org.hyperedge.ui.topology.view;

import java.time.Duration;
import java.time.Instant;

/**
 * What the master knows of a requested service right now, for the live overlay: requested and reported
 * state, health, when its node last reported, its connection URL, and why it waits or failed.
 */
public record LiveState(String requestedState, String reportedState, boolean healthy, Instant lastReportAt, String url,
        String pendingReason, String error, String nodeId) {

    /** {@code started · ok}, {@code pending}, {@code stopped · waiting for a value}… as the box shows it. */
    public String summary() {
        String reported = reportedState == null ? (nodeId == null ? "pending" : "placed") : reportedState;
        if (error != null && !error.isBlank()) {
            return reported + " · error";
        }
        if ("started".equals(reported)) {
            return reported + (healthy ? " · ok" : " · failing");
        }
        return reported;
    }

    /** How long ago the node last reported, or null when it never has. */
    public Duration staleness(Instant now) {
        return lastReportAt == null ? null : Duration.between(lastReportAt, now).isNegative() ? Duration.ZERO
                : Duration.between(lastReportAt, now);
    }

    public boolean good() {
        return "started".equals(reportedState) && healthy && (error == null || error.isBlank());
    }
}
