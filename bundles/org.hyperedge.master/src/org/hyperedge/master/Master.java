package org.hyperedge.master;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.hyperedge.master.accounting.Projects;
import org.hyperedge.master.accounting.UsageLedger;
import org.hyperedge.master.allocation.NodeOffers;
import org.hyperedge.master.billing.InvoiceGenerator;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.monitoring.ProcessExits;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.master.request.RootTitles;
import org.hyperedge.master.seal.OperatorKeys;
import org.hyperedge.master.site.ArtifactStore;
import org.hyperedge.master.site.ReturnExport;
import org.hyperedge.master.site.ReturnImport;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteImport;
import org.hyperedge.master.site.SiteProvision;
import org.hyperedge.master.site.SiteRecords;
import org.hyperedge.master.store.ChangeNotices;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.Durability;
import org.hyperedge.master.sync.InstanceReports;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.sync.Enrolments;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.master.view.InstanceDetails;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.NodeOverview;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The master's composition root: it opens and owns the database, and is where every caller (console, command
 * line, connector, site code, benchmarks, tests) gets the master's services from, so that the database itself
 * never leaves the master. Each service is made on first use and then shared: opening the master costs the
 * database's opening and nothing more (the console's start-up waits for it).
 */
public final class Master implements AutoCloseable {

    private final Database database;

    private final Lazy<CatalogStore> catalog;
    private final Lazy<RequestService> requests;
    private final Lazy<CompositeRequests> composites;
    private final Lazy<RootTitles> rootTitles;
    private final Lazy<NodeOffers> nodeOffers;
    private final Lazy<NodeRegistry> nodes;
    private final Lazy<NodeLinks> nodeLinks;
    private final Lazy<NodeClocks> nodeClocks;
    private final Lazy<DesiredStates> desiredStates;
    private final Lazy<ReportIngest> reportIngest;
    private final Lazy<InstanceReports> instanceReports;
    private final Lazy<MonitoringQueries> monitoring;
    private final Lazy<ProcessExits> processExits;
    private final Lazy<PeriodicChecks> periodicChecks;
    private final Lazy<TicketService> tickets;
    private final Lazy<Projects> projects;
    private final Lazy<UsageLedger> usage;
    private final Lazy<PriceList> prices;
    private final Lazy<Invoices> invoices;
    private final Lazy<InvoiceGenerator> invoiceGenerator;
    private final Lazy<OperatorKeys> operatorKeys;
    private final Lazy<InstanceListing> instanceListing;
    private final Lazy<FleetModel> fleet;
    private final Lazy<CatalogModel> catalogModel;
    private final Lazy<InstanceDetails> instanceDetails;
    private final Lazy<NodeOverview> nodeOverview;
    private final Lazy<SiteRecords> siteRecords;
    private final Lazy<SiteProvision> siteProvision;
    private final Lazy<org.hyperedge.master.recovery.InstanceBackups> instanceBackups;
    private final Lazy<org.hyperedge.master.recovery.InstanceRecovery> instanceRecovery;

    private Master(Database database) {
        this.database = database;
        catalog = new Lazy<>(() -> new CatalogStore(database));
        requests = new Lazy<>(() -> new RequestService(database, catalog()));
        composites = new Lazy<>(() -> new CompositeRequests(requests(), catalog()));
        rootTitles = new Lazy<>(() -> new RootTitles(database));
        nodeOffers = new Lazy<>(() -> new NodeOffers(database));
        nodes = new Lazy<>(() -> new NodeRegistry(database));
        nodeLinks = new Lazy<>(() -> new NodeLinks(database));
        nodeClocks = new Lazy<>(() -> new NodeClocks(database));
        desiredStates = new Lazy<>(() -> new DesiredStates(database));
        reportIngest = new Lazy<>(() -> new ReportIngest(database));
        instanceBackups = new Lazy<>(() -> new org.hyperedge.master.recovery.InstanceBackups(database));
        instanceRecovery = new Lazy<>(() -> new org.hyperedge.master.recovery.InstanceRecovery(database));
        instanceReports = new Lazy<>(() -> new InstanceReports(database));
        monitoring = new Lazy<>(() -> new MonitoringQueries(database));
        processExits = new Lazy<>(() -> new ProcessExits(database));
        periodicChecks = new Lazy<>(() -> new PeriodicChecks(database));
        tickets = new Lazy<>(() -> new TicketService(database));
        projects = new Lazy<>(() -> new Projects(database));
        usage = new Lazy<>(() -> new UsageLedger(database));
        prices = new Lazy<>(() -> new PriceList(database));
        invoices = new Lazy<>(() -> new Invoices(database));
        invoiceGenerator = new Lazy<>(() -> new InvoiceGenerator(database));
        operatorKeys = new Lazy<>(() -> new OperatorKeys(database));
        instanceListing = new Lazy<>(() -> new InstanceListing(database));
        fleet = new Lazy<>(() -> new FleetModel(database));
        catalogModel = new Lazy<>(() -> new CatalogModel(catalog()));
        instanceDetails = new Lazy<>(() -> new InstanceDetails(database));
        nodeOverview = new Lazy<>(() -> new NodeOverview(database));
        siteRecords = new Lazy<>(() -> new SiteRecords(database));
        siteProvision = new Lazy<>(() -> new SiteProvision(database, composites()));
    }

