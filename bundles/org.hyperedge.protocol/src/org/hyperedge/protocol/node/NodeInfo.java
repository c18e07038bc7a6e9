package org.hyperedge.protocol.node;

import java.util.List;

/**
 * What {@code GET /v1/node} answers: who the agent is, what the machine offers, and what runs where.
 * {@code paired} tells whether a master is pinned; {@code generation} is the desired state held;
 * {@code sealingKey} is the public key values are sealed to for this node ({@code null} from an older agent).
 */
public record NodeInfo(String name, String fingerprint, String agentVersion, boolean paired, long generation,
        Capacity capacity, List<PartitionInfo> partitions, List<String> installedReleases, String sealingKey) {

    public NodeInfo(String name, String fingerprint, String agentVersion, boolean paired, long generation,
            Capacity capacity, List<PartitionInfo> partitions, List<String> installedReleases) {
        this(name, fingerprint, agentVersion, paired, generation, capacity, partitions, installedReleases, null);
    }

    public record Capacity(int cpus, long memoryMb, long diskMb, long diskFreeMb) {
    }

    /** A partition, the instance it hosts (0 when free) and the state it has reached. */
    public record PartitionInfo(String reference, int firstPort, int lastPort, long instanceId, String state,
            boolean healthy) {
    }
}
