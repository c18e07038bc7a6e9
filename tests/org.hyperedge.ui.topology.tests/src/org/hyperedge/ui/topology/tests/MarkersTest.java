package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.master.composite.CompositeProblem.Kind;
import org.hyperedge.master.composite.CompositeValidator;
import org.hyperedge.master.Master;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.topology.view.Markers;
import org.hyperedge.ui.topology.view.PortCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the canvas marks, checked against the editor's snapshot of the built-in catalog as the editor checks
 * it: a composite read from a file may hold what the canvas would never let the operator draw.
 */
class MarkersTest {

    @TempDir
    Path temp;

    private PortCatalog catalog;

    @BeforeEach
    void builtInCatalogSnapshot() throws Exception {
        List<ReleaseDescriptor> releases = new ArrayList<>();
        try (Master master = Master.open(temp.resolve("catalog"))) {
            CatalogStore store = master.catalog();
            store.importBuiltIn();
            store.list().forEach(entry -> store.find(entry.id()).ifPresent(releases::add));
        }
        catalog = new PortCatalog(releases);
    }

    @Test
    void problemsLandOnTheServiceOrTheLinkTheyAreAbout() {
        CompositeService composite = HyperEdgeFactory.eINSTANCE.createCompositeService();
        composite.setName("marked");
        ServiceNode db = node(composite, "db", "builtin:h2-database");
        ServiceNode front = node(composite, "front", "builtin:static-web");
        ServiceNode back = node(composite, "back", "builtin:static-web");
        ServiceNode other = node(composite, "other", "builtin:h2-database");
        Entry wrong = HyperEdgeFactory.eINSTANCE.createEntry();
        wrong.setKey("database");
        wrong.setValue("Not A Name");
        db.getParameters().add(wrong);
        Link good = link(composite, db, "url", front, "database-url");
        Link incompatible = link(composite, front, "url", other, "web-console");
        link(composite, front, "url", back, "link-url");
        Link closing = link(composite, back, "url", front, "link-url");

        Markers markers = new Markers(new CompositeValidator(catalog::release).validate(composite));

        assertEquals(List.of(Kind.INVALID_PARAMETER), kinds(markers.ofNode("db")));
        assertTrue(markers.ofLink(good).isEmpty(), markers.ofLink(good).toString());
        assertEquals(List.of(Kind.INCOMPATIBLE_LINK), kinds(markers.ofLink(incompatible)));
        assertTrue(markers.ofLink(incompatible).get(0).message().contains("takes a boolean"), markers.ofLink(incompatible).toString());
        assertTrue(kinds(markers.ofLink(closing)).contains(Kind.CYCLE), markers.all().toString());
        assertTrue(markers.general().isEmpty());
    }

    @Test
    void theEditorsPortsAreTheSchemasProperties() {
        CompositeService composite = HyperEdgeFactory.eINSTANCE.createCompositeService();
        ServiceNode db = node(composite, "db", "builtin:h2-database");
        ServiceNode unknown = node(composite, "x", "acme:nothing");

        PortCatalog.Ports ports = catalog.ports(db);

        assertEquals(List.of("database", "user", "web-console", "backup-every"), ports.parameters());
        assertEquals(List.of("url", "user", "password"), ports.connectionParameters());
        assertEquals(PortCatalog.Ports.NONE, catalog.ports(unknown));
        assertEquals(List.of(Kind.UNKNOWN_RELEASE),
                kinds(new Markers(new CompositeValidator(catalog::release).validate(composite)).ofNode("x")));
    }

    private static List<Kind> kinds(List<CompositeProblem> problems) {
        return problems.stream().map(CompositeProblem::kind).toList();
    }

    private static ServiceNode node(CompositeService composite, String title, String release) {
        ServiceNode node = HyperEdgeFactory.eINSTANCE.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(release);
        node.setSoftwareType("default");
        composite.getNodes().add(node);
        return node;
    }

    private static Link link(CompositeService composite, ServiceNode source, String connection, ServiceNode target, String parameter) {
        Link link = HyperEdgeFactory.eINSTANCE.createLink();
        link.setSource(source);
        link.setConnectionParameter(connection);
        link.setTarget(target);
        link.setParameter(parameter);
        composite.getLinks().add(link);
        return link;
    }
}
