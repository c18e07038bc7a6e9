package org.hyperedge.connector;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.hyperedge.master.Master;
import org.hyperedge.master.monitoring.PeriodicChecks;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The master's side of the node protocol, running in the console or in a headless master: adopts nodes,
 * and syncs every adopted node each period on a small pool, so one slow or unreachable node holds up no
 * other. The adopted nodes, and the certificates pinned for them, are read from the database each period, so a
 * node adopted or revoked by another process (the command line beside a headless master) is taken in at once. A node that fails backs off (1 s doubling to one minute) and its error is kept for the operator;
 * its staleness is simply the age of its last report, shown as it is.
 * <p>
 * In the console it is a Declarative Services component: a component factory ({@value #FACTORY}) that the
 * console asks for one instance per master, with a target ({@value #HOST_TARGET}) naming that master's
 * {@link ConnectorHost} service. SCR constructs it on that master's database and data directory, registers it as a
 * {@code Connector} service, and deactivates it (closes it) when the instance is disposed or its master's service
 * goes away, which SCR does before it deactivates the master: the connector stops before the master's database
 * closes. Its descriptor is generated from these annotations at build time. Without OSGi (the command line, the
 * headless master, tests) the plain constructor does the same.
 */
@Component(factory = Connector.FACTORY, service = Connector.class)
public final class Connector implements AutoCloseable {

    /** The component factory's name ({@code component.factory} of its {@code ComponentFactory} service). */
    public static final String FACTORY = "org.hyperedge.console.connector";
    /** Component property: an LDAP filter that selects the one master ({@link ConnectorHost}) to serve. */
    public static final String HOST_TARGET = "host.target";
    /** Component property: how many nodes are synced at once (an Integer; absent: {@value #COMPONENT_THREADS}). */
    public static final String THREADS = "hyperedge.connector.threads";
    static final int COMPONENT_THREADS = 4;

    /**
     * How often the dialling nodes whose sessions are open and quiet are marked heard, all in one statement: a quiet
     * node is not synced (its open session shows it alive; it says when it has news), and the age of its last report
     * stays under the console's 30 s staleness warning. Syncing each every 20 s instead cost 455 syncs/s at 10,000
     * sessions.
     */
    static final Duration QUIET_HEARD = Duration.ofSeconds(20);

    private final TlsIdentity identity;
    private final NodeLinks links;
    private final PinnedByAddress pins = new PinnedByAddress();
    private final AgentHttp http;
    /** Dialled nodes over {@link #http}, dialling ones over their own sessions ({@link #dialIn}). */
    private final NodeTransport transport;
    private final DialInSessions dialIn;
    private final Master master;
    private MasterEndpoint endpoint;
    private final SyncSession session;
    private final SiteSummaryRequests siteSummaries;
    private final ScheduledExecutorService timer;
    private final PeriodicChecks checks;
    private final ExecutorService workers;
    private final SyncSchedule schedule = new SyncSchedule();
    private final Map<String, Set<String>> missingArtifacts = new ConcurrentHashMap<>();
    private final SealingKeys sealingKeys;
    private final NodeQueries queries;
    private final java.util.concurrent.atomic.AtomicLong completed = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closing;
    /** How often nodes are synced ({@link #start}); a quiet dialled node less often. */
    private volatile Duration period = Duration.ofSeconds(1);
    /** This master's share of the dialled nodes among the masters on one PostgreSQL (issue 19). */
    private final MasterShare share;
    /** The nodes that are other masters (issue 20), read each period like the adopted nodes. */
    private volatile Set<String> federatedSites;
    /** Where this master's endpoint listens, for {@code hyperedge masters}. */
    private volatile String listenAddress;

    /** Connections kept open to nodes, one per node up to this many (each costs a file descriptor). */
    public static final int KEPT_CONNECTIONS = 4_096;

    public Connector(Master master, TlsIdentity identity, ArtifactCache artifacts, int threads) {
        this.identity = identity;
        this.links = master.nodeLinks();
        this.master = master;
        this.http = new AgentHttp(identity, pins, KEPT_CONNECTIONS, AgentHttp.PROTOCOL_CALL_TIMEOUT);
        java.util.concurrent.ScheduledThreadPoolExecutor timer = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                daemon("hyperedge-connector-timer"));
        // every waiting poll schedules its end and cancels it when a call comes: gone at once, not after the poll wait
        timer.setRemoveOnCancelPolicy(true);
        this.timer = timer;
        this.dialIn = new DialInSessions(timer, EndpointSettings.POLL_WAIT, this::sessionOpened, links::dialledFrom);
        // synced at once, as for news: waiting for the next period's round halved the syncs/s of a busy fleet
        dialIn.onHeadMoved(this::sessionOpened);
        this.transport = NodeTransport.byMode(new PathFailover(http, links), dialIn);
        this.session = new SyncSession(transport, http, links, master.desiredStates(), master.reportIngest(), artifacts,
                master.requests()::placePending, master.durability(), master.nodeClocks(), master.instanceBackups());
        org.hyperedge.master.federation.DelegatedInstances delegated = master.delegatedInstances();
        federatedSites = federatedSites();
        // a federated site is told which masters each instance came through, so it can refuse a loop (issue 20)
        session.desiredBody((node, desired, written) -> !federatedSites.contains(node.nodeId()) ? written
                : org.hyperedge.connector.federation.FederationChain.withChains(written, desired, delegated,
                        identity.fingerprint()));
        this.siteSummaries = new SiteSummaryRequests(transport, master.federatedSites(), master.catalog());
        this.checks = master.periodicChecks();
        this.workers = Executors.newFixedThreadPool(threads, daemon("hyperedge-connector"));
        pins.pinExactly(links.all());
        // H2 is one process's store: that master holds every node, as it always did
        this.share = new MasterShare(master.embedded() ? null : master.nodeLeases());
        this.queries = new NodeQueries(transport, links);
        this.sealingKeys = new SealingKeys(queries, links);
    }

    /**
     * SCR: a connector for the master its {@value #HOST_TARGET} names, with that master's identity and software
     * cache ({@link MasterSite}); slow I/O the first time (the identity is made, the cache seeded).
     */
    @Activate
    public Connector(@Reference(name = "host") ConnectorHost host, java.util.Map<String, Object> properties)
            throws IOException {
        this(host.services(), MasterSite.identity(host.dataDirectory()), MasterSite.artifacts(host.dataDirectory()),
                properties.get(THREADS) instanceof Integer threads ? threads : COMPONENT_THREADS);
    }

    /** The master's own identity: what agents pin when they are adopted. */
    public String fingerprint() {
        return identity.fingerprint();
    }

    /** The master's own identity, for what was sealed to it (a site bundle's pairing codes). */
    TlsIdentity identity() {
        return identity;
    }

    /** Adopts the node at {@code address} with the code its agent printed; returns the node's id. */
    public String adopt(String address, String code, String site, Map<String, String> labels) throws AdoptionException {
        return adopt(List.of(address), code, site, labels);
    }

    /**
     * Adopts the node its agent answers for at each of {@code addresses} (issue 18, item 3: the same certificate at
     * each, checked before the pairing), synced over the first that works; returns the node's id.
     */
    public String adopt(List<String> addresses, String code, String site, Map<String, String> labels)
            throws AdoptionException {
        String[] adopted = NodeAdoption.adopt(identity, links, addresses, code, site, labels);
        addresses.forEach(address -> pins.pin(address, adopted[1]));
        schedule.dueNow(adopted[0]);
        // instances requested while no node could take them are placed now that one can
        master.requests().placePending();
        return adopted[0];
    }

    /**
     * Adopts again, with no pairing code, the agent at {@code address} that still pins this master, its certificate's
     * {@code fingerprint} known beforehand (see {@link NodeAdoption#adoptPinned}); returns the node's id.
     */
    public String adoptPinned(String address, String fingerprint, String site, Map<String, String> labels)
            throws AdoptionException {
        String node = NodeAdoption.adoptPinned(identity, links, address, fingerprint, site, labels);
        pins.pin(address, fingerprint.toLowerCase(java.util.Locale.ROOT));
        schedule.dueNow(node);
        master.requests().placePending();
        return node;
    }

    /**
     * Federates the master at {@code url} as site {@code name} of this one (issue 20), its certificate pinned by its
     * full {@code fingerprint}, with the invitation {@code code} it printed; it pins this master, known to it as
     * {@code as}. Instances whose SLA names the site are delegated to it from now on.
     */
    public void federate(String name, String url, String fingerprint, String code, String as) throws AdoptionException {
        String address = FederationJoin.join(identity, master, name, url, fingerprint, code, as);
        federatedSites = federatedSites();
        pins.pin(address, fingerprint);
        schedule.dueNow(name);
        master.requests().placePending();
    }

    /** Stops talking to the node; it must be adopted again (with a new pairing made on it, or enrolled again). */
    public boolean revoke(String nodeId) {
        links.find(nodeId).ifPresent(node -> {
            if (node.dialling()) {
                dialIn.close(nodeId, "revoked");
            } else {
                node.addresses().forEach(pins::unpin);
            }
        });
        return links.revoke(nodeId);
    }

    /**
     * Serves the master's HTTPS endpoint (issue 18) from now until {@link #close}: dialling nodes enrol and keep their
     * sessions there. Returns the port it listens on.
     */
    public synchronized int listen(EndpointSettings settings) throws IOException {
        if (endpoint != null) {
            throw new IllegalStateException("this connector's endpoint is listening already");
        }
        dialIn.pollWait(settings.pollWait());
        MasterEndpoint made = new MasterEndpoint(identity, settings, links, dialIn,
                new DialInEnrolment(links, master.enrolments(), identity.fingerprint(),
                        master.requests()::placePending), refusals,
                new org.hyperedge.connector.federation.FederationServer(master, identity.fingerprint()));
        try {
            int port = made.start();
            endpoint = made;
            listenAddress = settings.host() + ":" + port;
            share.listening(listenAddress);
            return port;
        } catch (Exception e) {
            try {
                made.close();
            } catch (Exception ignored) {
                // it did not start
            }
            throw new IOException("cannot serve the master's endpoint on " + settings.host() + ":" + settings.port() + ": "
                    + (e.getMessage() == null ? e : e.getMessage()), e);
        }
    }

    private Set<String> federatedSites() {
        return master.federationPeers().list().stream()
                .filter(peer -> peer.direction() == org.hyperedge.master.federation.FederationPeers.Direction.SERVES)
                .map(org.hyperedge.master.federation.FederationPeers.Peer::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Refused dial-in attempts, logged once per certificate per minute. */
    private final RefusalLog refusals = new RefusalLog(Duration.ofMinutes(1),
            line -> System.err.println("hyperedge master: " + line));

    /** Lines the endpoint logged about refused certificates (tests: at most one per certificate and minute). */
    public long refusalLines() {
        return refusals.lines();
    }

    /**
     * A dialling node opened a session or has news: synced at once, not at the next period. One wake round waits on
     * the timer at most, so thousands of sessions opening together start a few rounds, not one each. The flag is
     * cleared as the round starts, so what arrives during it starts the next one.
     */
    private void sessionOpened(String nodeId) {
        woken.add(nodeId);
        schedule.dueNow(nodeId);
        queueWakeRound();
    }

    private void queueWakeRound() {
        if (!closing && roundQueued.compareAndSet(false, true)) {
            try {
                timer.execute(() -> {
                    roundQueued.set(false);
                    syncWoken();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing meanwhile: no sync to start
            }
        }
    }

    /** A sync round asked for by a session waits on the timer. */
    private final java.util.concurrent.atomic.AtomicBoolean roundQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /** Whether a dialling node has a session open now (false for dialled nodes). */
    public boolean dialInConnected(String nodeId) {
        return dialIn.connected(nodeId);
    }

    /** Node syncs completed without error since this connector started (for figures and the status line). */
    public long completedSyncs() {
        return completed.get();
    }

    /**
     * Called, on a connector thread, after a sync that ingested reports or pushed a desired state: what the
     * console's views refresh on instead of polling the database.
     */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /**
     * The last lines of a partition's service output, read from its node now (the Log view); a node that
     * does not answer or refuses is an IOException naming it.
     */
    public String tailLog(String nodeId, String partition, String process, int lines) throws IOException {
        return queries.tailLog(nodeId, partition, process, lines);
    }

    /** What the node's agent says of itself now: capacity, partitions, installed releases (the Nodes view). */
    public org.hyperedge.protocol.node.NodeInfo nodeInfo(String nodeId) throws IOException {
        return queries.nodeInfo(nodeId);
    }

    /** Syncs every node each period from now on. */
    public void start(Duration period) {
        if (share.shared()) {
            // a connector that only adopts (the command line's) is no master: it joins when it starts syncing
            share.join(listenAddress);
            // before the first sync on the same thread: the first period already knows which nodes are this master's
            timer.scheduleWithFixedDelay(this::renewLeases, 0, MasterShare.RENEWAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        this.period = period;
        timer.scheduleWithFixedDelay(this::syncDue, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        // silent nodes, overdue invoices and retention, on a worker so a long purge delays no sync
        timer.scheduleWithFixedDelay(() -> workers.execute(checks), 30, 30, TimeUnit.SECONDS);
    }

    /** One sync of one node now, in the caller's thread (tests, the command line). */
    public SyncSession.Result syncNow(String nodeId) throws IOException {
        NodeLink node = links.find(nodeId).orElseThrow(() -> new IllegalArgumentException("no adopted node '" + nodeId + "'"));
        SyncSession.Result result = session.sync(node, missingArtifacts.computeIfAbsent(nodeId,
                id -> ConcurrentHashMap.newKeySet()));
        if (federatedSites.contains(nodeId)) {
            siteSummaries.askIfDue(node);
        }
        return result;
    }

    /** This master's id among the masters on one PostgreSQL ({@code hyperedge masters}); empty on H2. */
    public java.util.Optional<String> masterId() {
        return share.masterId();
    }

    /** The dialled nodes this master syncs now: on H2 every one, on PostgreSQL those it holds a lease on. */
    public Set<String> servedDialledNodes() {
        if (!share.shared()) {
            return links.all().stream().filter(node -> !node.dialling()).map(NodeLink::nodeId)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return share.leased();
    }

    /** On the timer: the heartbeat, and the leases renewed and rebalanced; nodes just taken are synced at once. */
    private void renewLeases() {
        Set<String> gained = share.renew(() -> links.all().stream().filter(node -> !node.dialling()).map(NodeLink::nodeId)
                .toList());
        if (!gained.isEmpty() && !closing) {
            // only the nodes just taken: the others were synced this period, and would queue ahead of them
            syncDue(gained::contains);
        }
    }

    private void syncDue() {
        syncDue(null);
    }

    /**
     * A round for the dialling nodes woken since the last (a session opened, news, a journal number that moved): only
     * they are read, by id. Under load these rounds follow one another; reading every node in each, or scanning for
     * new desired states, took a core of its own from the syncs (the period's rounds do that).
     */
    private void syncWoken() {
        // a node whose sync runs is read when it ends (its end queues a round), not again and again meanwhile
        Set<String> ids = new java.util.HashSet<>(woken);
        ids.removeIf(schedule::running);
        if (ids.isEmpty()) {
            return;
        }
        syncNodes(links.diallingByIds(ids), ids::contains, System.nanoTime(), new java.util.ArrayList<>());
    }

    /** Dialling nodes that opened a session or told news since their last sync: synced even if they look quiet. */
    private final Set<String> woken = ConcurrentHashMap.newKeySet();
    /** When the quiet dialling nodes were last marked heard (a {@link System#nanoTime()} reading). */
    private long quietHeardAt = System.nanoTime();

    /**
     * How often a period's round reads every adopted node: nodes adopted, revoked or federated by another process are
     * taken in then. The rounds between read the dialled nodes, and of the dialling ones only those with something to
     * do (a new desired state, news, an acknowledgement): reading 10,000 quiet dialling nodes every period was most of
     * what an idle master's timer did.
     */
    static final Duration WHOLE_ROUND = Duration.ofSeconds(5);
    private long wholeRoundAt;
    private boolean wholeRoundDone;

    /** Syncs the due nodes {@code which} accepts (null: every node, a round of the period). */
    private void syncDue(java.util.function.Predicate<String> which) {
        long now = System.nanoTime();
        boolean whole = which != null || !wholeRoundDone || now - wholeRoundAt >= WHOLE_ROUND.toNanos();
        List<String> quietNodes = new java.util.ArrayList<>();
        List<NodeLink> nodes = whole ? links.all() : links.toSync(diallingWithWork());
        // another process (nodes adopt, nodes revoke) may have changed the adopted nodes since the last period
        pins.pinExactly(nodes);
        if (whole && which == null) {
            wholeRoundAt = now;
            wholeRoundDone = true;
            try {
                federatedSites = federatedSites();
            } catch (RuntimeException e) {
                // the store is out of reach for a moment: the sites known from the last period stay
            }
            Set<String> dialling = nodes.stream().filter(NodeLink::dialling).map(NodeLink::nodeId)
                    .collect(java.util.stream.Collectors.toSet());
            dialIn.retainOnly(dialling);
            woken.retainAll(dialling);
        }
        syncNodes(nodes, which, now, quietNodes);
        if (whole && which == null) {
            markQuietHeard(quietNodes, now);
        }
    }

    /** Starts the sync of each of these nodes that {@code which} accepts (null: all) and that is due. */
    private void syncNodes(List<NodeLink> nodes, java.util.function.Predicate<String> which, long now,
            List<String> quietNodes) {
        for (NodeLink node : nodes) {
            if (which != null && !which.test(node.nodeId())) {
                continue;
            }
            if (!node.dialling() && !share.serves(node.nodeId())) {
                continue; // another master holds its lease
            }
            if (node.dialling() && !dialIn.connected(node.nodeId())) {
                woken.remove(node.nodeId()); // woken again when it dials in
                continue; // synced when it dials in: a node behind NAT cannot be reached, only waited for
            }
            if (node.dialling() && !woken.contains(node.nodeId()) && !node.needsPush()
                    && dialIn.quiet(node.nodeId(), node.reportCursor()) && !session.acknowledgementDue(node.nodeId())) {
                quietNodes.add(node.nodeId());
                continue; // nothing to push, ingest or acknowledge: it says so when it has news
            }
            if (!node.dialling() && !node.needsPush() && !federatedSites.contains(node.nodeId())
                    && schedule.quietFor(node.nodeId(), now, period)) {
                continue; // nothing new from it for a while: asked less often, and at once when it has a new state
            }
            if (!schedule.begin(node.nodeId(), now)) {
                continue;
            }
            woken.remove(node.nodeId());
            workers.execute(() -> {
                try {
                    SyncSession.Result result = session.sync(node,
                            missingArtifacts.computeIfAbsent(node.nodeId(), id -> ConcurrentHashMap.newKeySet()));
                    if (result.pushed() || result.ingested() > 0) {
                        changeListeners.forEach(Runnable::run);
                    }
                    schedule.succeeded(node.nodeId(), now, result.pushed() || result.ingested() > 0);
                    completed.incrementAndGet();
                    if (federatedSites.contains(node.nodeId())) {
                        siteSummaries.askIfDue(node);
                    } else {
                        sealingKeys.learnOnce(node);
                    }
                } catch (IOException | RuntimeException e) {
                    if (closing) {
                        return; // cut by close(): not the node's fault, and no error to show once stopped
                    }
                    schedule.failed(node.nodeId(), federatedSites().contains(node.nodeId()));
                    links.syncFailed(node.nodeId(), e.getMessage() == null ? e.toString() : e.getMessage());
                } finally {
                    // no empty set kept per node between syncs: thousands of them for as many sessions
                    missingArtifacts.computeIfPresent(node.nodeId(), (id, missing) -> missing.isEmpty() ? null : missing);
                    schedule.end(node.nodeId());
                    if (woken.contains(node.nodeId())) {
                        queueWakeRound(); // woken while it synced: its next sync starts now
                    }
                }
            });
        }
    }

    /** The dialling nodes a round between whole rounds reads besides those with a new desired state. */
    private Set<String> diallingWithWork() {
        Set<String> work = new java.util.HashSet<>(woken);
        work.addAll(session.acknowledgementsDue());
        work.addAll(dialIn.unannouncing());
        return work;
    }

    /** Every {@link #QUIET_HEARD}, at a whole round: the quiet dialling nodes' open sessions count as hearing them. */
    private void markQuietHeard(List<String> quietNodes, long now) {
        if (now - quietHeardAt < QUIET_HEARD.toNanos()) {
            return;
        }
        quietHeardAt = now;
        try {
            links.heard(quietNodes);
        } catch (RuntimeException e) {
            // the store is out of reach for a moment: marked at the next time
        }
    }

    /**
     * Stops syncing. No thread is interrupted: an interrupt during file I/O closes H2's file channel under
     * the database. In-flight requests are cut by closing the connections instead, so syncs end at once.
     */
    @Override
    public synchronized void close() {
        if (closing) {
            return; // closed by its owner and again by SCR's deactivation, or the other way round
        }
        closing = true;
        if (endpoint != null) {
            try {
                endpoint.close();
            } catch (Exception e) {
                // stopping the endpoint failed: its threads are daemons and its sessions end below
            }
        }
        dialIn.closeAll("the master is stopping");
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
            http.close();
            workers.shutdown();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            workers.shutdown(); // closing sockets to agents failed: the workers end on their timeouts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        share.leave();
    }

    /** SCR: the instance was disposed, or its master's service went away (the master is closing). */
    @Deactivate
    void deactivate() {
        close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
