package org.hyperedge.master.allocation;

/** Where an instance goes ({@code nodeId}, {@code partition}), or why it cannot go anywhere yet ({@code pendingReason}). */
public record Placement(String nodeId, String partition, int firstPort, int lastPort, String pendingReason) {

    public static Placement pending(String reason) {
        return new Placement(null, null, 0, 0, reason);
    }

    public boolean placed() {
        return nodeId != null;
    }
}
