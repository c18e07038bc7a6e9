package org.hyperedge.console.core.master;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hyperedge.console.core.monitoring.Staleness;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.ConnectorHost;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.sync.NodeLink;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.view.InstanceDetails;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.master.view.NodeOverview;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.Unsealer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The master the console works on: the H2 database of its data directory, with the built-in catalog, and
 * its connector, which keeps every adopted node in sync while the console runs (this machine's own agent
 * among them, started and adopted with {@link #startLocalNode}).
 * <p>
 * In the console it is a Declarative Services component: a component factory ({@value #FACTORY}) that the
 * console's master add-on asks for an instance with the data directory ({@value #DATA_DIRECTORY}) and JDBC URL
 * ({@value #JDBC_URL}) chosen by the command line and the preferences; SCR activates it (opens the master),
 * registers it as an {@code EmbeddedMaster} service (and as the {@link ConnectorHost} its connector component serves)
 * and deactivates it (closes it) when the instance is disposed. The connector is then SCR's too: the console hands
 * the master the instance of the connector's component factory it made for it ({@link #connectWith}), and SCR
 * closes that connector, as its master's service goes away, before this master's deactivation closes the database.
 * Its descriptor is generated from these annotations at build time. Without OSGi (tests, tools) {@link #open}
 * does the same, and {@link #startSync} makes the connector itself.
 */
@Component(factory = EmbeddedMaster.FACTORY, service = { EmbeddedMaster.class, ConnectorHost.class })
public final class EmbeddedMaster implements AutoCloseable, ConnectorHost {

    /** The component factory's name ({@code component.factory} of its {@code ComponentFactory} service). */
    public static final String FACTORY = "org.hyperedge.console.master";
    /** Component property: the console's data directory (a path string). */
    public static final String DATA_DIRECTORY = "hyperedge.dataDirectory";
    /** Component property: the master's JDBC URL; absent: the data directory's H2 file. */
    public static final String JDBC_URL = "hyperedge.jdbcUrl";

    /**
     * How often the console looks for changes made by others (a command line) on an H2 file: a small query each
     * period, the models read again only when it says something was committed.
     */
    public static final Duration FOLLOW_PERIOD = Duration.ofMillis(500);
    /**
     * The same on a shared PostgreSQL, where the database tells of others' changes as they commit (LISTEN/NOTIFY):
     * only a safety net.
     */
    public static final Duration NOTICED_FOLLOW_PERIOD = Duration.ofSeconds(30);

    /** How often the console's connector syncs each node. */
    public static final Duration SYNC_PERIOD = Duration.ofSeconds(1);

    private volatile Duration syncPeriod = SYNC_PERIOD;
    /** Whether {@link #startSync} started the connector (given by SCR's component or made here). */
    private boolean syncing;

    private volatile Master master;
    private volatile Path dataDirectory;
    private boolean closed;
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Connector connector;
    private org.hyperedge.master.fleet.ModelFollower follower;
    private org.hyperedge.master.store.ChangeNotices notices;
    private LocalNode localNode;
    private volatile Unsealer unsealer = Unsealer.NONE;

    private EmbeddedMaster(Master master, Path dataDirectory) {
        this.master = master;
        this.dataDirectory = dataDirectory;
    }

    /** For SCR only, which then calls {@link #activate}; elsewhere use {@link #open}. */
    public EmbeddedMaster() {
    }

    /** SCR: opens the master of the instance's properties ({@value #DATA_DIRECTORY}, {@value #JDBC_URL}). */
    @Activate
    void activate(java.util.Map<String, Object> properties) throws InvalidDescriptorException {
        Object directory = properties.get(DATA_DIRECTORY);
        if (directory == null) {
            throw new IllegalArgumentException("no " + DATA_DIRECTORY + " given to the console's master");
        }
        Path data = Path.of(directory.toString());
        Object url = properties.get(JDBC_URL);
        this.dataDirectory = data;
        this.master = Master.open(url == null ? Master.h2Url(data) : url.toString());
        try {
            importBuiltInCatalog();
        } catch (InvalidDescriptorException | RuntimeException e) {
            master.close();
            throw e;
        }
    }

    /** SCR: the instance was disposed (the console ends); closes the connector, the local node and the master. */
    @Deactivate
    void deactivate() {
        close();
    }

    private void importBuiltInCatalog() throws InvalidDescriptorException {
        if (catalog().list().isEmpty()) {
            catalog().importBuiltIn();
        }
    }

    /** Opens (creating on first use) the master of the data directory; slow I/O, never on the UI thread. */
    public static EmbeddedMaster open(Path dataDirectory) throws InvalidDescriptorException {
        return open(dataDirectory, Master.h2Url(dataDirectory));
    }

    /**
     * Opens the master on the given database: the data directory's H2 file, or a shared PostgreSQL master
     * (its JDBC URL from the preferences); the data directory still holds the master's identity and cache.
     */
    public static EmbeddedMaster open(Path dataDirectory, String jdbcUrl) throws InvalidDescriptorException {
        EmbeddedMaster embedded = new EmbeddedMaster(Master.open(jdbcUrl), dataDirectory);
        embedded.importBuiltInCatalog();
        return embedded;
    }

    /**
     * The operator key this console opens sealed values with, kept in {@code file} (made there, 0600, the first
     * time) and added to this master so nodes seal to it from their next desired state; {@code null}: none, every
     * sealed value shows as sealed. Returns a note for the status line; slow, never on the UI thread.
     */
    public String useOperatorKey(Path file) {
        if (file == null) {
            unsealer = Unsealer.NONE;
            return "no operator key: secrets show as sealed";
        }
        try {
            SealingKeyPair key = SealingKeyPair.loadOrCreate(file);
            String name = master.operatorKeys().enroll(
                    org.hyperedge.master.seal.OperatorKeyFile.defaultName(), key.publicKey());
            unsealer = new Unsealer(key);
            return "operator key " + key.publicKey().id() + " (" + name + ")";
        } catch (RuntimeException e) {
            unsealer = Unsealer.NONE;
            return "operator key unusable, secrets show as sealed: " + e.getMessage();
        }
    }

    /** How this console shows values: sealed ones opened with its operator key when sealed to it. */
    public Unsealer unsealer() {
        return unsealer;
    }

    /**
     * The connector this master syncs its nodes with: in the console, the instance of the connector's DS component
     * made for this master, whose life SCR owns: SCR closes it when its master's service goes away, before it
     * deactivates this master ({@link #close} closes it too, before the database, if it is still open). Before
     * {@link #startSync}; a master that already has another connector refuses it.
     */
    public synchronized void connectWith(Connector component) {
        if (connector != null && connector != component) {
            throw new IllegalStateException("the master on " + dataDirectory + " already has its connector");
        }
        connector = component;
    }

    /**
     * Starts the connector: every adopted node is synced from now on; without one given by {@link #connectWith}
     * (no OSGi) it makes its own. Slow, never on the UI thread.
     */
    public synchronized void startSync() throws java.io.IOException {
        if (connector == null) {
            connector = MasterSite.connector(master, dataDirectory, 4);
        }
        if (!syncing) {
            syncing = true;
            connector.onChange(this::changed);
            connector.start(syncPeriod);
        }
    }

    /**
     * Serves the master's HTTPS endpoint on {@code hostPort} for nodes behind NAT that dial in (issue 18), with the
     * connector's sync; returns the port. Slow, never on the UI thread.
     */
    public synchronized int listen(String hostPort) throws java.io.IOException {
        int colon = hostPort.lastIndexOf(':');
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the endpoint address '" + hostPort + "' is not HOST:PORT");
        }
        startSync();
        return connector.listen(org.hyperedge.connector.EndpointSettings.listen(hostPort.substring(0, colon), port));
    }

    /** Starts this machine's agent and adopts it the first time; slow, never on the UI thread. */
    public synchronized String startLocalNode() throws java.io.IOException, InterruptedException {
        startSync();
        if (localNode == null) {
            localNode = LocalNode.start(master, connector, dataDirectory);
        }
        return localNode.description();
    }

    /** Where the console keeps this machine's agent (its data directory; settings and log beside it). */
    public static Path localAgentDirectory(Path consoleData) throws java.io.IOException {
        return LocalNode.agentDirectory(consoleData);
    }

    /** Nodes and how old their last reports are, for the status line; silent: no report for longer than that. */
    public String nodeSummary(long silentSeconds) {
        List<NodeLink> nodes = master.nodeLinks().all();
        if (nodes.isEmpty()) {
            return "no nodes";
        }
        Instant freshest = nodes.stream().map(NodeLink::lastReportAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        long stale = nodes.stream().filter(n -> n.lastReportAt() == null
                || Duration.between(n.lastReportAt(), Instant.now()).getSeconds() > silentSeconds).count();
        String error = nodes.stream().map(NodeLink::lastSyncError).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        // a federated site is a node here, but another master's fleet: counted apart, so "1 node" is never a whole site
        long federated = master.federationPeers().list().stream()
                .filter(peer -> peer.direction() == org.hyperedge.master.federation.FederationPeers.Direction.SERVES)
                .filter(peer -> nodes.stream().anyMatch(node -> node.nodeId().equals(peer.name()))).count();
        return StatusFacts.line(nodes.size() - federated, federated, stale, silentSeconds, freshest, error, Instant.now());
    }

    /**
     * The status line's master part and node part ({@link #summary}, {@link #nodeSummary}), said from the models the
     * console follows ({@link #followModels}) instead of the database: for a line said again every few seconds.
     */
    public String statusLine(long silentSeconds) {
        StatusFacts facts = statusFacts;
        if (facts == null) {
            return summary() + " · " + nodeSummary(silentSeconds); // not following the models (yet)
        }
        int instances = facts.instances();
        return where() + " · " + facts.releases() + " releases in the catalog · " + instances
                + (instances == 1 ? " instance" : " instances") + " · " + facts.nodes(silentSeconds, Instant.now());
    }

    private volatile StatusFacts statusFacts;

    /** How often the connector syncs each node; takes effect when sync starts. */
    public void syncPeriod(Duration period) {
        this.syncPeriod = period;
    }

    /** Called, on some background thread, whenever nodes reported or the console changed something. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Tells the models and the views that the master changed (a node reported; a request, a state change). */
    public void changed() {
        org.hyperedge.master.fleet.ModelFollower following = follower;
        if (following != null) {
            following.changed();
        }
        changeListeners.forEach(Runnable::run);
    }

    /**
     * Starts keeping the catalog and fleet models current (at once on {@link #changed}, and for what other
     * processes change: as they commit on PostgreSQL, every half second on H2); the views observe them.
     */
    public synchronized void followModels() {
        if (follower == null && !closed) {
            // read once here, on the caller's thread: the status line says the models' counts from now on
            master.catalogModel().refresh();
            if (!master.fleet().loaded()) {
                master.fleet().refresh();
            }
            notices = master.changeNotices(this::changed).orElse(null);
            follower = new org.hyperedge.master.fleet.ModelFollower(master.catalogModel(), master.fleet(),
                    notices == null ? FOLLOW_PERIOD : NOTICED_FOLLOW_PERIOD, master.dataVersion().orElse(null));
            statusFacts = new StatusFacts(master.catalogModel(), master.fleet());
        }
    }

    /** The fleet as an observable EMF model, with the Instances view's in-memory index. */
    public org.hyperedge.master.fleet.FleetModel fleet() {
        return master.fleet();
    }

    /** The catalog as an observable EMF model. */
    public org.hyperedge.master.catalog.CatalogModel catalogModel() {
        return master.catalogModel();
    }

    public InstanceListing instances() {
        return master.instanceListing();
    }

    public InstanceDetails instanceDetails() {
        return master.instanceDetails();
    }

    public NodeOverview nodes() {
        return master.nodeOverview();
    }

    /** Asks each instance for a state; returns what was refused, by instance title, and tells the views. */
    public List<String> changeState(List<InstanceRow> rows, RequestedState state) {
        List<String> refused = new java.util.ArrayList<>();
        for (InstanceRow row : rows) {
            try {
                requests().changeState(row.id(), state);
            } catch (RequestRefused e) {
                refused.add(row.title() + ": " + String.join("; ", e.reasons()));
            }
        }
        changed();
        return refused;
    }

    /** Asks each instance's node to re-process it; returns what was refused, by instance title. */
    public List<String> bang(List<InstanceRow> rows) {
        List<String> refused = new java.util.ArrayList<>();
        for (InstanceRow row : rows) {
            try {
                requests().bang(row.id());
            } catch (RequestRefused e) {
                refused.add(row.title() + ": " + String.join("; ", e.reasons()));
            }
        }
        changed();
        return refused;
    }

    /**
     * The process of the instance whose output its log shows: the first of its software type's (the console asks
     * the node for it through the connector). An instance not placed yet, or one that runs in its host's process,
     * has no log of its own: an IOException says which.
     */
    public String logProcess(InstanceRow row) throws java.io.IOException {
        if (row.nodeId() == null || row.partition() == null) {
            throw new java.io.IOException("'" + row.title() + "' is not placed on a node yet: it has no log");
        }
        var type = catalog().find(row.releaseId()).map(release -> release.types().get(row.softwareType())).orElse(null);
        if (type == null || type.processes().isEmpty()) {
            throw new java.io.IOException("'" + row.title() + "' runs no process of its own: its host's log has its output");
        }
        return type.processes().get(0).name();
    }

    public CatalogStore catalog() {
        return master.catalog();
    }

    public RequestService requests() {
        return master.requests();
    }

    /** The data directory: the master's identity (what site bundles are signed with) and its software cache. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A signed online backup of this master into {@code target}; slow I/O, never on the UI thread. */
    public org.hyperedge.master.backup.MasterBackup.Summary backup(Path target) throws java.io.IOException {
        return master.backup(dataDirectory, MasterSite.identity(dataDirectory), target);
    }

    /**
     * After a site bundle was imported: adopts the site's machines it names and requests its plan, with the
     * artifacts uploaded from this master's cache; slow, never on the UI thread.
     */
    public org.hyperedge.master.site.SiteSummary siteSetup(org.hyperedge.master.site.SiteProgress progress)
            throws java.io.IOException, org.hyperedge.master.site.SiteBundleException,
            org.hyperedge.master.request.RequestRefused {
        startSync();
        org.hyperedge.master.site.SiteSummary summary = org.hyperedge.connector.SiteSetup.adoptAndProvision(connector,
                master, progress);
        changed();
        return summary;
    }

    /** The master's services, for those the Admin views use (monitoring, tickets, billing) and site operations. */
    public Master services() {
        return master;
    }

    /** The nodes an SLA can name, with their site, labels and free capacity (request dialog). */
    public org.hyperedge.master.allocation.NodeOffers nodeOffers() {
        return master.nodeOffers();
    }

    /** Which root titles are taken (request dialog: a taken title updates that instance). */
    public org.hyperedge.master.request.RootTitles rootTitles() {
        return master.rootTitles();
    }

    private String where() {
        return master.embedded() ? "Embedded master" : "Master on " + master.url().replaceAll("\\?.*", "");
    }

    /** One line for the status bar. */
    public String summary() {
        long instances = requests().count();
        return where() + " · " + catalog().list().size() + " releases in the catalog · " + instances
                + (instances == 1 ? " instance" : " instances");
    }

    @Override
    public synchronized void close() {
        if (closed || master == null) {
            return;
        }
        closed = true;
        if (notices != null) {
            notices.close();
        }
        if (follower != null) {
            follower.close();
        }
        if (localNode != null) {
            localNode.close();
        }
        if (connector != null) {
            connector.close(); // before the database; a no-op when SCR deactivated the connector's component already
        }
        master.close();
    }
}
