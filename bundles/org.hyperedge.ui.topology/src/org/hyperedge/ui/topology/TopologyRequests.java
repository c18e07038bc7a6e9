package org.hyperedge.ui.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.allocation.NodeOffers.NodeOffer;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.view.LiveState;

/**
 * What the editor asks the master, each in a background job with its answer handed back on the UI thread:
 * a dry run of the composite's placement, its request as one instance tree, and the live state of the tree
 * it became. The job works on a copy of the composite, so the operator can go on drawing meanwhile.
 */
final class TopologyRequests {

    /** A dry run's or a request's answer: by service title, or the master's reasons for refusing. */
    record Answer(Map<String, String> byTitle, List<String> refusals) {
    }

    private final EmbeddedMaster master;
    private final Display display;

    TopologyRequests(EmbeddedMaster master, Display display) {
        this.master = master;
        this.display = display;
    }

    void dryRun(CompositeService composite, String treeName, Consumer<Answer> answer) {
        CompositeService copy = EcoreUtil.copy(composite);
        run("Dry run of " + treeName, () -> {
            try {
                List<Placement> placements = requests().dryRun(copy, treeName);
                Map<String, Long> takenPerNode = new java.util.HashMap<>();
                placements.stream().filter(Placement::placed).forEach(p -> takenPerNode.merge(p.nodeId(), 1L, Long::sum));
                Map<String, NodeOffer> offers = new java.util.HashMap<>();
                master.nodeOffers().list().forEach(offer -> offers.put(offer.id(), offer));
                Map<String, FederatedSites.Told> sites = new java.util.HashMap<>(master.services().federatedSites().all());
                master.services().federationPeers().list().stream()
                        .filter(peer -> peer.direction() == FederationPeers.Direction.SERVES)
                        .forEach(peer -> sites.putIfAbsent(peer.name(), null));
                Map<String, String> byTitle = new LinkedHashMap<>();
                List<ServiceNode> nodes = copy.getNodes();
                for (int i = 0; i < nodes.size(); i++) {
                    Placement placement = placements.get(i);
                    byTitle.put(nodes.get(i).getTitle(), placement.placed() && sites.containsKey(placement.nodeId())
                            ? delegated(placement.nodeId(), sites.get(placement.nodeId()))
                            : describe(placement, offers, takenPerNode));
                }
                return new Answer(byTitle, List.of());
            } catch (RequestRefused refused) {
                return new Answer(Map.of(), refused.reasons());
            }
        }, answer);
    }

    void request(CompositeService composite, String treeName, Consumer<Answer> answer) {
        CompositeService copy = EcoreUtil.copy(composite);
        run("Request of " + treeName, () -> {
            try {
                CompositeOrder order = requests().request(copy, treeName);
                master.changed();
                Map<String, String> byTitle = new LinkedHashMap<>();
                order.instances().forEach((title, instance) -> byTitle.put(title, instance == null ? "" : "#" + instance.id()));
                return new Answer(byTitle, List.of());
            } catch (RequestRefused refused) {
                return new Answer(Map.of(), refused.reasons());
            }
        }, answer);
    }

    /** The live state of each service of the tree named {@code treeName}, by title (empty when no such tree). */
    void live(String treeName, Consumer<Map<String, LiveState>> answer) {
        run("Live state of " + treeName, () -> liveNow(treeName), answer, true);
    }

    Map<String, LiveState> liveNow(String treeName) {
        CompositeRequests requests = requests();
        return requests.findTree(treeName).map(treeId -> {
            Map<String, InstanceRecord> instances = requests.instances(treeId);
            Map<String, LiveState> states = new LinkedHashMap<>();
            for (InstanceRow row : master.instances().byIds(instances.values().stream().map(InstanceRecord::id).toList())) {
                states.put(row.title(), new LiveState(row.requestedState(), row.reportedState(), row.healthy(), row.lastReportAt(),
                        master.unsealer().shown(row.url()), row.pendingReason(), row.error(), row.nodeId()));
            }
            return states;
        }).orElse(Map.of());
    }

    private CompositeRequests requests() {
        return master.services().composites();
    }

    /**
     * {@code would go to vm/p003, ports 20030-20039 · vm keeps 6 of 10 partitions free}: where the service
     * would go, then what its node would have left once the whole composite is placed.
     */
    static String describe(Placement placement, Map<String, NodeOffer> offers, Map<String, Long> takenPerNode) {
        if (!placement.placed()) {
            return "waits: " + placement.pendingReason();
        }
        String where = "would go to " + placement.nodeId() + "/" + placement.partition()
                + (placement.firstPort() > 0 ? ", ports " + placement.firstPort() + "-" + placement.lastPort() : "");
        NodeOffer offer = offers.get(placement.nodeId());
        if (offer == null) {
            return where;
        }
        long left = offer.freePartitions() - takenPerNode.getOrDefault(placement.nodeId(), 0L);
        return where + " · " + offer.id() + " keeps " + left + " of " + offer.partitions() + " partitions free";
    }

    /**
     * {@code would go to federated master B · it told 3/4 partitions free, 10 s ago}: a federated site's
     * partition here is a placeholder, so what the other master last told of its own nodes is shown instead.
     */
    static String delegated(String site, FederatedSites.Told told) {
        String where = "would go to federated master " + site;
        if (told == null) {
            return where + " · it has not told its capacity yet";
        }
        long seconds = Math.max(0, java.time.Duration.between(told.toldAt(), java.time.Instant.now()).getSeconds());
        return where + " · it told " + told.summary().freePartitions() + "/" + told.summary().partitions()
                + " partitions free, " + seconds + " s ago";
    }

    private <T> void run(String name, java.util.concurrent.Callable<T> work, Consumer<T> answer) {
        run(name, work, answer, false);
    }

    private <T> void run(String name, java.util.concurrent.Callable<T> work, Consumer<T> answer, boolean system) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> answer.accept(result));
                }
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(name + " failed: " + e.getMessage(), e);
            }
        });
        job.setSystem(system);
        job.setUser(!system);
        job.schedule();
    }
}
