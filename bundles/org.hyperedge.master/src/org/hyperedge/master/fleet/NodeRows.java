package org.hyperedge.master.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.notify.Notification;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.model.Entry;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.HyperEdgePackage.Literals;
import org.hyperedge.model.Instance;
import org.hyperedge.model.InstanceTree;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;
import org.hyperedge.model.Site;

/**
 * The Nodes view's lines, made from the fleet model: every node not revoked, by site and id, with the partitions
 * its instances use and the releases they run (as {@link org.hyperedge.master.view.NodeOverview} reads them from
 * the tables), and which of the model's notifications can change them.
 */
public final class NodeRows {

    private NodeRows() {
    }

    /**
     * The nodes' lines as of the model, a federated site's (its node labelled {@code kind=federation}) with what it
     * last told of itself (its node's {@code told}); call it under the model's lock ({@link FleetModel#nodes}).
     */
    static List<NodeRow> of(Fleet fleet) {
        Map<Partition, String> placed = new HashMap<>();
        for (InstanceTree tree : fleet.getTrees()) {
            for (Instance instance : tree.getInstances()) {
                // a shared instance runs in its host's partition: the partition is its host's, and so is the release
                if (instance.getPartition() != null) {
                    placed.put(instance.getPartition(), instance.getReleaseId());
                }
            }
        }
        List<NodeRow> rows = new ArrayList<>();
        List<Site> sites = new ArrayList<>(fleet.getSites());
        sites.sort(Comparator.comparing(Site::getName));
        for (Site site : sites) {
            List<Node> nodes = new ArrayList<>(site.getNodes());
            nodes.sort(Comparator.comparing(Node::getId));
            for (Node node : nodes) {
                if (!node.isRevoked()) {
                    NodeRow row = row(site, node, placed);
                    rows.add(FederationPeers.NODE_KIND.equals(row.labels().get("kind"))
                            ? row.asFederatedSite(FederationSummaries.told(node.getTold())) : row);
                }
            }
        }
        return rows;
    }

    private static NodeRow row(Site site, Node node, Map<Partition, String> placed) {
        int used = 0;
        Set<String> releases = new TreeSet<>();
        for (Partition partition : node.getPartitions()) {
            String release = placed.get(partition);
            if (release != null) {
                used++;
                releases.add(release);
            }
        }
        Map<String, String> labels = new TreeMap<>();
        for (Entry label : node.getLabels()) {
            labels.put(label.getKey(), label.getValue());
        }
        return new NodeRow(node.getId(), site.getName(), node.isDialling() ? node.getDialledFrom() : node.getAddress(),
                labels, node.getCpuMillis(), node.getMemoryMb(), node.getDiskMb(), node.getUsedCpuMillis(),
                node.getUsedMemoryMb(), node.getUsedDiskMb(), node.getPartitions().size(), used, List.copyOf(releases),
                instant(node.getLastReport()), node.getSyncError(), node.isAdopted(),
                NodeClocks.clock(node.getId(), node.getClockSkewMs(), instant(node.getClockCheckedAt())),
                node.isDialling(), node.getPathFailure());
    }

    /**
     * Whether the notification can change a node's line: anything of a site, a node or its partitions, a site
     * added, or an instance placed, moved, freed or upgraded (the partitions used and the releases). An instance's
     * reported state cannot, so a fleet of busy instances does not make the Nodes view read the model again.
     */
    public static boolean concernNodes(Notification notification) {
        Object notifier = notification.getNotifier();
        if (notifier instanceof Site || notifier instanceof Node || notifier instanceof Partition) {
            return true;
        }
        if (notifier instanceof Fleet) {
            return notification.getFeature() == Literals.FLEET__SITES;
        }
        if (notifier instanceof InstanceTree) {
            return notification.getFeature() == Literals.INSTANCE_TREE__INSTANCES;
        }
        if (notifier instanceof Instance) {
            Object feature = notification.getFeature();
            return feature == Literals.INSTANCE__PARTITION || feature == Literals.INSTANCE__RELEASE_ID;
        }
        return false;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
