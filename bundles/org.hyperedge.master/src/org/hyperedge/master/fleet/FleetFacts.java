package org.hyperedge.master.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.federation.FederatedSites;

/**
 * What one read of the master's tables says about the fleet: the instances changed since the last read, every
 * node (their report times move with each report), the partitions of nodes not seen before, and the latest
 * promise results of the changed instances.
 */
record FleetFacts(List<InstanceFacts> instances, List<NodeFacts> nodes, List<PartitionFacts> partitions,
        List<PromiseFacts> promises) {

    /** One instance row; {@code nodeId} and {@code partition} are its own placement, not its host's. */
    record InstanceFacts(long id, long treeId, String project, Long parentId, Long hostId, String title,
            String releaseId, String softwareType, String nodeId, String partition, String requestedState,
            String reportedState, boolean healthy, Instant lastReport, String connectionParameters,
            String pendingReason, String error) {
    }

    /**
     * One node row with its labels; {@code dialledFrom} and {@code pathFailure} are a node's that dials in (issue
     * 18), {@code clockSkewMs} is null until measured.
     */
    record NodeFacts(String id, String site, String address, long cpuMillis, long memoryMb, long diskMb,
            Instant lastReport, Map<String, String> labels, long usedCpuMillis, long usedMemoryMb, long usedDiskMb,
            String syncError, boolean adopted, boolean revoked, boolean dialling, String dialledFrom,
            String pathFailure, Long clockSkewMs, Instant clockCheckedAt, FederatedSites.Told told) {
    }

    record PartitionFacts(String nodeId, String reference, int firstPort, int lastPort) {
    }

    record PromiseFacts(long instanceId, String name, boolean ok, String message, Instant checkedAt) {
    }
}
