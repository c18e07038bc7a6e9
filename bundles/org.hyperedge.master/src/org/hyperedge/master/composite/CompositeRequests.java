package org.hyperedge.master.composite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.InstanceTrees;
import org.hyperedge.master.request.ParameterLink;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests a composite service as one instance tree, named by the operator. The tree's root is the first
 * service in link order (a service no link feeds) the first time it is requested, and stays its root; the
 * other services are its children; each instance has its node's title. Linked parameters become the tree's
 * parameter links, so a dependent waits, stopped, until its source publishes the value. Requesting the same
 * name again updates the tree to the composite (services left out of it are destroyed). A composite with any
 * validation problem is refused with every problem, and nothing is ordered.
 */
public final class CompositeRequests {

    private final RequestService requests;
    private final InstanceTrees trees;
    private final CompositeValidator validator;
    private final CatalogStore catalog;

    public CompositeRequests(RequestService requests, CatalogStore catalog) {
        this.requests = requests;
        this.trees = new InstanceTrees(requests);
        this.validator = new CompositeValidator(catalog);
        this.catalog = catalog;
    }

    /** Orders the composite as the tree named {@code treeName} (again: updates it), all services or none. */
    public CompositeOrder request(CompositeService composite, String treeName) throws RequestRefused {
        List<ServiceNode> ordered = checked(composite, treeName);
        List<InstanceRecord> instances = trees.request(treeName, requestsOf(composite, ordered));
        Map<String, InstanceRecord> byTitle = new LinkedHashMap<>();
        instances.forEach(i -> byTitle.put(i.title(), i));
        Map<String, InstanceRecord> inCompositeOrder = new LinkedHashMap<>();
        composite.getNodes().forEach(n -> inCompositeOrder.put(n.getTitle(), byTitle.get(n.getTitle())));
        return new CompositeOrder(instances.get(0).treeId(), inCompositeOrder);
    }

    /**
     * Where each service would be placed, in the composite's node order, each seeing the capacity the ones
     * before it (in link order) took; nothing is ordered. The composite is previewed as a new tree.
     */
    public List<Placement> dryRun(CompositeService composite) throws RequestRefused {
        return dryRun(composite, "dry run " + java.util.UUID.randomUUID());
    }

    /** As {@link #dryRun(CompositeService)}, previewing a request of the tree named {@code treeName} (an update when it exists). */
    public List<Placement> dryRun(CompositeService composite, String treeName) throws RequestRefused {
        List<ServiceNode> ordered = checked(composite, treeName);
        List<Placement> placements = trees.dryRun(treeName, requestsOf(composite, ordered));
        Map<ServiceNode, Placement> byNode = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byNode.put(ordered.get(i), placements.get(i));
        }
        return composite.getNodes().stream().map(byNode::get).toList();
    }

    /** The problems that would refuse a request of the composite; empty when it may be requested. */
    public List<CompositeProblem> validate(CompositeService composite) {
        return validator.validate(composite);
    }

    /** The id of the instance tree named {@code treeName}, if it was requested. */
    public Optional<Long> findTree(String treeName) {
        return trees.find(treeName);
    }

    /** The tree's instances by title (a composite's service nodes by their titles), in the order they were made. */
    public Map<String, InstanceRecord> instances(long treeId) {
        Map<String, InstanceRecord> byTitle = new LinkedHashMap<>();
        requests.tree(treeId).forEach(i -> byTitle.put(i.title(), i));
        return byTitle;
    }

    /** Destroys the tree named {@code treeName}, every service of it (its root first, the others with it). */
    public InstanceRecord destroy(String treeName) throws RequestRefused {
        long treeId = trees.find(treeName).orElseThrow(() -> new RequestRefused(treeName,
                List.of("there is no instance tree named '" + treeName + "'")));
        InstanceRecord root = requests.tree(treeId).stream().filter(i -> i.parentId() == null).findFirst()
                .orElseThrow(() -> new RequestRefused(treeName, List.of("the tree '" + treeName + "' has no root instance")));
        return requests.changeState(root.id(), RequestedState.DESTROYED);
    }

    /** The composite's nodes in link order, or the refusal with every problem. */
    private List<ServiceNode> checked(CompositeService composite, String treeName) throws RequestRefused {
        List<String> reasons = new ArrayList<>();
        if (composite.getNodes().isEmpty()) {
            reasons.add("the composite has no service");
        }
        validator.validate(composite).forEach(p -> reasons.add(p.message()));
        if (!reasons.isEmpty()) {
            throw new RequestRefused(treeName, reasons);
        }
        return new LinkGraph(composite).order();
    }

    private List<Request> requestsOf(CompositeService composite, List<ServiceNode> ordered) {
        List<Request> list = new ArrayList<>();
        for (ServiceNode node : ordered) {
            ObjectNode schema = catalog.find(node.getReleaseId()).map(ReleaseDescriptor::types)
                    .map(types -> types.get(CompositeValidator.typeOf(node))).map(SoftwareTypeDescriptor::parameterSchema)
                    .orElse(null);
            Map<String, String> sla = new LinkedHashMap<>();
            for (Entry entry : node.getSla()) {
                sla.put(entry.getKey(), entry.getValue());
            }
            Map<String, ParameterLink> links = new LinkedHashMap<>();
            for (Link link : composite.getLinks()) {
                if (link.getTarget() == node) {
                    links.put(link.getParameter(), new ParameterLink(link.getSource().getTitle(), link.getConnectionParameter()));
                }
            }
            // a linked parameter takes its source's value; a value also set in the node would never be used
            ObjectNode parameters = NodeParameters.of(node, schema);
            links.keySet().forEach(parameters::remove);
            list.add(new Request(node.getTitle(), node.getReleaseId(), CompositeValidator.typeOf(node), parameters, sla,
                    RequestedState.STARTED, node.isShared(), null).withLinks(links));
        }
        return list;
    }
}
