package org.hyperedge.master.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.sync.NodeClocks;

/**
 * A node as the Nodes view shows it: where it is, its capacity and what is allocated of it, its partitions,
 * the releases its instances run, how old its last report is ({@code null}: never reported), and how far its clock
 * is off the master's ({@code null}: never measured). A node that dials in (issue 18) has no address of its own:
 * {@code address} is where its session comes from, and {@code pathFailure} the last failure its agent told of.
 * A federated site (another master, issue 20) is a node here too: {@code federated} says so, and {@code told} is what
 * it last told of its own nodes and catalog ({@code null}: nothing yet); its capacity here is a placeholder.
 */
public record NodeRow(String id, String site, String address, Map<String, String> labels, long cpuMillis,
        long memoryMb, long diskMb, long usedCpuMillis, long usedMemoryMb, long usedDiskMb, int partitions,
        int usedPartitions, List<String> releases, Instant lastReportAt, String syncError, boolean adopted,
        NodeClocks.NodeClock clock, boolean dialling, String pathFailure, boolean federated,
        FederatedSites.Told told) {

    /** A node of this master's own. */
    public NodeRow(String id, String site, String address, Map<String, String> labels, long cpuMillis, long memoryMb,
            long diskMb, long usedCpuMillis, long usedMemoryMb, long usedDiskMb, int partitions, int usedPartitions,
            List<String> releases, Instant lastReportAt, String syncError, boolean adopted, NodeClocks.NodeClock clock,
            boolean dialling, String pathFailure) {
        this(id, site, address, labels, cpuMillis, memoryMb, diskMb, usedCpuMillis, usedMemoryMb, usedDiskMb, partitions,
                usedPartitions, releases, lastReportAt, syncError, adopted, clock, dialling, pathFailure, false, null);
    }

    /** The same node as a federated site, with what it last told ({@code null}: nothing yet). */
    public NodeRow asFederatedSite(FederatedSites.Told told) {
        return new NodeRow(id, site, address, labels, cpuMillis, memoryMb, diskMb, usedCpuMillis, usedMemoryMb,
                usedDiskMb, partitions, usedPartitions, releases, lastReportAt, syncError, adopted, clock, dialling,
                pathFailure, true, told);
    }
}
