package org.hyperedge.ui.nodes;

import java.time.Instant;
import java.util.stream.Collectors;

import org.hyperedge.master.view.NodeRow;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.console.core.monitoring.Staleness;

/** A node's row in the Nodes view, as text: allocated of capacity, ages and clock skews as they are. */
public final class NodeText {

    private NodeText() {
    }

    public static String[] columns(NodeRow node, Instant now) {
        if (node.federated()) {
            return federatedSite(node, now);
        }
        String lastReport = Staleness.reportAge(node.lastReportAt(), now)
                + (node.syncError() == null ? "" : " (sync failing)");
        return new String[] { node.id(), node.dialling() ? "dials in" : "dialled", lastReport, clock(node),
                node.usedPartitions() + " / " + node.partitions(),
                cores(node.usedCpuMillis()) + " / " + cores(node.cpuMillis()),
                node.usedMemoryMb() + " / " + node.memoryMb() + " MB",
                node.usedDiskMb() + " / " + node.diskMb() + " MB", address(node),
                node.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                String.join(", ", node.releases()) };
    }

    /**
     * A federated site's row: its link's age and state, and what it last told (its capacity here is a placeholder, so
     * no CPU, memory or disk is shown): partitions used of all over its nodes, and a summary with its catalog's size.
     */
    static String[] federatedSite(NodeRow node, Instant now) {
        String lastReport = Staleness.reportAge(node.lastReportAt(), now)
                + (node.syncError() == null ? "" : " (link failing: " + node.syncError() + ")");
        SiteSummary told = node.told() == null ? null : node.told().summary();
        return new String[] { node.id(), "federated", lastReport, "—",
                told == null ? "—" : (told.partitions() - told.freePartitions()) + " / " + told.partitions(), "—", "—", "—",
                address(node),
                node.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                summary(node, now) };
    }

    /** "2 nodes, 3/4 partitions free, 14 releases in its catalog (told 5 s ago)", or that it told nothing yet. */
    public static String summary(NodeRow node, Instant now) {
        if (node.told() == null) {
            return "has not told its nodes and catalog yet";
        }
        SiteSummary told = node.told().summary();
        return told.nodes() + (told.nodes() == 1 ? " node, " : " nodes, ") + told.freePartitions() + "/"
                + told.partitions() + " partitions free, " + told.catalog().size()
                + (told.catalog().size() == 1 ? " release" : " releases") + " in its catalog (told "
                + Staleness.age(node.told().toldAt(), now) + ")";
    }

    /** "1 node, 2/2 free, 12 releases": what a federated site told, short enough for the view's header line. */
    public static String shortSummary(NodeRow node) {
        if (node.told() == null) {
            return "not told yet";
        }
        SiteSummary told = node.told().summary();
        return told.nodes() + (told.nodes() == 1 ? " node, " : " nodes, ") + told.freePartitions() + "/"
                + told.partitions() + " free, " + told.catalog().size() + (told.catalog().size() == 1 ? " release" : " releases");
    }

    /** A release a federated site offers, as a child row of the site's node: its short name, id and version. */
    public static String[] offered(SiteSummary.OfferedRelease release, int columns) {
        String[] text = new String[columns];
        java.util.Arrays.fill(text, "");
        text[0] = release.shortName();
        text[1] = "offered " + release.version();
        text[columns - 1] = release.id() + " " + release.version();
        return text;
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
