package org.hyperedge.console.core.master;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.hyperedge.console.core.monitoring.Staleness;
import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.fleet.NodeRows;
import org.hyperedge.master.view.NodeRow;

/**
 * The status line's facts (releases, instances, nodes and how old their reports are) read from the models the
 * console follows, not from the database: the line is said again every few seconds, and reading the catalog, the
 * instances and the nodes each time was most of what an idle console's background jobs did. The nodes' lines are
 * made again only after a notification that concerns nodes.
 */
final class StatusFacts {

    private final CatalogModel catalog;
    private final FleetModel fleet;
    private volatile boolean nodesMoved = true;
    private List<NodeRow> nodes = List.of();

    StatusFacts(CatalogModel catalog, FleetModel fleet) {
        this.catalog = catalog;
        this.fleet = fleet;
        fleet.observe(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (NodeRows.concernNodes(notification)) {
                    nodesMoved = true;
                }
            }
        });
    }

    int releases() {
        return catalog.read(read -> read.getReleases().size());
    }

    int instances() {
        return fleet.size();
    }

    /** As {@link EmbeddedMaster#nodeSummary}, from the fleet model. */
    synchronized String nodes(long silentSeconds, Instant now) {
        if (nodesMoved) {
            nodesMoved = false; // before reading: a notification during the read makes the next one read again
            nodes = fleet.nodes();
        }
        if (nodes.isEmpty()) {
            return "no nodes";
        }
        long federated = nodes.stream().filter(NodeRow::federated).count();
        long silent = nodes.stream().filter(node -> node.lastReportAt() == null
                || java.time.Duration.between(node.lastReportAt(), now).getSeconds() > silentSeconds).count();
        Instant freshest = nodes.stream().map(NodeRow::lastReportAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        String error = nodes.stream().map(NodeRow::syncError).filter(Objects::nonNull).findFirst().orElse(null);
        return line(nodes.size() - federated, federated, silent, silentSeconds, freshest, error, now);
    }

    /** "2 nodes and 1 federated master (1 silent > 120 s) · last report < 15 s ago · sync error: ...". */
    static String line(long own, long federated, long silent, long silentSeconds, Instant freshest, String error,
            Instant now) {
        return own + (own == 1 ? " node" : " nodes")
                + (federated > 0 ? " and " + federated + " federated " + (federated == 1 ? "master" : "masters") : "")
                + (silent > 0 ? " (" + silent + " silent > " + silentSeconds + " s)" : "")
                + (freshest == null ? " · no report yet" : " · last report " + Staleness.reportAge(freshest, now))
                + (error == null ? "" : " · sync error: " + (error.length() > 160 ? error.substring(0, 157) + "..." : error));
    }
}