    /** Opens (creating on first use) the embedded master of the data directory: its H2 file. */
    public static Master open(Path dataDirectory) {
        return open(h2Url(dataDirectory));
    }

    /** Opens the master on the database at the JDBC URL (H2 or PostgreSQL), its schema brought up to date. */
    public static Master open(String jdbcUrl) {
        return new Master(Database.open(jdbcUrl));
    }

    /**
     * The master over a database already open, which it owns from now on (closing the master closes it): for the
     * master's tests and those that read or write its tables directly to set up or check what no service shows.
     */
    public static Master over(Database database) {
        return new Master(database);
    }

    /** The JDBC URL of the embedded master's H2 file in a data directory. */
    public static String h2Url(Path dataDirectory) {
        return Database.h2Url(dataDirectory);
    }

    /**
     * The H2 jar the embedded master runs its database on, when it is a file on disk (not when H2 was loaded
     * from somewhere else, such as a directory of classes): what the built-in catalog's H2 service runs, so
     * the connector can seed its software cache with it without depending on the database driver itself.
     */
    public static Optional<Path> h2Jar() {
        try {
            Path jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when the database refused a write for breaking a constraint: see {@link Database#isConstraintViolation}. */
    public static boolean isConstraintViolation(Throwable error) {
        return Database.isConstraintViolation(error);
    }

    /** Where the master's database is (shown to the operator; a PostgreSQL URL may carry its user). */
    public String url() {
        return database.url();
    }

    /** True when the master runs on an embedded H2 store rather than a shared PostgreSQL. */
    public boolean embedded() {
        return !database.onPostgres();
    }

    /** When what was committed is on disk: see {@link Durability}. */
    public Durability durability() {
        return database.durability();
    }

    public CatalogStore catalog() {
        return catalog.get();
    }

    /** Requests, instance trees, their states, and placing what waits for a node (allocation). */
    public RequestService requests() {
        return requests.get();
    }

    /** Composite services ordered as one instance tree. */
    public CompositeRequests composites() {
        return composites.get();
    }

    public RootTitles rootTitles() {
        return rootTitles.get();
    }

    /** The nodes an SLA can name, with their free capacity. */
    public NodeOffers nodeOffers() {
        return nodeOffers.get();
    }

    public NodeRegistry nodes() {
        return nodes.get();
    }

    /** The adopted nodes, the certificates pinned for them, and their sync state. */
    public NodeLinks nodeLinks() {
        return nodeLinks.get();
    }

    /** Which of several masters on one PostgreSQL syncs which dialled node (issue 19). */
    public org.hyperedge.master.sync.NodeLeases nodeLeases() {
        return new org.hyperedge.master.sync.NodeLeases(database);
    }

    /** One-time tokens with which agents behind NAT enrol themselves (issue 18). */
    public Enrolments enrolments() {
        return new Enrolments(database);
    }

    /** Federation (issue 20): the one-time codes another master joins with. */
    public org.hyperedge.master.federation.FederationInvites federationInvites() {
        return new org.hyperedge.master.federation.FederationInvites(database);
    }

    /** Federation: the masters this one delegates to and those it serves, with their pinned certificates. */
    public org.hyperedge.master.federation.FederationPeers federationPeers() {
        return new org.hyperedge.master.federation.FederationPeers(database);
    }

    /** Federation: what each federated site last told of its nodes, partitions and catalog, and when. */
    public org.hyperedge.master.federation.FederatedSites federatedSites() {
        return new org.hyperedge.master.federation.FederatedSites(database);
    }

    /** Federation: the instances other masters delegated to this one. */
    public org.hyperedge.master.federation.DelegatedInstances delegatedInstances() {
        return new org.hyperedge.master.federation.DelegatedInstances(database);
    }

    /** Federation: the usage of delegated instances this master forwards to the masters that delegated them. */
    public org.hyperedge.master.federation.DelegatedUsage delegatedUsage() {
        return new org.hyperedge.master.federation.DelegatedUsage(database);
    }

    /** Federation: what this master owes the masters that delegate to it, until they acknowledge it. */
    public org.hyperedge.master.federation.FederationJournal federationJournal() {
        return new org.hyperedge.master.federation.FederationJournal(database);
    }

    public NodeClocks nodeClocks() {
        return nodeClocks.get();
    }

    public DesiredStates desiredStates() {
        return desiredStates.get();
    }

    public ReportIngest reportIngest() {
        return reportIngest.get();
    }

    /** What the nodes last reported of each instance. */
    /** The instance data backups the nodes took, and whether this master holds their files. */
    public org.hyperedge.master.recovery.InstanceBackups instanceBackups() {
        return instanceBackups.get();
    }

    /** Backup now, and restore of a lost instance on another node. */
    public org.hyperedge.master.recovery.InstanceRecovery instanceRecovery() {
        return instanceRecovery.get();
    }

    public InstanceReports instanceReports() {
        return instanceReports.get();
    }

    public MonitoringQueries monitoring() {
        return monitoring.get();
    }

    public ProcessExits processExits() {
        return processExits.get();
    }

    /** Silent nodes, overdue invoices, retention: with the default policy and clock. */
    public PeriodicChecks periodicChecks() {
        return periodicChecks.get();
    }

    public TicketService tickets() {
        return tickets.get();
    }

    public Projects projects() {
        return projects.get();
    }

    /** Usage records (accounting). */
    public UsageLedger usage() {
        return usage.get();
    }

    public PriceList prices() {
        return prices.get();
    }

    public Invoices invoices() {
        return invoices.get();
    }

    public InvoiceGenerator invoiceGenerator() {
        return invoiceGenerator.get();
    }

    public OperatorKeys operatorKeys() {
        return operatorKeys.get();
    }

    public InstanceListing instanceListing() {
        return instanceListing.get();
    }

    /** The fleet as an observable EMF model, with the console's in-memory instance index; one per master. */
    public FleetModel fleet() {
        return fleet.get();
    }

    /**
     * Runs {@code onChange} whenever another process on this database commits a change the consoles show: on
     * PostgreSQL, where several masters, consoles and command lines share it; empty on H2.
     */
    public Optional<ChangeNotices> changeNotices(Runnable onChange) {
        return ChangeNotices.listen(database, onChange);
    }

    /** What grows with every commit to the embedded H2 store, by any process; empty on PostgreSQL. */
    public Optional<org.hyperedge.master.store.DataVersion> dataVersion() {
        return database.dataVersion();
    }

    /** The catalog as an EMF model; one per master. */
    public CatalogModel catalogModel() {
        return catalogModel.get();
    }

    public InstanceDetails instanceDetails() {
        return instanceDetails.get();
    }

    public NodeOverview nodeOverview() {
        return nodeOverview.get();
    }

    /** The site this master is (if it was set up from a site bundle) and whom it trusts. */
    public SiteRecords siteRecords() {
        return siteRecords.get();
    }

    /** Requests a site master's plan. */
    public SiteProvision siteProvision() {
        return siteProvision.get();
    }

    /**
     * A consistent online backup of this (embedded) master into {@code target}, signed with its identity: its store,
     * and from its data directory the store's secret, its identity and its software cache's index.
     */
    public org.hyperedge.master.backup.MasterBackup.Summary backup(Path dataDirectory, TlsIdentity identity, Path target)
            throws java.io.IOException {
        return org.hyperedge.master.backup.MasterBackup.write(database, dataDirectory, identity, target);
    }

    /** Starts a new epoch of this master (after a restore); returns it. */
    public long startEpoch() {
        return org.hyperedge.master.backup.MasterEpochs.advance(database);
    }

    /** This master's epoch: 0 until it is restored from a backup. */
    public long epoch() {
        return org.hyperedge.master.backup.MasterEpochs.current(database);
    }

    /** A site bundle export signed with the identity, its artifacts from the store (one per export). */
    public SiteExport siteExport(TlsIdentity identity, ArtifactStore artifacts) {
        return new SiteExport(database, catalog(), identity, artifacts);
    }

    /** A site bundle import, its artifacts going to the store (one per import). */
    public SiteImport siteImport(ArtifactStore artifacts) {
        return new SiteImport(database, artifacts);
    }

    /** A site's return bundle, signed with the identity (one per export). */
    public ReturnExport returnExport(TlsIdentity identity) {
        return new ReturnExport(database, identity);
    }

    /** A return bundle's import at the office (one per import). */
    public ReturnImport returnImport() {
        return new ReturnImport(database);
    }

    /** Closes the database: every service of this master is unusable from then on. */
    @Override
    public void close() {
        database.close();
    }

    /** A service made the first time it is asked for, once even when threads ask together. */
    private static final class Lazy<T> {

        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    made = value;
                    if (made == null) {
                        made = make.get();
                        value = made;
                    }
                }
            }
            return made;
        }
    }
}
