package org.hyperedge.cli;

import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.node.SiteSummary;

/** A federated site in words: its link's state and age, and what it last told of its nodes and catalog. */
final class FederatedSiteText {

    private FederatedSiteText() {
    }

    /** "in sync, last heard 2 s ago; 1 node, 3/4 partitions free, 14 releases in its catalog (told 1 s ago)". */
    static String line(NodeLink link, FederatedSites.Told told) {
        return "link " + link(link) + ", last heard " + NodeCommands.age(link == null ? null : link.lastReportAt())
                + "; " + capacity(told);
    }

    /**
     * The link as its last sync left it: down (with why) until a sync succeeds again, what this master owes the site
     * meanwhile kept and sent once it is up; revoked; not synced yet; up with a push waiting; or up and in sync.
     */
    static String link(NodeLink link) {
        return link == null ? "revoked" : link.lastSyncError() != null ? "down: " + link.lastSyncError()
                : link.lastReportAt() == null ? "not synced yet" : link.needsPush() ? "up, to push" : "up, in sync";
    }

    /** What the site told of its nodes, partitions and catalog, and how long ago; or that it told nothing yet. */
    static String capacity(FederatedSites.Told told) {
        if (told == null) {
            return "it has not told its nodes and catalog yet";
        }
        SiteSummary summary = told.summary();
        return summary.nodes() + (summary.nodes() == 1 ? " node, " : " nodes, ") + summary.freePartitions() + "/"
                + summary.partitions() + " partitions free, " + summary.catalog().size()
                + (summary.catalog().size() == 1 ? " release" : " releases") + " in its catalog (told "
                + NodeCommands.age(told.toldAt()) + ")";
    }
}
