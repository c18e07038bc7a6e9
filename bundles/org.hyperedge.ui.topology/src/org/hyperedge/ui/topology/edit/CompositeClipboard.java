package org.hyperedge.ui.topology.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/**
 * Copy and paste of services: a copy keeps the selected services and the links among them (a link to a
 * service left behind is not copied); a paste adds fresh copies with titles made unique, so the same
 * contents can be pasted again and again.
 */
public final class CompositeClipboard {

    private Contents contents = new Contents(List.of(), List.of());

    /** The copied services and their links, detached from any composite. */
    public record Contents(List<ServiceNode> nodes, List<Link> links) {

        public boolean isEmpty() {
            return nodes.isEmpty();
        }

        public int size() {
            return nodes.size();
        }

        Pasted copyInto(CompositeService composite, int dx, int dy) {
            EcoreUtil.Copier copier = new EcoreUtil.Copier();
            List<ServiceNode> nodes = new ArrayList<>();
            Set<String> taken = composite.getNodes().stream().map(ServiceNode::getTitle).collect(Collectors.toCollection(HashSet::new));
            for (ServiceNode original : this.nodes) {
                ServiceNode copy = (ServiceNode) copier.copy(original);
                copy.setTitle(NodeTitles.unique(taken, original.getTitle()));
                taken.add(copy.getTitle());
                copy.setX(original.getX() + dx);
                copy.setY(original.getY() + dy);
                nodes.add(copy);
            }
            List<Link> links = new ArrayList<>();
            for (Link original : this.links) {
                links.add((Link) copier.copy(original));
            }
            copier.copyReferences();
            return new Pasted(nodes, links);
        }
    }

    record Pasted(List<ServiceNode> nodes, List<Link> links) {
    }

    /** Keeps copies of {@code nodes} and of the links of {@code composite} between two of them. */
    public void copy(CompositeService composite, Collection<ServiceNode> nodes) {
        Set<ServiceNode> selected = Set.copyOf(nodes);
        List<ServiceNode> ordered = composite.getNodes().stream().filter(selected::contains).toList();
        List<Link> inside = composite.getLinks().stream()
                .filter(l -> selected.contains(l.getSource()) && selected.contains(l.getTarget())).toList();
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<ServiceNode> nodeCopies = ordered.stream().map(n -> (ServiceNode) copier.copy(n)).toList();
        List<Link> linkCopies = inside.stream().map(l -> (Link) copier.copy(l)).toList();
        copier.copyReferences();
        contents = new Contents(nodeCopies, linkCopies);
    }

    public Contents contents() {
        return contents;
    }
}
