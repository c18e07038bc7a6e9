package org.hyperedge.master.composite;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/**
 * The links of a composite as a graph from source to dependent: its cycles (a service that waits, through
 * links, for itself) and an order where every source comes before its dependents.
 */
final class LinkGraph {

    /** A cycle: its nodes in link order, and the links that close it. */
    record Cycle(List<ServiceNode> nodes, List<Link> links) {

        String describe() {
            StringBuilder path = new StringBuilder();
            nodes.forEach(n -> path.append('\'').append(n.getTitle()).append("' → "));
            return path.append('\'').append(nodes.get(0).getTitle()).append('\'').toString();
        }
    }

    private final List<ServiceNode> nodes;
    /** Outgoing links by source, in the composite's order; only links between nodes of the composite. */
    private final Map<ServiceNode, List<Link>> outgoing = new IdentityHashMap<>();

    LinkGraph(CompositeService composite) {
        this.nodes = composite.getNodes();
        nodes.forEach(n -> outgoing.put(n, new ArrayList<>()));
        for (Link link : composite.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null && outgoing.containsKey(link.getSource())
                    && outgoing.containsKey(link.getTarget())) {
                outgoing.get(link.getSource()).add(link);
            }
        }
    }

    /** Every cycle, one per strongly connected group of nodes (Tarjan), in the composite's order. */
    List<Cycle> cycles() {
        Map<ServiceNode, Integer> index = new IdentityHashMap<>();
        Map<ServiceNode, Integer> low = new IdentityHashMap<>();
        Deque<ServiceNode> stack = new ArrayDeque<>();
        Map<ServiceNode, Boolean> onStack = new IdentityHashMap<>();
        List<List<ServiceNode>> groups = new ArrayList<>();
        int[] counter = { 0 };
        for (ServiceNode node : nodes) {
            if (!index.containsKey(node)) {
                strongConnect(node, index, low, stack, onStack, groups, counter);
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (List<ServiceNode> group : groups) {
            ServiceNode first = nodes.stream().filter(group::contains).findFirst().orElseThrow();
            boolean selfLoop = outgoing.get(first).stream().anyMatch(l -> l.getTarget() == first);
            if (group.size() > 1 || selfLoop) {
                cycles.add(cycleThrough(first, group));
            }
        }
        cycles.sort(java.util.Comparator.comparingInt(c -> nodes.indexOf(c.nodes().get(0))));
        return cycles;
    }

    /**
     * The nodes with every link's source before its target; among nodes free to go, the composite's order
     * decides. Nodes on a cycle come last, in the composite's order.
     */
    List<ServiceNode> order() {
        Map<ServiceNode, Integer> waiting = new IdentityHashMap<>();
        nodes.forEach(n -> waiting.put(n, 0));
        outgoing.values().forEach(links -> links.forEach(l -> waiting.merge(l.getTarget(), 1, Integer::sum)));
        List<ServiceNode> ordered = new ArrayList<>();
        Map<ServiceNode, Boolean> done = new IdentityHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ServiceNode node : nodes) {
                if (!done.containsKey(node) && waiting.get(node) == 0) {
                    done.put(node, true);
                    ordered.add(node);
                    outgoing.get(node).forEach(l -> waiting.merge(l.getTarget(), -1, Integer::sum));
                    progress = true;
                    break;
                }
            }
        }
        nodes.stream().filter(n -> !done.containsKey(n)).forEach(ordered::add);
        return ordered;
    }

    /** Whether a path of links leads from {@code from} to {@code to}; the path's nodes when it does. */
    List<ServiceNode> path(ServiceNode from, ServiceNode to) {
        Map<ServiceNode, ServiceNode> cameFrom = new IdentityHashMap<>();
        Deque<ServiceNode> queue = new ArrayDeque<>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            ServiceNode node = queue.poll();
            if (node == to) {
                List<ServiceNode> path = new ArrayList<>();
                for (ServiceNode at = to; at != from; at = cameFrom.get(at)) {
                    path.add(0, at);
                }
                path.add(0, from);
                return path;
            }
            for (Link link : outgoing.getOrDefault(node, List.of())) {
                if (!cameFrom.containsKey(link.getTarget())) {
                    cameFrom.put(link.getTarget(), node);
                    queue.add(link.getTarget());
                }
            }
        }
        return List.of();
    }

    private void strongConnect(ServiceNode start, Map<ServiceNode, Integer> index, Map<ServiceNode, Integer> low,
            Deque<ServiceNode> stack, Map<ServiceNode, Boolean> onStack, List<List<ServiceNode>> groups, int[] counter) {
        // iterative Tarjan: a composite of thousands of nodes in a chain must not overflow the call stack
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] { start, 0 });
        while (!work.isEmpty()) {
            Object[] frame = work.peek();
            ServiceNode node = (ServiceNode) frame[0];
            int next = (Integer) frame[1];
            if (next == 0 && !index.containsKey(node)) {
                index.put(node, counter[0]);
                low.put(node, counter[0]);
                counter[0]++;
                stack.push(node);
                onStack.put(node, true);
            }
            List<Link> links = outgoing.get(node);
            if (next < links.size()) {
                frame[1] = next + 1;
                ServiceNode target = links.get(next).getTarget();
                if (!index.containsKey(target)) {
                    work.push(new Object[] { target, 0 });
                } else if (onStack.getOrDefault(target, false)) {
                    low.put(node, Math.min(low.get(node), index.get(target)));
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                ServiceNode parent = (ServiceNode) work.peek()[0];
                low.put(parent, Math.min(low.get(parent), low.get(node)));
            }
            if (low.get(node).equals(index.get(node))) {
                List<ServiceNode> group = new ArrayList<>();
                ServiceNode member;
                do {
                    member = stack.pop();
                    onStack.put(member, false);
                    group.add(member);
                } while (member != node);
                groups.add(group);
            }
        }
    }

    /** A shortest way round the group from {@code first} back to it. */
    private Cycle cycleThrough(ServiceNode first, List<ServiceNode> group) {
        Map<ServiceNode, Link> cameBy = new HashMap<>();
        Deque<ServiceNode> queue = new ArrayDeque<>();
        queue.add(first);
        Link closing = null;
        while (!queue.isEmpty() && closing == null) {
            ServiceNode node = queue.poll();
            for (Link link : outgoing.get(node)) {
                ServiceNode target = link.getTarget();
                if (target == first) {
                    closing = link;
                    break;
                }
                if (group.contains(target) && !cameBy.containsKey(target)) {
                    cameBy.put(target, link);
                    queue.add(target);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        links.add(closing);
        for (ServiceNode at = closing.getSource(); at != first; at = cameBy.get(at).getSource()) {
            links.add(0, cameBy.get(at));
        }
        Map<ServiceNode, Boolean> seen = new LinkedHashMap<>();
        links.forEach(l -> seen.put(l.getSource(), true));
        return new Cycle(new ArrayList<>(seen.keySet()), links);
    }
}
