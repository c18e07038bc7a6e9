package org.hyperedge.ui.master;

import java.nio.file.Path;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.release.InvalidDescriptorException;

/** The master the console works on: the H2 database of its data directory, with the built-in catalog. */
public final class EmbeddedMaster implements AutoCloseable {

    private final Database database;
    private final CatalogStore catalog;
    private final RequestService requests;

    private EmbeddedMaster(Database database) {
        this.database = database;
        this.catalog = new CatalogStore(database);
        this.requests = new RequestService(database, catalog);
    }

    /** Opens (creating on first use) the master of the data directory; slow I/O, never on the UI thread. */
    public static EmbeddedMaster open(Path dataDirectory) throws InvalidDescriptorException {
        EmbeddedMaster master = new EmbeddedMaster(Database.open(Database.h2Url(dataDirectory)));
        if (master.catalog.list().isEmpty()) {
            master.catalog.importBuiltIn();
        }
        return master;
    }

    public CatalogStore catalog() {
        return catalog;
    }

    public RequestService requests() {
        return requests;
    }

    /** One line for the status bar. */
    public String summary() {
        return "Embedded master · " + catalog.list().size() + " releases in the catalog · " + requests.count()
                + " instances";
    }

    @Override
    public void close() {
        database.close();
    }
}
