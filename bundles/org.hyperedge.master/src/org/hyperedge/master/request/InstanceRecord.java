package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;
/**
 * An instance as the master holds it: what was asked, where it is placed (or why not yet), what its node
 * reported (state, health, connection parameters as a JSON object, {@code null} before any report).
 */
public record InstanceRecord(long id, long treeId, Long parentId, String title, String releaseId, String softwareType,
        boolean shared, String parameters, RequestedState requestedState, String reportedState, String nodeId,
        String partition, String pendingReason, Long hostId, boolean healthy, String connectionParameters) {

    public boolean placed() {
        return nodeId != null;
    }
}
