package org.hyperedge.master.allocation;

import java.util.List;

/**
 * The SQL that says a node has room for an instance, and the SQL that takes that room: one text for every
 * allocator's statement, so the question asked when choosing a node and the one asked again when taking it cannot
 * drift apart.
 */
final class NodeRoom {

    /**
     * Takes a partition and the SLA's resources on the node rows that the condition appended to it selects; its three
     * arguments are {@link #arguments}.
     */
    static final String TAKE = "UPDATE node SET free_partitions = free_partitions - 1, "
            + "used_cpu_millis = used_cpu_millis + ?, used_memory_mb = used_memory_mb + ?, "
            + "used_disk_mb = used_disk_mb + ?, generation = generation + 1 WHERE ";

    private NodeRoom() {
    }

    /** A free partition, and the SLA's CPU, memory and disk left, on the node row aliased {@code node}; {@link #arguments}. */
    static String left(String node) {
        return node + ".free_partitions > 0 AND " + node + ".cpu_millis - " + node + ".used_cpu_millis >= ? AND "
                + node + ".memory_mb - " + node + ".used_memory_mb >= ? AND " + node + ".disk_mb - " + node
                + ".used_disk_mb >= ?";
    }

    /** The arguments of {@link #TAKE} and of {@link #left}, in their order. */
    static List<Object> arguments(SlaFilter sla) {
        return List.of(sla.cpuMillis(), sla.memoryMb(), sla.diskMb());
    }
}
