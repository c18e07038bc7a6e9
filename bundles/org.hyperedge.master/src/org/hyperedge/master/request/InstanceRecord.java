package org.hyperedge.master.request;

/** An instance as the master holds it: what was asked, where it is placed (or why not yet), what was reported. */
public record InstanceRecord(long id, long treeId, Long parentId, String title, String releaseId, String softwareType,
        boolean shared, String parameters, RequestedState requestedState, String reportedState, String nodeId,
        String partition, String pendingReason, Long hostId) {

    public boolean placed() {
        return nodeId != null;
    }
}
