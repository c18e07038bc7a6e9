package org.hyperedge.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hyperedge.agent.api.ApiServer;
import org.hyperedge.agent.api.NodeService;
import org.hyperedge.agent.backup.BackupStore;
import org.hyperedge.agent.converge.Converger;
import org.hyperedge.agent.converge.DesiredStateCheck;
import org.hyperedge.agent.journal.ReportJournal;
import org.hyperedge.agent.dial.DialOut;
import org.hyperedge.agent.dial.Enrolment;
import org.hyperedge.agent.pairing.Pairing;
import org.hyperedge.agent.pairing.PairingRefusedException;
import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.runtime.PartitionRuntime;
import org.hyperedge.agent.runtime.RuntimeContext;
import org.hyperedge.agent.runtime.UnixUsers;
import org.hyperedge.agent.runtime.UsageMeter;
import org.hyperedge.agent.seal.NodeSeal;
import org.hyperedge.agent.software.ArtifactRefusedException;
import org.hyperedge.agent.software.Installer;
import org.hyperedge.agent.software.SoftwareCache;
import org.hyperedge.agent.state.DesiredStateStore;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.node.NodeInfo;
import org.hyperedge.protocol.node.NodeInfo.Capacity;
import org.hyperedge.protocol.node.NodeInfo.PartitionInfo;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The node agent, assembled: its identity and pairing, the journal, the desired state, the software cache
 * and installer, the partitions, the converger and the HTTPS API. Its data directory holds everything it
 * needs to carry on after a restart without a master.
 */
public final class Agent implements NodeService, AutoCloseable {

    public static final String VERSION = "0.1.0";
    private static final long MAX_ARTIFACT_BYTES = 4L << 30;

    private final AgentOptions options;
    private final TlsIdentity identity;
    private final NodeSeal seal;
    private final Pairing pairing;
    private final ReportJournal journal;
    private final Reporter reporter;
    private final DesiredStateStore store;
    private final SoftwareCache cache;
    private final Installer installer;
    private final PartitionLayout layout;
    private final UnixUsers users;
    private final ScheduledExecutorService scheduler;
    private final Converger converger;
    private final BackupStore backups;
    /** Instance data backups run here, one at a time: a long dump holds up neither converging nor promises. */
    private final ScheduledExecutorService backupThread = Executors.newSingleThreadScheduledExecutor(
            daemon("hyperedge-agent-backups"));
    private final ApiServer api;
    private final Thread convergerThread;
    /** The time of the node's events and of its report pages: the system clock (off by --clock-offset in tests). */
    private final Clock clock;

