package org.hyperedge.ui.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.topology.edit.CompositeClipboard;
import org.hyperedge.ui.topology.edit.CompositeFiles;
import org.hyperedge.ui.topology.edit.TopologyDocument;
import org.hyperedge.ui.topology.edit.TopologyEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Edits of a composite as the canvas makes them: each one step on EMF's command stack, saved as XMI. */
class TopologyEditsTest {

    @TempDir
    Path temp;

    @Test
    void everyEditIsUndoneAndRedoneAsOneStep() {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        ServiceNode web = edits.addService("builtin:static-web", "default", 320, 40);
        edits.link(db, "url", web, "database-url");
        edits.move(Map.of(web, new int[] { 400, 90 }));

        document.undo();
        assertEquals(320, web.getX(), "the move is undone");
        document.undo();
        assertTrue(document.composite().getLinks().isEmpty(), "the link is undone");
        document.redo();
        document.redo();
        assertEquals(1, document.composite().getLinks().size());
        assertEquals(400, web.getX());
        assertEquals(90, web.getY());
    }

    @Test
    void placingAServiceOnASiteSetsItsSlaSiteInOneStepKeepsTheRestAndIsSavedAndUndone() {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        edits.placeOnSite(db, "factory");
        db.getSla().add(entry("node", "edge-1"));
        db.getSla().add(entry("memory-mb", "512"));

        edits.placeOnSite(db, "B");
        document.save();

        assertEquals(List.of("memory-mb=512", "site=B"), sla(db), "a node named before is dropped with a new site");
        assertEquals(List.of("memory-mb=512", "site=B"), sla(TopologyDocument.open(temp.resolve("shop.composite"))
                .composite().getNodes().get(0)));
        edits.placeOnSite(db, null);
        assertEquals(List.of("memory-mb=512"), sla(db), "anywhere: no site");
        document.undo();
        assertEquals(List.of("memory-mb=512", "site=B"), sla(db), "the placement is undone as one step");
    }

    private static org.hyperedge.model.Entry entry(String key, String value) {
        org.hyperedge.model.Entry entry = org.hyperedge.model.HyperEdgeFactory.eINSTANCE.createEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }

