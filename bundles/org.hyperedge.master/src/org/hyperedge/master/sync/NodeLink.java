package org.hyperedge.master.sync;

import java.time.Instant;

/**
 * How the master reaches one adopted node: its address, the agent certificate it pinned, the desired-state
 * generation the node should hold and the one it was last sent, how far its reports were ingested (in the
 * numbering of its journal's epoch, {@code null} for an agent without epochs), when it last reported
 * ({@code null}: never), and the public key values are sealed to for it ({@code null}: not known). A dialling node
 * ({@code dialling}) is not reached at an address: its agent connects to the master (issue 18), and {@code address}
 * is where its current session came from ({@code null}: none yet). A dialled node may have several
 * {@code addresses} (issue 18, item 3), tried in this order, the first being {@code address}; a dialling node has
 * none.
 */
public record NodeLink(String nodeId, String address, String fingerprint, long generation, long pushedGeneration,
        long reportCursor, Instant lastReportAt, String lastSyncError, String journalEpoch, String sealingKey,
        boolean dialling, java.util.List<String> addresses) {

    public NodeLink {
        addresses = addresses == null ? java.util.List.of() : java.util.List.copyOf(addresses);
    }

    /** A node reached at one address only (or a dialling one: none). */
    public NodeLink(String nodeId, String address, String fingerprint, long generation, long pushedGeneration,
            long reportCursor, Instant lastReportAt, String lastSyncError, String journalEpoch, String sealingKey,
            boolean dialling) {
        this(nodeId, address, fingerprint, generation, pushedGeneration, reportCursor, lastReportAt, lastSyncError,
                journalEpoch, sealingKey, dialling,
                dialling || address == null ? java.util.List.of() : java.util.List.of(address));
    }

    public boolean needsPush() {
        return generation != pushedGeneration;
    }
}
