package org.hyperedge.master.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A node as the Nodes view shows it: where it is, its capacity and what is allocated of it, its partitions,
 * the releases its instances run, and how old its last report is ({@code null}: never reported).
 */
public record NodeRow(String id, String site, String address, Map<String, String> labels, long cpuMillis,
        long memoryMb, long diskMb, long usedCpuMillis, long usedMemoryMb, long usedDiskMb, int partitions,
        int usedPartitions, List<String> releases, Instant lastReportAt, String syncError, boolean adopted) {
}
