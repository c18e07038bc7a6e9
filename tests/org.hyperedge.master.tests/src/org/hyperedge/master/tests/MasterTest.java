package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.master.view.InstanceQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The master's composition root: opened on a data directory or a JDBC URL, it hands out working services. */
class MasterTest {

    private static final String H2 = "builtin:h2-database";

    @TempDir
    Path data;

    @Test
    void openedOnAnEmptyDataDirectoryItKeepsAnH2FileThereAndItsServicesWorkTogether() throws Exception {
        // given: the master of an empty data directory, with the built-in catalog and one node
        try (Master master = Master.open(data)) {
            master.catalog().importBuiltIn();
            master.nodes().register(new NodeSpec("edge-1", "factory", "127.0.0.1", 2000, 2048, 10_000, Map.of(), 4, 20000, 10));

            // when: a service is requested through it
            InstanceRecord placed = master.requests().request(Request.root("my_db", H2, "default",
                    new ObjectMapper().createObjectNode().put("database", "orders")));

            // then: it is placed, and the other services see it on the same store
            assertEquals("edge-1", placed.nodeId());
            assertTrue(master.embedded(), master.url());
            assertEquals(1, master.instanceListing().count(InstanceQuery.all()));
            assertEquals(1, master.nodes().list().get(0).partitions() - master.nodes().list().get(0).freePartitions());
            assertTrue(master.desiredStates().compute("edge-1").generation() > 0, "the node has something to run");
            assertEquals(List.of(), master.tickets().list("open", null));
        }
        assertTrue(Files.exists(data.resolve("master.mv.db")), "the embedded master keeps its H2 file in the data directory");
    }

    @Test
    void whatOneMasterStoredIsThereWhenTheDataDirectoryIsOpenedAgain() throws Exception {
        try (Master first = Master.open(data)) {
            first.catalog().importBuiltIn();
        }

        try (Master again = Master.open(data)) {
            assertTrue(again.catalog().find(H2).isPresent(), "the catalog imported before is kept");
        }
    }

    @Test
    void openedOnAJdbcUrlItWorksOnThatDatabase() throws Exception {
        try (Master master = Master.open(TestDatabases.freshUrl(data))) {
            master.catalog().importBuiltIn();

            assertTrue(master.catalog().list().size() > 1, TestDatabases.backend());
            assertEquals(!TestDatabases.onPostgres(), master.embedded());
        }
    }

    @Test
    void eachServiceIsMadeOnceAndSharedByEveryCaller() {
        try (Master master = Master.open(data)) {
            assertSame(master.catalog(), master.catalog());
            assertSame(master.requests(), master.requests());
            assertSame(master.fleet(), master.fleet(), "the fleet model and its in-memory index are one per master");
            assertSame(master.catalogModel(), master.catalogModel());
            assertSame(master.tickets(), master.tickets());
        }
    }

    @Test
    void closingTheMasterClosesItsDatabase() {
        Master master = Master.open(data);
        master.catalog().list();

        master.close();

        assertThrows(StoreException.class, () -> master.catalog().list(), "no service works on a closed master");
        assertThrows(StoreException.class, () -> master.nodes().list());
    }
}
