package org.hyperedge.master.node;

import java.util.Map;

/** A node as registered in the master: identity, site, capacity, labels and its partitions' port ranges. */
public record NodeSpec(String id, String site, String address, long cpuMillis, long memoryMb, long diskMb,
        Map<String, String> labels, int partitions, int firstPort, int portsPerPartition) {
}
