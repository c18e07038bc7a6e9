package org.hyperedge.ui.request;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hyperedge.master.allocation.NodeOffers.NodeOffer;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SlaFilter;

/** A dry run's outcome in words: where the instance would go and what its node would have left. */
public final class PlacementPreview {

    private PlacementPreview() {
    }

    public static String describe(Placement placement, List<NodeOffer> nodes, SlaFilter sla) {
        if (!placement.placed()) {
            return "Would wait: " + placement.pendingReason() + ".\nNothing is placed until a node fits; the request "
                    + "can still be ordered and waits in the master.";
        }
        StringBuilder text = new StringBuilder("Would be placed on node " + placement.nodeId());
        Optional<NodeOffer> node = nodes.stream().filter(n -> n.id().equals(placement.nodeId())).findFirst();
        node.ifPresent(n -> text.append(" (site ").append(n.site()).append(')'));
        text.append(", partition ").append(placement.partition()).append(", ports ").append(placement.firstPort())
                .append('–').append(placement.lastPort()).append('.');
        node.ifPresent(n -> capacity(text, n, sla));
        return text.toString();
    }

    private static void capacity(StringBuilder text, NodeOffer node, SlaFilter sla) {
        text.append("\n\nCapacity of ").append(node.id()).append(" once this instance is placed:");
        row(text, "partitions", (node.freePartitions() - 1) + " of " + node.partitions() + " free", null);
        row(text, "CPU", cores(node.freeCpuMillis() - sla.cpuMillis()) + " of " + cores(node.cpuMillis()) + " cores free",
                sla.cpuMillis() > 0 ? cores(sla.cpuMillis()) + " reserved by this instance" : null);
        row(text, "memory", mb(node.freeMemoryMb() - sla.memoryMb()) + " of " + mb(node.memoryMb()) + " free",
                sla.memoryMb() > 0 ? mb(sla.memoryMb()) + " reserved" : null);
        row(text, "disk", mb(node.freeDiskMb() - sla.diskMb()) + " of " + mb(node.diskMb()) + " free",
                sla.diskMb() > 0 ? mb(sla.diskMb()) + " reserved" : null);
    }

    private static void row(StringBuilder text, String what, String amount, String reserved) {
        text.append(String.format(Locale.ROOT, "%n  %-11s %s", what, amount));
        if (reserved != null) {
            text.append(" (").append(reserved).append(')');
        }
    }

    static String cores(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : new java.math.BigDecimal(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    static String mb(long mb) {
        return String.format(Locale.ROOT, "%,d MB", mb);
    }
}
