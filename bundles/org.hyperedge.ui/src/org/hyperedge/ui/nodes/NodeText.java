package org.hyperedge.ui.nodes;

import java.time.Instant;
import java.util.stream.Collectors;

import org.hyperedge.master.view.NodeRow;
import org.hyperedge.console.core.monitoring.Staleness;

/** A node's row in the Nodes view, as text: allocated of capacity, ages and clock skews as they are. */
public final class NodeText {

    private NodeText() {
    }

    public static String[] columns(NodeRow node, Instant now) {
        String lastReport = Staleness.age(node.lastReportAt(), now)
                + (node.syncError() == null ? "" : " (sync failing)");
        return new String[] { node.id(), node.dialling() ? "dials in" : "dialled", lastReport, clock(node),
                node.usedPartitions() + " / " + node.partitions(),
                cores(node.usedCpuMillis()) + " / " + cores(node.cpuMillis()),
                node.usedMemoryMb() + " / " + node.memoryMb() + " MB",
                node.usedDiskMb() + " / " + node.diskMb() + " MB", address(node),
                node.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                String.join(", ", node.releases()) };
    }

    /** Where the master reaches the node, or where a node that dials in dials from, with its last path failure. */
    public static String address(NodeRow node) {
        String address = node.address() == null ? "—" : node.dialling() ? "from " + node.address() : node.address();
        return node.pathFailure() == null ? address : address + " (last failure: " + node.pathFailure() + ")";
    }

    /** "right", "30 d 1 h behind" (the node's clock against the master's), or "—" when never measured. */
    static String clock(NodeRow node) {
        return node.clock() == null ? "—" : node.clock().describe();
    }

    static String cores(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format("%.1f", millis / 1000.0);
    }
}
