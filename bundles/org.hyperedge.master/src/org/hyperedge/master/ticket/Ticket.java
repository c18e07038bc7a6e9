package org.hyperedge.master.ticket;

import java.time.Instant;
import java.util.List;

/** A ticket as an admin sees it, with its history (oldest first) when it was read with one. */
public record Ticket(long id, String cause, String kind, String subject, String reason, String state, String assignee,
        Instant openedAt, Instant updatedAt, Instant resolvedAt, List<Event> history) {

    /**
     * The kinds of cause a ticket can have (the part of its cause before the first colon): a failing promise, a
     * silent node, an allocation that cannot be satisfied, a failed install, an overdue invoice, a ticket opened by
     * hand, a node whose clock is off, reports a node could not deliver, a node's report journal started anew, a
     * failed upgrade, an instance data backup failed or overdue, a failed restore of one.
     */
    public static final List<String> KINDS = List.of("promise", "node-silent", "allocation", "install", "invoice-overdue",
            "manual", "clock-skew", "report-loss", "journal-reset", "upgrade", "backup", "restore");

    /** One step in a ticket's life: opened, updated, acknowledged, assigned, commented, resolved, closed. */
    public record Event(Instant at, String actor, String action, String note) {
    }

    public boolean isOpen() {
        return "open".equals(state) || "acknowledged".equals(state);
    }

    /** The kind of cause: the part of the cause before its first colon (promise, node-silent, allocation, ...). */
    static String kindOf(String cause) {
        int colon = cause.indexOf(':');
        return colon < 0 ? cause : cause.substring(0, colon);
    }
}
