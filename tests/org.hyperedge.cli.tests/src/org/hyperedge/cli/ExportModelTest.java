package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.model.Catalog;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.Instance;
import org.hyperedge.model.RequestedState;
import org.hyperedge.model.resource.ModelResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-model FILE}: the catalog and the fleet as one XMI file, which a test can load and compare. */
class ExportModelTest {

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void theExportHoldsTheCatalogAndTheFleetAsTheMasterHasThem() {
        try (Master master = Master.open(data)) {
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000,
                    java.util.Map.of(), 4, 20000, 10));
        }
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "builtin:h2-database", "orders-db").code());
        assertEquals(Main.OK, CliRun.inProcess(data, "request", "builtin:h2-database", "billing-db", "--state", "stopped").code());
        Path file = out.resolve("fleet.xmi");

        CliRun export = CliRun.inProcess(data, "export-model", file.toString());

        assertEquals(Main.OK, export.code(), export.err());
        assertTrue(export.out().contains("1 sites, 1 nodes, 2 instance trees, 2 instances"), export.out());
        Fleet fleet = ModelResources.loadRoot(file, Fleet.class);
        Instance billing = fleet.getTrees().get(1).getInstances().get(0);
        assertEquals("billing-db", billing.getTitle());
        assertEquals(RequestedState.STOPPED, billing.getRequestedState());
        assertEquals("edge-1", billing.getPartition().getNode().getId());
        Catalog catalog = ModelResources.loadRoot(file, Catalog.class);
        assertTrue(catalog.getReleases().stream().anyMatch(r -> r.getId().equals("builtin:h2-database")));
    }

    @Test
    void aDirectoryAMissingFolderOrNoFileIsRefusedAndWritesNothing() throws Exception {
        CliRun directory = CliRun.inProcess(data, "export-model", out.toString());
        CliRun missingFolder = CliRun.inProcess(data, "export-model", out.resolve("no/such/folder.xmi").toString());
        CliRun none = CliRun.inProcess(data, "export-model");
        CliRun two = CliRun.inProcess(data, "export-model", "a.xmi", "b.xmi");

        assertEquals(Main.REFUSED, directory.code());
        assertTrue(directory.err().contains("is a directory"), directory.err());
        assertEquals(Main.REFUSED, missingFolder.code());
        assertTrue(missingFolder.err().contains("does not exist"), missingFolder.err());
        assertEquals(Main.USAGE, none.code());
        assertEquals(Main.USAGE, two.code());
        assertTrue(two.err().contains("export-model takes one FILE"), two.err());
        try (var written = Files.list(out)) {
            assertFalse(written.findAny().isPresent(), "nothing written");
        }
    }
}
