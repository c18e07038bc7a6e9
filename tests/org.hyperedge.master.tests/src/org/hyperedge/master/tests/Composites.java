package org.hyperedge.master.tests;

import java.util.List;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;

/** Composite services built in code, as the topology editor builds them. */
final class Composites {

    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    private Composites() {
    }

    static CompositeService composite(String name, ServiceNode... nodes) {
        CompositeService composite = MODEL.createCompositeService();
        composite.setName(name);
        composite.getNodes().addAll(List.of(nodes));
        return composite;
    }

    /** A node with {@code key, value} parameters. */
    static ServiceNode node(String title, String release, String... parameters) {
        ServiceNode node = MODEL.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(release);
        node.setSoftwareType("default");
        for (int i = 0; i < parameters.length; i += 2) {
            node.getParameters().add(entry(parameters[i], parameters[i + 1]));
        }
        return node;
    }

    static ServiceNode parameter(ServiceNode node, String key, String value) {
        node.getParameters().add(entry(key, value));
        return node;
    }

    static ServiceNode sla(ServiceNode node, String key, String value) {
        node.getSla().add(entry(key, value));
        return node;
    }

    /** Links {@code parameter} of the composite's node {@code target} to {@code connectionParameter} of {@code source}. */
    static Link link(CompositeService composite, String source, String connectionParameter, String target, String parameter) {
        Link link = MODEL.createLink();
        link.setSource(find(composite, source));
        link.setConnectionParameter(connectionParameter);
        link.setTarget(find(composite, target));
        link.setParameter(parameter);
        composite.getLinks().add(link);
        return link;
    }

    static ServiceNode find(CompositeService composite, String title) {
        return composite.getNodes().stream().filter(n -> title.equals(n.getTitle())).findFirst().orElseThrow();
    }

    private static Entry entry(String key, String value) {
        Entry entry = MODEL.createEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }
}
