package org.hyperedge.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Link;
import org.hyperedge.model.PromiseKind;
import org.hyperedge.model.PromiseCheck;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.model.SoftwareRelease;
import org.hyperedge.model.SoftwareType;
import org.hyperedge.model.resource.ModelResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelResourcesTest {

    private static final HyperEdgeFactory MODEL = HyperEdgeFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void catalogRoundTripsThroughXmiUnchanged() {
        Catalog catalog = catalogWithH2();
        Path file = temp.resolve("builtin.catalog");

        ModelResources.save(catalog, file);
        Catalog reloaded = ModelResources.loadCatalog(file);

        assertNotSame(catalog, reloaded);
        assertTrue(EcoreUtil.equals(catalog, reloaded), "the reloaded catalog differs");
        SoftwareType type = reloaded.getReleases().get(0).getTypes().get(0);
        assertSame(reloaded.getReleases().get(0), type.getRelease(), "the type's release is its container");
        assertEquals(PromiseKind.TCP, type.getPromises().get(0).getKind());
    }

    @Test
    void compositeLinksStillPointAtTheirNodesAfterReload() {
        CompositeService composite = MODEL.createCompositeService();
        composite.setName("web + database");
        ServiceNode database = node("db", "h2-database");
        ServiceNode web = node("web", "static-web");
        composite.getNodes().add(database);
        composite.getNodes().add(web);
        Link link = MODEL.createLink();
        link.setSource(database);
        link.setConnectionParameter("url");
        link.setTarget(web);
        link.setParameter("database-url");
        composite.getLinks().add(link);
        Path file = temp.resolve("web-db.composite");

        ModelResources.save(composite, file);
        CompositeService reloaded = ModelResources.loadComposite(file);

        Link reloadedLink = reloaded.getLinks().get(0);
        assertSame(reloaded.getNodes().get(0), reloadedLink.getSource());
        assertSame(reloaded.getNodes().get(1), reloadedLink.getTarget());
        assertEquals("database-url", reloadedLink.getParameter());
    }

    @Test
    void malformedFileIsRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.catalog"), "<hyperedge:Catalog xmlns:hyperedge=");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelResources.loadCatalog(file));

        assertTrue(error.getMessage().startsWith(file + " is not a readable HyperEdge model"), error.getMessage());
    }

    @Test
    void compositeFileIsNotTakenForACatalog() {
        CompositeService composite = MODEL.createCompositeService();
        composite.setName("empty");
        Path file = temp.resolve("empty.composite");
        ModelResources.save(composite, file);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelResources.loadCatalog(file));

        assertEquals(file + " does not hold one Catalog", error.getMessage());
    }

    @Test
    void missingFileIsAClearError() {
        Path file = temp.resolve("nowhere.catalog");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ModelResources.loadCatalog(file));

        assertEquals(file + " does not exist or is not a file", error.getMessage());
    }

    private static Catalog catalogWithH2() {
        Catalog catalog = MODEL.createCatalog();
        SoftwareRelease release = MODEL.createSoftwareRelease();
        release.setId("h2-database");
        release.setName("H2 database server");
        release.setVersion("2.4.240");
        SoftwareType type = MODEL.createSoftwareType();
        type.setName("default");
        type.setParameterSchema("{\"type\":\"object\"}");
        PromiseCheck listening = MODEL.createPromiseCheck();
        listening.setName("tcp-listening");
        listening.setKind(PromiseKind.TCP);
        listening.setTarget("${port.tcp}");
        type.getPromises().add(listening);
        release.getTypes().add(type);
        catalog.getReleases().add(release);
        return catalog;
    }

    private static ServiceNode node(String title, String releaseId) {
        ServiceNode node = MODEL.createServiceNode();
        node.setTitle(title);
        node.setReleaseId(releaseId);
        node.setSoftwareType("default");
        return node;
    }
}
