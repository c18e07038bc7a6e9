package org.hyperedge.master.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hyperedge.master.Master;
import org.hyperedge.master.catalog.ReleaseNames;
import org.hyperedge.master.node.NodeRegistry.NodeSummary;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.node.SiteSummary.OfferedRelease;

/**
 * This master's summary as a federated site tells it to the masters that delegate to it: its own adopted nodes
 * (not the masters it delegates to in turn, whose capacity is theirs to tell) with their partitions, and its catalog.
 */
public final class OwnSiteSummary {

    private OwnSiteSummary() {
    }

    public static SiteSummary of(Master master) {
        Set<String> own = new HashSet<>();
        master.nodeLinks().all().stream().map(NodeLink::nodeId).forEach(own::add);
        master.federationPeers().list().stream().filter(peer -> peer.direction() == FederationPeers.Direction.SERVES)
                .forEach(peer -> own.remove(peer.name()));
        int nodes = 0;
        int free = 0;
        int partitions = 0;
        for (NodeSummary node : master.nodes().list()) {
            if (own.contains(node.id())) {
                nodes++;
                free += node.freePartitions();
                partitions += node.partitions();
            }
        }
        List<OfferedRelease> catalog = master.catalog().list().stream().map(release -> new OfferedRelease(release.id(),
                release.name(), release.version(), shortName(release.id(), release.version()))).toList();
        return new SiteSummary(nodes, free, partitions, catalog);
    }

    private static String shortName(String id, String version) {
        String name = ReleaseNames.shortName(id, version);
        return name.isEmpty() ? id : name;
    }
}
