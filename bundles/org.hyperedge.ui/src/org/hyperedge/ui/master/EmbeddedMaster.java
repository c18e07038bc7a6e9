package org.hyperedge.ui.master;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.store.Database;
import org.hyperedge.protocol.release.InvalidDescriptorException;

/**
 * The master the console works on: the H2 database of its data directory, with the built-in catalog, and
 * its connector, which keeps every adopted node in sync while the console runs (this machine's own agent
 * among them, started and adopted with {@link #startLocalNode}).
 */
public final class EmbeddedMaster implements AutoCloseable {

    /** How often the console's connector syncs each node. */
    public static final Duration SYNC_PERIOD = Duration.ofSeconds(1);

    private final Database database;
    private final CatalogStore catalog;
    private final RequestService requests;
    private final Path dataDirectory;
    private Connector connector;
    private LocalNode localNode;

    private EmbeddedMaster(Database database, Path dataDirectory) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.catalog = new CatalogStore(database);
        this.requests = new RequestService(database, catalog);
    }

    /** Opens (creating on first use) the master of the data directory; slow I/O, never on the UI thread. */
    public static EmbeddedMaster open(Path dataDirectory) throws InvalidDescriptorException {
        EmbeddedMaster master = new EmbeddedMaster(Database.open(Database.h2Url(dataDirectory)), dataDirectory);
        if (master.catalog.list().isEmpty()) {
            master.catalog.importBuiltIn();
        }
        return master;
    }

    /** Starts the connector: every adopted node is synced from now on; slow, never on the UI thread. */
    public synchronized void startSync() throws java.io.IOException {
        if (connector == null) {
            connector = MasterSite.connector(database, dataDirectory, 4);
            connector.start(SYNC_PERIOD);
        }
    }

    /** Starts this machine's agent and adopts it the first time; slow, never on the UI thread. */
    public synchronized String startLocalNode() throws java.io.IOException, InterruptedException {
        startSync();
        if (localNode == null) {
            localNode = LocalNode.start(database, connector, dataDirectory);
        }
        return localNode.description();
    }

    /** Where the console keeps this machine's agent (its data directory; settings and log beside it). */
    public static Path localAgentDirectory(Path consoleData) throws java.io.IOException {
        return LocalNode.agentDirectory(consoleData);
    }

    /** Nodes and how old their last reports are, for the status line. */
    public String nodeSummary() {
        List<NodeLink> nodes = new NodeLinks(database).all();
        if (nodes.isEmpty()) {
            return "no nodes";
        }
        Instant freshest = nodes.stream().map(NodeLink::lastReportAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        long stale = nodes.stream().filter(n -> n.lastReportAt() == null
                || Duration.between(n.lastReportAt(), Instant.now()).getSeconds() > 30).count();
        String error = nodes.stream().map(NodeLink::lastSyncError).filter(java.util.Objects::nonNull).findFirst()
                .map(e -> " · sync error: " + (e.length() > 160 ? e.substring(0, 157) + "..." : e)).orElse("");
        return nodes.size() + (nodes.size() == 1 ? " node" : " nodes") + (stale > 0 ? " (" + stale + " silent > 30 s)" : "")
                + (freshest == null ? " · no report yet" : " · last report "
                        + Math.max(0, Duration.between(freshest, Instant.now()).getSeconds()) + " s ago") + error;
    }

    public CatalogStore catalog() {
        return catalog;
    }

    public RequestService requests() {
        return requests;
    }

    /** The nodes an SLA can name, with their site, labels and free capacity (request dialog). */
    public org.hyperedge.master.allocation.NodeOffers nodeOffers() {
        return new org.hyperedge.master.allocation.NodeOffers(database);
    }

    /** Which root titles are taken (request dialog: a taken title updates that instance). */
    public org.hyperedge.master.request.RootTitles rootTitles() {
        return new org.hyperedge.master.request.RootTitles(database);
    }

    /** One line for the status bar. */
    public String summary() {
        return "Embedded master · " + catalog.list().size() + " releases in the catalog · " + requests.count()
                + " instances";
    }

    @Override
    public synchronized void close() {
        if (localNode != null) {
            localNode.close();
        }
        if (connector != null) {
            connector.close();
        }
        database.close();
    }
}
