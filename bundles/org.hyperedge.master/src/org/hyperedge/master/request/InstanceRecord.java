package org.hyperedge.master.request;

/** An instance as the master holds it. */
public record InstanceRecord(long id, long treeId, Long parentId, String title, String releaseId, String softwareType,
        boolean shared, String parameters, RequestedState requestedState, String reportedState) {
}
