package org.hyperedge.master.tests;

import java.nio.file.Path;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;

/** A master on a fresh database of the test's backend (H2 or PostgreSQL), with the built-in catalog imported. */
record TestMaster(Database database, CatalogStore catalog, NodeRegistry nodes, RequestService requests)
        implements AutoCloseable {

    static TestMaster open(Path directory) throws Exception {
        TestMaster master = on(TestDatabases.freshUrl(directory));
        master.catalog().importBuiltIn();
        return master;
    }

    /** Another master on the database of {@code url}, as a second master process on a shared PostgreSQL is. */
    static TestMaster on(String url) {
        Database database = Database.open(url);
        CatalogStore catalog = new CatalogStore(database);
        return new TestMaster(database, catalog, new NodeRegistry(database), new RequestService(database, catalog));
    }

    @Override
    public void close() {
        database.close();
    }
}
