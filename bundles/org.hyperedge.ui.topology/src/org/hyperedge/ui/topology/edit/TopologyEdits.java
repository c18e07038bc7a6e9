package org.hyperedge.ui.topology.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the operator does to a composite, each as one undoable step of the document: add a service, move,
 * link, delete, rename, set parameters, place on a site, lay out, paste. The canvas and the part only call these.
 */
public final class TopologyEdits {

    private final TopologyDocument document;

    public TopologyEdits(TopologyDocument document) {
        this.document = document;
    }

    private CompositeService composite() {
        return document.composite();
    }

    /** Adds a service of {@code releaseId}'s {@code softwareType} at ({@code x}, {@code y}), titled after the release. */
    public ServiceNode addService(String releaseId, String softwareType, int x, int y) {
        ServiceNode node = HyperEdgeFactory.eINSTANCE.createServiceNode();
        node.setReleaseId(releaseId);
        node.setSoftwareType(softwareType);
        node.setX(x);
        node.setY(y);
        document.edit("Add " + releaseId, () -> {
            node.setTitle(NodeTitles.unique(composite(), NodeTitles.base(releaseId)));
            composite().getNodes().add(node);
        });
        return node;
    }

    /** Moves each node to its new place, all in one step. */
    public void move(Map<ServiceNode, int[]> places) {
        if (places.isEmpty()) {
            return;
        }
        document.edit(places.size() == 1 ? "Move " + places.keySet().iterator().next().getTitle() : "Move " + places.size() + " services",
                () -> places.forEach((node, xy) -> {
                    node.setX(xy[0]);
                    node.setY(xy[1]);
                }));
    }

    /** Links {@code source}'s connection parameter to {@code target}'s parameter (the caller asked the validator first). */
    public Link link(ServiceNode source, String connectionParameter, ServiceNode target, String parameter) {
        Link link = HyperEdgeFactory.eINSTANCE.createLink();
        link.setSource(source);
        link.setConnectionParameter(connectionParameter);
        link.setTarget(target);
        link.setParameter(parameter);
        document.edit("Link " + source.getTitle() + "." + connectionParameter + " → " + target.getTitle() + "." + parameter,
                () -> composite().getLinks().add(link));
        return link;
    }

    /** Deletes the nodes with every link that touches them, and the links given. */
    public void delete(Collection<ServiceNode> nodes, Collection<Link> links) {
        if (nodes.isEmpty() && links.isEmpty()) {
            return;
        }
        String label = nodes.size() + links.size() == 1
                ? "Delete " + (nodes.isEmpty() ? "link" : nodes.iterator().next().getTitle())
                : "Delete " + (nodes.size() + links.size()) + " elements";
        document.edit(label, () -> {
            Set<ServiceNode> gone = Set.copyOf(nodes);
            for (Iterator<Link> i = composite().getLinks().iterator(); i.hasNext();) {
                Link link = i.next();
                if (links.contains(link) || gone.contains(link.getSource()) || gone.contains(link.getTarget())) {
                    i.remove();
                }
            }
            composite().getNodes().removeAll(gone);
        });
    }

    /** Renames the node; refused (returns the reason) when another node has the title. */
    public java.util.Optional<String> rename(ServiceNode node, String title) {
        String wanted = title.strip();
        if (wanted.isEmpty()) {
            return java.util.Optional.of("a service needs a title");
        }
        if (composite().getNodes().stream().anyMatch(other -> other != node && wanted.equals(other.getTitle()))) {
            return java.util.Optional.of("another service is titled '" + wanted + "'");
        }
        if (!wanted.equals(node.getTitle())) {
            document.edit("Rename " + node.getTitle() + " to " + wanted, () -> node.setTitle(wanted));
        }
        return java.util.Optional.empty();
    }

    /**
     * Sets the node's parameters to the fields of {@code parameters}: the model keeps each value as text (a
     * string as it is, anything else as JSON), as the master reads it back by the schema's type.
     */
    public void setParameters(ServiceNode node, ObjectNode parameters) {
        List<Entry> entries = new ArrayList<>();
        parameters.fields().forEachRemaining(field -> {
            if (field.getValue() != null && !field.getValue().isNull()) {
                Entry entry = HyperEdgeFactory.eINSTANCE.createEntry();
                entry.setKey(field.getKey());
                entry.setValue(text(field.getValue()));
                entries.add(entry);
            }
        });
        if (sameEntries(node.getParameters(), entries)) {
            return;
        }
        document.edit("Parameters of " + node.getTitle(), () -> {
            node.getParameters().clear();
            node.getParameters().addAll(entries);
        });
    }

    /**
     * Places the service on {@code site} (its SLA's {@code site}; a federated site's name delegates it to that master),
     * or anywhere when {@code site} is null; a node named in its SLA is dropped with it, the rest of the SLA kept.
     */
    public void placeOnSite(ServiceNode node, String site) {
        List<Entry> wanted = new ArrayList<>();
        for (Entry entry : node.getSla()) {
            if (!"site".equals(entry.getKey()) && !(site != null && "node".equals(entry.getKey()))) {
                Entry kept = HyperEdgeFactory.eINSTANCE.createEntry();
                kept.setKey(entry.getKey());
                kept.setValue(entry.getValue());
                wanted.add(kept);
            }
        }
        if (site != null) {
            Entry placed = HyperEdgeFactory.eINSTANCE.createEntry();
            placed.setKey("site");
            placed.setValue(site);
            wanted.add(placed);
        }
        if (sameEntries(node.getSla(), wanted)) {
            return;
        }
        document.edit((site == null ? "Place " + node.getTitle() + " anywhere" : "Place " + node.getTitle() + " on " + site),
                () -> {
                    node.getSla().clear();
                    node.getSla().addAll(wanted);
                });
    }

    /** Moves every node to the place {@code places} gives it (an automatic layout), in one step. */
    public void layout(Map<ServiceNode, int[]> places) {
        document.edit("Layout", () -> places.forEach((node, xy) -> {
            node.setX(xy[0]);
            node.setY(xy[1]);
        }));
    }

    /** Adds copies of the clipboard's services and their links, offset by ({@code dx}, {@code dy}); returns the new nodes. */
    public List<ServiceNode> paste(CompositeClipboard.Contents contents, int dx, int dy) {
        List<ServiceNode> added = new ArrayList<>();
        if (contents.isEmpty()) {
            return added;
        }
        document.edit("Paste " + contents.size() + (contents.size() == 1 ? " service" : " services"), () -> {
            CompositeClipboard.Pasted pasted = contents.copyInto(composite(), dx, dy);
            composite().getNodes().addAll(pasted.nodes());
            composite().getLinks().addAll(pasted.links());
            added.addAll(pasted.nodes());
        });
        return added;
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static boolean sameEntries(List<Entry> current, List<Entry> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!java.util.Objects.equals(current.get(i).getKey(), wanted.get(i).getKey())
                    || !java.util.Objects.equals(current.get(i).getValue(), wanted.get(i).getValue())) {
                return false;
            }
        }
        return true;
    }
}