    public Agent(AgentOptions options) throws IOException {
        this.options = options;
        Path data = options.dataDirectory();
        users = new UnixUsers(AgentOptions.runsAsRoot(), data);
        prepareDataDirectory(data, users.enabled());
        identity = TlsIdentity.loadOrCreate(privateDirectory(data.resolve("identity")), "hyperedge-agent-" + options.name());
        seal = NodeSeal.loadOrCreate(data.resolve("identity"));
        pairing = new Pairing(data.resolve("identity"), identity.fingerprint());
        journal = ReportJournal.open(privateDirectory(data.resolve("journal")), segmentBytes(options.journalLimitBytes()),
                options.journalLimitBytes());
        journal.damageFound().forEach(damage -> System.out.println("hyperedge-agent: report journal damaged, reported "
                + "to the master: " + damage));
        // before anything is appended: a usage record a crash cut is kept or put back, by the journal's last number
        UsageMeter.settle(privateDirectory(data.resolve("private")), journal.lastSeq());
        Path state = privateDirectory(data.resolve("state"));
        clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(options.clockOffsetSeconds()));
        reporter = new Reporter(journal, clock, state.resolve("held-reports.json"));
        reporter.redactWith(seal::redact);
        store = new DesiredStateStore(state);
        cache = new SoftwareCache(privateDirectory(data.resolve("cache")), MAX_ARTIFACT_BYTES);
        installer = new Installer(data.resolve("software"), cache, users, data.resolve("private").resolve(".staging"));
        layout = new PartitionLayout(data.resolve("partitions"));
        Files.createDirectories(layout.root());
        Files.setPosixFilePermissions(layout.root(), PosixFilePermissions.fromString("rwx--x--x"));
        scheduler = Executors.newScheduledThreadPool(2, daemon("hyperedge-agent-scheduler"));
        Converger[] self = new Converger[1];
        backups = new BackupStore(privateDirectory(data.resolve("private")).resolve(".backups"), cache);
        RuntimeContext context = new RuntimeContext(layout, privateDirectory(data.resolve("private")), users, reporter,
                scheduler, clock, options.serviceIp(), Duration.ofSeconds(options.graceSeconds()),
                () -> self[0].wake(), seal, backups, Duration.ofSeconds(options.promiseHeartbeatSeconds()));
        converger = new Converger(store, installer, context);
        self[0] = converger;
        api = new ApiServer(this, identity.sslContext(PinnedTrustManager.anyPeer()), options.listenHost(), options.listenPort());
        convergerThread = daemon("hyperedge-agent-converger").newThread(converger);
    }

    public void start() {
        users.keepSpares(options.partitions());
        convergerThread.start();
        scheduler.scheduleAtFixedRate(converger::meterUsage, options.usagePeriodSeconds(), options.usagePeriodSeconds(),
                TimeUnit.SECONDS);
        backupThread.scheduleWithFixedDelay(() -> converger.runtimes().forEach(runtime -> {
            try {
                runtime.backUpIfDue();
            } catch (RuntimeException e) {
                System.err.println("hyperedge-agent: backup of " + runtime.reference() + " failed: " + e);
            }
        }), 2, 2, TimeUnit.SECONDS);
        api.start();
    }

    @Override
    public java.util.Optional<Path> backup(String sha256) {
        return backups.taken(SoftwareCache.checkedDigest(sha256));
    }

    public int port() {
        return api.port();
    }

    private DialOut dialOut;

    /**
     * Dial-in (issue 18): with {@code --enrol}, enrols with the master first (unless this very master is pinned
     * already: a restart with the same options), then keeps a session with the masters given or kept at enrolment.
     * Returns the masters dialled (empty: this agent is only dialled).
     */
    public List<String> dialMasters() throws IOException, InterruptedException, Enrolment.RefusedException,
            PairingRefusedException {
        Path data = options.dataDirectory();
        List<String> masters = options.masters().isEmpty() ? Enrolment.kept(data) : options.masters();
        if (options.enrolToken() != null && !pairing.isPinned(options.masterFingerprint())) {
            Enrolment.enrol(identity.sslContext(PinnedTrustManager.pinned(options.masterFingerprint())), masters,
                    options.enrolToken(), nodeInfo());
            pairing.enrolled(options.masterFingerprint());
        }
        if (masters.isEmpty()) {
            return masters;
        }
        String master = pairing.pinnedMaster().orElseThrow(() -> new IllegalArgumentException("this agent has not "
                + "enrolled with a master: start it once with --enrol TOKEN --master-fingerprint FP (both printed by "
                + "./hyperedge nodes enrol)"));
        Enrolment.keep(data, masters);
        dialOut = new DialOut(api, identity.sslContext(PinnedTrustManager.pinned(master)), masters, journal::lastSeq);
        dialOut.start();
        return masters;
    }

    public String fingerprint() {
        return identity.fingerprint();
    }

    @Override
    public Pairing pairing() {
        return pairing;
    }

    public Converger converger() {
        return converger;
    }

    @Override
    public byte[] nodeInfo() {
        Map<String, PartitionRuntime> runtimes = converger.runtimes().stream()
                .collect(Collectors.toMap(PartitionRuntime::reference, Function.identity()));
        List<PartitionInfo> partitions = new ArrayList<>();
        List<int[]> ranges = DesiredStateCheck.partitionPorts(options);
        for (int i = 0; i < ranges.size(); i++) {
            String reference = DesiredStateCheck.reference(i);
            PartitionRuntime runtime = runtimes.get(reference);
            partitions.add(runtime == null ? new PartitionInfo(reference, ranges.get(i)[0], ranges.get(i)[1], 0, "free", false)
                    : runtime.info(ranges.get(i)[0], ranges.get(i)[1]));
        }
        long generation = store.load().map(DesiredState::generation).orElse(0L);
        return NodeInfoCodec.write(new NodeInfo(options.name(), identity.fingerprint(), VERSION,
                pairing.pinnedMaster().isPresent(), generation, capacity(), partitions, installer.installedReleases(),
                seal.publicKey().text()));
    }

    @Override
    public long acceptDesired(byte[] document) {
        DesiredState state = store.accept(document, candidate -> DesiredStateCheck.check(candidate, options));
        converger.wake();
        return state.generation();
    }

    @Override
    public void putArtifact(String sha256, InputStream content) throws ArtifactRefusedException, IOException {
        try {
            cache.put(SoftwareCache.checkedDigest(sha256), content);
            reporter.state(Kind.ARTIFACT, null, 0, sha256, Reporter.data().put("sha256", sha256).put("ok", true));
            converger.wake();
        } catch (ArtifactRefusedException e) {
            reporter.state(Kind.ARTIFACT, null, 0, sha256, Reporter.data().put("sha256", sha256).put("ok", false)
                    .put("error", e.getMessage()));
            throw e;
        }
    }

    @Override
    public byte[] reports(long after, int max) {
        List<ReportEvent> events = new ArrayList<>();
        long bytes = 0;
        for (ReportJournal.Event event : journal.after(after, max)) {
            if (!events.isEmpty() && bytes + event.payload().length > ReportCodec.PAGE_BUDGET_BYTES) {
                break; // the master reads a page up to a bound: the rest comes with the next page
            }
            bytes += event.payload().length;
            events.add(ReportCodec.fromPayload(event.seq(), event.payload()));
        }
        return ReportCodec.page(options.name(), events, journal.lastSeq(), journal.epoch(), clock.instant(),
                store.heldDesired());
    }

    @Override
    public boolean acknowledge(long seq, String epoch) {
        if (epoch != null && !epoch.equals(journal.epoch().id())) {
            return false;
        }
        journal.acknowledge(Math.min(seq, journal.lastSeq()));
        reporter.flush();
        return true;
    }

    @Override
    public String log(String partition, String process, String file, int lines) {
        return LogTail.read(layout, options.dataDirectory().resolve("private"), users, partition, process, file, lines);
    }

    private Capacity capacity() {
        long memoryMb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            memoryMb = Runtime.getRuntime().maxMemory() >> 20;
        }
        long diskMb = 0;
        long freeMb = 0;
        try {
            var store = Files.getFileStore(options.dataDirectory());
            diskMb = store.getTotalSpace() >> 20;
            freeMb = store.getUsableSpace() >> 20;
        } catch (IOException e) {
            // unknown: reported as 0
        }
        return new Capacity(Runtime.getRuntime().availableProcessors(), memoryMb, diskMb, freeMb);
    }

    @Override
    public void close() {
        if (dialOut != null) {
            dialOut.close();
        }
        api.close();
        converger.shutdown();
        try {
            convergerThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        installer.close(); // after the converger: nothing submits a background step any more
        scheduler.shutdownNow();
        backupThread.shutdownNow();
        try {
            users.close(); // after the converger: no tenant is taking a spare any more
        } catch (IOException | RuntimeException e) {
            System.err.println("hyperedge-agent: cannot remove the spare accounts: " + e.getMessage());
        }
        journal.close();
    }

    /**
     * Partition users must be able to reach the software directory; the rest stays the agent's own. As
     * root, an agent under a directory others cannot traverse (/root) is refused with the reason.
     */
    private static void prepareDataDirectory(Path data, boolean partitionUsers) throws IOException {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx--x--x"));
        if (partitionUsers) {
            for (Path ancestor = data.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
                if (!Files.getPosixFilePermissions(ancestor).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalArgumentException("the data directory " + data + " is inside " + ancestor
                            + ", which partition users cannot enter (mode " + PosixFilePermissions.toString(
                                    Files.getPosixFilePermissions(ancestor)) + "); choose another --data, such as "
                            + "/var/lib/hyperedge-agent");
                }
            }
        }
    }

    /** Segments small enough that acknowledged ones are reclaimed well before a small journal is full. */
    static long segmentBytes(long journalLimit) {
        return Math.max(64L << 10, Math.min(4L << 20, journalLimit / 8));
    }

    private static Path privateDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "agent " + options.name() + " on " + options.listenHost() + ":" + port();
    }
}