    private static List<String> sla(ServiceNode node) {
        return node.getSla().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    @Test
    void deletingAServiceDeletesItsLinksAndUndoBringsBothBack() {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        ServiceNode web = edits.addService("builtin:static-web", "default", 320, 40);
        Link link = edits.link(db, "url", web, "database-url");

        edits.delete(List.of(db), List.of());

        assertEquals(List.of(web), document.composite().getNodes());
        assertTrue(document.composite().getLinks().isEmpty(), "no link is left dangling");
        document.undo();
        assertTrue(document.composite().getNodes().containsAll(List.of(db, web)));
        assertEquals(2, document.composite().getNodes().size());
        assertSame(db, document.composite().getLinks().get(0).getSource());
        assertSame(link, document.composite().getLinks().get(0));
    }

    @Test
    void titlesAreUniqueAndARenameToATakenTitleIsRefused() {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode first = edits.addService("builtin:static-web", "default", 0, 0);
        ServiceNode second = edits.addService("builtin:static-web", "default", 0, 0);

        assertEquals("static-web", first.getTitle());
        assertEquals("static-web-2", second.getTitle());
        assertEquals("another service is titled 'static-web'", edits.rename(second, "static-web").orElseThrow());
        assertTrue(edits.rename(second, " front ").isEmpty());
        assertEquals("front", second.getTitle());
    }

    @Test
    void pasteAddsFreshCopiesWithTheirInnerLinksOnly() {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        ServiceNode web = edits.addService("builtin:static-web", "default", 320, 40);
        ServiceNode other = edits.addService("builtin:static-web", "default", 600, 40);
        edits.link(db, "url", web, "database-url");
        edits.link(web, "url", other, "link-url");
        CompositeClipboard clipboard = new CompositeClipboard();
        clipboard.copy(document.composite(), List.of(db, web));

        List<ServiceNode> pasted = edits.paste(clipboard.contents(), 30, 30);
        List<ServiceNode> again = edits.paste(clipboard.contents(), 60, 60);

        assertEquals(List.of("h2-database-2", "static-web-3"), pasted.stream().map(ServiceNode::getTitle).toList());
        assertEquals(List.of("h2-database-3", "static-web-4"), again.stream().map(ServiceNode::getTitle).toList());
        assertEquals(70, pasted.get(0).getX());
        assertEquals(4, document.composite().getLinks().size(), "each paste brings the one link between the copied services");
        Link copied = document.composite().getLinks().get(2);
        assertSame(pasted.get(0), copied.getSource());
        assertSame(pasted.get(1), copied.getTarget());
        document.undo();
        document.undo();
        assertEquals(3, document.composite().getNodes().size());
    }

    @Test
    void parametersAreKeptAsTextAndSettingTheSameValuesAddsNoStep() throws Exception {
        TopologyDocument document = TopologyDocument.create("shop", temp.resolve("shop.composite"));
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        ObjectNode parameters = (ObjectNode) new ObjectMapper().readTree("{\"database\":\"orders\",\"web-console\":true}");

        edits.setParameters(db, parameters);
        String undo = document.undoLabel();
        edits.setParameters(db, parameters.deepCopy());

        assertEquals("database", db.getParameters().get(0).getKey());
        assertEquals("orders", db.getParameters().get(0).getValue());
        assertEquals("true", db.getParameters().get(1).getValue());
        assertEquals("Parameters of h2-database", undo);
        assertEquals(undo, document.undoLabel(), "no second step for the same values");
    }

    @Test
    void aSavedCompositeReopensEqualAndUndoingBackToTheSaveIsNotDirty() throws Exception {
        Path file = temp.resolve("composites/shop.composite");
        TopologyDocument document = TopologyDocument.create("shop", file);
        TopologyEdits edits = new TopologyEdits(document);
        ServiceNode db = edits.addService("builtin:h2-database", "default", 40, 40);
        ServiceNode web = edits.addService("builtin:static-web", "default", 320, 40);
        edits.link(db, "url", web, "database-url");
        assertTrue(document.isDirty());

        document.save();
        assertFalse(document.isDirty());
        edits.move(Map.of(web, new int[] { 500, 50 }));
        assertTrue(document.isDirty());
        document.undo();
        assertFalse(document.isDirty(), "back at the saved state");

        CompositeService reopened = TopologyDocument.open(file).composite();
        assertEquals("shop", reopened.getName());
        assertEquals(List.of("h2-database", "static-web"), reopened.getNodes().stream().map(ServiceNode::getTitle).toList());
        Link link = reopened.getLinks().get(0);
        assertEquals("h2-database", link.getSource().getTitle());
        assertEquals("url", link.getConnectionParameter());
        assertEquals("static-web", link.getTarget().getTitle());
        assertEquals("database-url", link.getParameter());
        assertEquals(320, reopened.getNodes().get(1).getX());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("shop.composite"), files.map(f -> f.getFileName().toString()).toList(), "no partial file is left");
        }
    }

    @Test
    void aFileThatIsNotACompositeIsRefusedNamingTheFile() throws Exception {
        Path file = temp.resolve("broken.composite");
        Files.writeString(file, "<not xmi");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TopologyDocument.open(file));

        assertTrue(refused.getMessage().contains("broken.composite"), refused.getMessage());
    }

    @Test
    void openingAnExampleCopiesItIntoTheWorkspace() {
        CompositeFiles files = new CompositeFiles(temp);
        assertEquals(List.of("factory-in-a-box", "web-and-database"), files.choices());

        Path opened = files.open("web-and-database");

        assertEquals(temp.resolve("composites/web-and-database.composite"), opened);
        assertEquals("web + database", TopologyDocument.open(opened).composite().getName());
        assertEquals(List.of("web-and-database"), files.names());
        assertEquals("factory-line-2", CompositeFiles.fileName(" Factory Line 2 "));
        assertNotEquals("", CompositeFiles.fileName("x"));
    }
}
