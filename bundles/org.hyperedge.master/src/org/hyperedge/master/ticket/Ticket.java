package org.hyperedge.master.ticket;

import java.time.Instant;
import java.util.List;

/** A ticket as an admin sees it, with its history (oldest first) when it was read with one. */
public record Ticket(long id, String cause, String kind, String subject, String reason, String state, String assignee,
        Instant openedAt, Instant updatedAt, Instant resolvedAt, List<Event> history) {

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
