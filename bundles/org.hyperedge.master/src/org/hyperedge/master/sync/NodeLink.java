package org.hyperedge.master.sync;

import java.time.Instant;

/**
 * How the master reaches one adopted node: its address, the agent certificate it pinned, the desired-state
 * generation the node should hold and the one it was last sent, how far its reports were ingested (in the
 * numbering of its journal's epoch, {@code null} for an agent without epochs), and when it last reported
 * ({@code null}: never).
 */
public record NodeLink(String nodeId, String address, String fingerprint, long generation, long pushedGeneration,
        long reportCursor, Instant lastReportAt, String lastSyncError, String journalEpoch) {

    public boolean needsPush() {
        return generation != pushedGeneration;
    }
}
