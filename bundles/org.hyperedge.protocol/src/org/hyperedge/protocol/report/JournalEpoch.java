package org.hyperedge.protocol.report;

import java.util.regex.Pattern;

/**
 * Which journal a node's sequence numbers belong to. An agent's report journal gets a random {@code id} when
 * it is created; its sequence numbers never go back while the id stays. A journal whose directory was wiped
 * starts again at 1 under a new id, which tells the master to start a new count for the node instead of
 * skipping everything up to its old cursor. {@code start} is the first sequence number of the epoch: 1 for a
 * journal numbered from scratch, more when the epoch was given to a journal from before epochs existed, whose
 * numbering it continues.
 */
public record JournalEpoch(String id, long start) {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8,64}");

    public JournalEpoch {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("journal epoch '" + id + "' is not 8 to 64 lowercase hex digits");
        }
        if (start < 1) {
            throw new IllegalArgumentException("journal epoch " + id + " starts at " + start + ", not at 1 or later");
        }
    }

    /** True when this epoch numbers its events from 1: nothing of an earlier journal carries on in it. */
    public boolean numberedFromScratch() {
        return start == 1;
    }
}
