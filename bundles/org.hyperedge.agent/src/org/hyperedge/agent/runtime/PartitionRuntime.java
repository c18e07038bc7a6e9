package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.partition.Secrets;
import org.hyperedge.agent.partition.Wipe;
import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.state.PartitionRecords;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.agent.seal.NodeSeal;
import org.hyperedge.agent.seal.SealedParameterException;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredState.SharedInstance;
import org.hyperedge.protocol.node.NodeInfo.PartitionInfo;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.ProcessSpec;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One partition on this node and the instance it hosts: lays it out, starts and supervises its processes,
 * checks its promises, meters its usage and reports its state. Driven by the converger; process exits and
 * promise results arrive on the runtime's scheduler.
 */
public final class PartitionRuntime {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final String reference;
    private final RuntimeContext context;
    private final Path privateDirectory;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Duration> backoff = new LinkedHashMap<>();
    private final PromiseRunner promises;
    private final UsageMeter usage;
    private Optional<Account> account = Optional.empty();
    private PartitionState desired;
    private SoftwareTypeDescriptor type;
    private TemplateRenderer renderer;
    /** The desired parameters with every sealed value opened with this node's key. */
    private NodeSeal.Opened opened;
    private final InstanceData instanceData;
    private final StateReports reports;
    private String reportedState = "";
    private boolean running;

    public PartitionRuntime(String reference, RuntimeContext context) {
        this.reference = reference;
        this.context = context;
        this.privateDirectory = context.privateRoot().resolve(reference);
        this.promises = new PromiseRunner(reference, context, this::healthChanged, this::bang);
        this.usage = new UsageMeter(context.layout().root().resolve(reference),
                privateDirectory.resolve(UsageMeter.CHECKPOINT), context.clock().instant());
        // after a restart the partition knows what it hosts before the first pass converges it: its usage
        // goes on being metered, and a destroy sends the instance's final record
        this.instanceData = new InstanceData(context, reference, privateDirectory);
        this.reports = new StateReports(context, reference);
        this.desired = PartitionRecords.read(privateDirectory).map(record -> record.partitions().get(0)).orElse(null);
    }

    public String reference() {
        return reference;
    }

    public synchronized long instanceId() {
        return desired == null ? 0 : desired.instanceId();
    }

    /**
     * Brings the instance to {@code started} with this release, restarting it when its configuration changed. A
     * release other than the one the partition last ran is an upgrade (the master only sends a newer version of
     * the same release): see {@link #upgrade}. A version whose upgrade failed here is not tried again: the old one
     * keeps running until the master asks for another.
     */
    public synchronized void start(PartitionState state, ReleaseDescriptor release, String descriptorText, Path software) {
        Optional<RunningRelease> before = RunningRelease.read(privateDirectory);
        if (before.isPresent() && !before.get().release().id().equals(release.id())) {
            RunningRelease old = before.get();
            if (RunningRelease.failedUpgrade(privateDirectory).filter(release.id()::equals).isPresent()) {
                startOn(state, old.release(), old.descriptorText(), old.software());
            } else {
                upgrade(state, old, release, descriptorText, software);
            }
            return;
        }
        startOn(state, release, descriptorText, software);
        // asked for the version it runs (the master took a failed upgrade back): the failed one may be asked again
        RunningRelease.forgetFailedUpgrade(privateDirectory);
        if ("started".equals(reportedState) && (before.isEmpty() || !before.get().software().equals(software))) {
            remember(new RunningRelease(release, descriptorText, software));
        }
    }

    /**
     * Moves the partition from the version it ran to a newer one, keeping its files: the old processes stop, the
     * new version's upgrade step runs (if it declares one), the new version starts. When the step fails or a new
     * process does not stay up, the old version's files and processes come back (what the step changed in the
     * partition's data stays as the step left it) and the failure is reported; the master opens a ticket.
     */
    private void upgrade(PartitionState state, RunningRelease old, ReleaseDescriptor release, String descriptorText,
            Path software) {
        running = false;
        promises.stop();
        stopProcesses();
        String failure = UpgradeStep.run(release.type(state.softwareType()), context.users().account(reference),
                context.layout().directory(reference), old, release.version(), software);
        if (failure == null) {
            startOn(state, release, descriptorText, software);
            failure = notStarted();
        }
        ObjectNode data = Reporter.data().put("from", old.release().id()).put("fromVersion", old.release().version())
                .put("to", release.id()).put("toVersion", release.version());
        if (failure == null) {
            remember(new RunningRelease(release, descriptorText, software));
            context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), data.put("event", "upgraded"));
            return;
        }
        running = false;
        promises.stop();
        stopProcesses();
        try {
            RunningRelease.upgradeFailed(privateDirectory, release.id());
        } catch (IOException e) {
            // not remembered: the next pass tries the upgrade again, and fails again the same way
        }
        System.err.println("hyperedge-agent: " + reference + ": upgrade from " + old.release().version() + " to "
                + release.version() + " failed, back on " + old.release().version() + ": " + failure);
        context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), data.put("event", "upgrade-failed")
                .put("reason", failure));
        startOn(state, old.release(), old.descriptorText(), old.software());
    }

    /** Null when the version just started runs: started, and no process of it exited within its first seconds. */
    private String notStarted() {
        if (!"started".equals(reportedState)) {
            return "the new version did not start (" + reportedState + ")";
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            for (ServiceProcess process : processes.values()) {
                if (!process.alive()) {
                    return "process " + process.name() + " of the new version exited at once";
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private void remember(RunningRelease release) {
        try {
            release.write(privateDirectory);
        } catch (IOException e) {
            // without the record the next start is not seen as an upgrade: it runs the new version without its step
            System.err.println("hyperedge-agent: " + reference + ": cannot record the running release: " + e.getMessage());
        }
    }

    private void startOn(PartitionState state, ReleaseDescriptor release, String descriptorText, Path software) {
        boolean banged = running && desired != null && state.bang() > desired.bang();
        desired = state;
        try {
            if (banged) {
                // the operator asked to re-process: the same path as a bang-on-failure promise, from the files up
                context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), Reporter.data().put("event", "bang")
                        .put("by", "operator"));
                stopProcesses();
                Files.deleteIfExists(privateDirectory.resolve("configuration"));
            }
            // a partition without its directory is a new tenant's: it never inherits what a previous one left
            boolean newTenant = !Files.exists(context.layout().root().resolve(reference), LinkOption.NOFOLLOW_LINKS);
            Files.createDirectories(privateDirectory.resolve("pids"));
            if (!openParameters(state)) {
                return;
            }
            if (banged) {
                instanceData.banged();
            }
            if (instanceData.restorePending(state)) {
                String waiting = instanceData.waitingForBackup(state);
                if (waiting != null) {
                    reportedState = "waiting";
                    report(waiting);
                    return;
                }
            }
            account = newTenant ? context.users().freshAccount(reference) : context.users().account(reference);
            type = release.type(state.softwareType());
            Map<String, Integer> ports = PartitionConfiguration.ports(state, type);
            Secrets secrets = new Secrets(privateDirectory);
            renderer = new TemplateRenderer(context.serviceIp(), context.layout().directory(reference).toString(),
                    software.toString(), ports, StateReports.withDefaults(type, opened.parameters()),
                    name -> context.seal().remember(secrets.get(name)),
                    new org.hyperedge.agent.partition.PublishedValues(context.layout().directory(reference))::get);
            String configuration = PartitionConfiguration.digest(descriptorText, state, opened.parameters(), ports,
                    context.serviceIp());
            Path configFile = privateDirectory.resolve("configuration");
            boolean changed = !Files.exists(configFile) || !Files.readString(configFile).equals(configuration);
            if (changed) {
                stopProcesses();
                PartitionFiles.prepare(context, reference, account);
                PartitionFiles.render(context, reference, type.files(), renderer, account);
                Files.writeString(configFile, configuration);
            }
            boolean startedAny = false;
            for (ProcessSpec spec : type.processes()) {
                ServiceProcess process = processes.get(spec.name());
                if (process == null) {
                    process = new ServiceProcess(spec.name(), ShellCommand.processLine(renderer, spec.command()), render(spec.environment()),
                            context.layout().directory(reference), privateDirectory.resolve("logs").resolve(spec.name() + ".log"),
                            privateDirectory.resolve("pids").resolve(spec.name() + ".pid"), account);
                    processes.put(spec.name(), process);
                    if (!process.adopt(this::exited)) {
                        process.start(this::exited);
                        startedAny = true;
                        context.reporter().sample(Kind.PROCESS, reference, state.instanceId(),
                                Reporter.data().put("name", spec.name()).put("event", "started").put("pid", process.pid()));
                    }
                }
            }
            if (!running || startedAny || changed) {
                running = true;
                promises.start(type.promises(), renderer, account, state.instanceId(), !startedAny && !changed);
            }
            if (instanceData.restorePending(state)) {
                // before the instance is reported started: its dependents then see the restored data at once
                String failure = instanceData.restore(state, type, renderer, account);
                if (failure != null) {
                    fail(state, failure);
                    return;
                }
            }
            reportedState = "started";
            report(null);
        } catch (IOException | RuntimeException e) {
            fail(state, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Takes the instance's data backup when its schedule says so or the master asked for one (see {@link InstanceData});
     * called off the converger's thread, so a long dump holds up no other partition.
     */
    public void backUpIfDue() {
        InstanceData.Running now;
        synchronized (this) {
            if (!running || !"started".equals(reportedState) || type == null || type.backup() == null || desired == null
                    || opened == null) {
                return;
            }
            now = new InstanceData.Running(desired, type.backup(), renderer, account, StateReports.withDefaults(type, opened.parameters()));
        }
        instanceData.backUpIfDue(now);
    }

    /**
     * Opens the sealed parameters; one that is not sealed to this node (yet) keeps the instance waiting, its
     * processes stopped, until the agent that published it seals it to this node too.
     */
    private boolean openParameters(PartitionState state) {
        try {
            opened = context.seal().open(state.parameters());
            return true;
        } catch (SealedParameterException e) {
            running = false;
            promises.stop();
            stopProcesses();
            reportedState = "waiting";
            report(e.getMessage());
            return false;
        }
    }

    /** The instance is requested {@code stopped}: processes end, the partition stays. */
    public synchronized void stop(PartitionState state) {
        desired = state;
        running = false;
        promises.stop();
        stopProcesses();
        stopOrphans();
        try {
            Files.deleteIfExists(privateDirectory.resolve("configuration"));
        } catch (IOException e) {
            // the next start renders the files again anyway
        }
        reportedState = "stopped";
        report(null);
    }

    /** The instance cannot start yet (waiting for artifacts) or at all (install failed). */
    public synchronized void notReady(PartitionState state, String reportedAs, String reason) {
        desired = state;
        reportedState = reportedAs;
        report(reason);
    }

    /** The instance is requested {@code destroyed}; nothing happens for a partition already gone. */
    public synchronized void destroy(PartitionState state) {
        boolean present = Files.exists(context.layout().root().resolve(reference)) || Files.exists(privateDirectory);
        if (desired == null && !present) {
            return;
        }
        desired = state;
        destroy();
    }

    /**
     * Stops everything, sends the final usage, removes the partition and its account, then reports it
     * destroyed. A mark kept outside the partition from the final usage on lets an agent that crashed on the
     * way finish the destroy and report it ({@link #finishDestroy}); the usage checkpoint goes with the final
     * record, so nothing is metered twice.
     */
    public synchronized void destroy() {
        running = false;
        promises.stop();
        stopProcesses();
        stopOrphans();
        if (instanceId() > 0) {
            meterUsage(true);
            usage.discard();
        }
        if (desired != null) {
            PartitionRecords.markDestroying(context.privateRoot(), desired);
        }
        removeAndReport();
    }

    /** The rest of a destroy a crash interrupted: the files and the account go, and the destroy is reported. */
    public synchronized void finishDestroy(PartitionState marked) {
        running = false;
        desired = marked;
        removeAndReport();
    }

    private void removeAndReport() {
        try {
            // every process of the partition's user ends first (those that left the service's session too), so
            // nothing races the removal; then its files, then the user itself
            context.users().endProcesses(reference);
            instanceData.forgetBackups();
            Wipe.tree(context.layout().directory(reference));
            Wipe.tree(privateDirectory);
            context.users().remove(reference);
        } catch (IOException | RuntimeException e) {
            String error = "partition " + reference + " is not removed yet (tried again): "
                    + (e.getMessage() == null ? e.toString() : e.getMessage());
            if (desired != null) {
                reportedState = "failed";
                report(error);
            } else {
                System.err.println("hyperedge-agent: " + error);
            }
            return;
        }
        if (desired != null) {
            reportedState = "destroyed";
            report(null);
            for (SharedInstance guest : desired.shared()) {
                context.reporter().state(Kind.INSTANCE, reference, guest.instanceId(), "instance-" + guest.instanceId(),
                        Reporter.data().put("state", "destroyed").put("healthy", false).put("shared", true));
            }
            PartitionRecords.clearDestroying(context.privateRoot(), reference);
        }
        desired = null;
    }

    /** A usage record of the period; {@code last} when the partition goes away. */
    public synchronized void meterUsage(boolean last) {
        if (desired == null) {
            return;
        }
        sampleUsage();
        ObjectNode record = usage.record();
        if (last) {
            record.put("final", true);
        }
        if (context.reporter().usage(reference, desired.instanceId(), record, last, usage::writing)) {
            usage.recorded();
        } else {
            usage.notRecorded();
        }
    }

    private void sampleUsage() {
        if (desired != null) {
            usage.sample(processes.values().stream().map(ServiceProcess::pid).filter(pid -> pid > 0).toList(),
                    context.clock().instant());
        }
    }

    public synchronized PartitionInfo info(int firstPort, int lastPort) {
        return new PartitionInfo(reference, firstPort, lastPort, instanceId(), desired == null ? "free" : reportedState,
                running && promises.healthy());
    }

    public synchronized boolean processesAlive() {
        return !processes.isEmpty() && processes.values().stream().allMatch(ServiceProcess::alive);
    }

    private void fail(PartitionState state, String error) {
        desired = state;
        reportedState = "failed";
        report(error);
    }

    private void exited(ServiceProcess process) {
        OptionalInt exitCode = process.exitCode();
        Duration delay;
        synchronized (this) {
            if (!running || processes.get(process.name()) != process) {
                return;
            }
            Duration previous = process.uptime().compareTo(MAX_BACKOFF) >= 0 ? Duration.ZERO
                    : backoff.getOrDefault(process.name(), Duration.ZERO);
            delay = previous.isZero() ? Duration.ofSeconds(1) : min(previous.multipliedBy(2), MAX_BACKOFF);
            backoff.put(process.name(), delay);
            ObjectNode data = Reporter.data().put("name", process.name()).put("event", "exited");
            ExitReport.describe(data, exitCode, process.log()).put("restartInMs", delay.toMillis());
            context.reporter().sample(Kind.PROCESS, reference, instanceId(), data);
        }
        promises.checkNow();
        context.scheduler().schedule(() -> restart(process), delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(ServiceProcess process) {
        if (!running || processes.get(process.name()) != process || process.alive()) {
            return;
        }
        try {
            process.start(this::exited);
            context.reporter().sample(Kind.PROCESS, reference, instanceId(), Reporter.data().put("name", process.name())
                    .put("event", "started").put("pid", process.pid()));
        } catch (IOException e) {
            context.reporter().sample(Kind.PROCESS, reference, instanceId(), Reporter.data().put("name", process.name())
                    .put("event", "failed").put("error", e.getMessage()));
        }
    }

    /** A promise with bang-on-failure failed after it had passed: instantiate again from the files up. */
    private synchronized void bang() {
        if (!running || type == null) {
            return;
        }
        context.reporter().sample(Kind.PROCESS, reference, instanceId(), Reporter.data().put("event", "bang"));
        stopProcesses();
        try {
            Files.deleteIfExists(privateDirectory.resolve("configuration"));
        } catch (IOException e) {
            // start renders again either way
        }
        context.wake();
    }

    private synchronized void healthChanged() {
        if (running) {
            report(null);
        }
    }

    private void stopProcesses() {
        sampleUsage(); // the CPU they used since the last sample is counted before they go
        for (ServiceProcess process : processes.values()) {
            process.stop(context.grace());
        }
        processes.clear();
        backoff.clear();
    }

    /** Processes a previous agent started (their pid files remain) that no runtime supervises: stopped too. */
    private void stopOrphans() {
        Path pids = privateDirectory.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (var files = Files.list(pids)) {
            for (Path pidFile : files.toList()) {
                String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
                ServiceProcess orphan = new ServiceProcess(name, List.of(), Map.of(), privateDirectory, pidFile, pidFile, account);
                if (orphan.adopt(p -> { })) {
                    orphan.stop(context.grace());
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            // nothing left to list: nothing to stop
        }
    }

    /** Reports the instance's state when something an operator sees changed. */
    private void report(String error) {
        if (desired != null) {
            reports.report(new StateReports.Seen(desired, reportedState, running && promises.healthy(), opened, type,
                    renderer), error);
        }
    }

    private Map<String, String> render(Map<String, String> environment) {
        Map<String, String> rendered = new LinkedHashMap<>();
        environment.forEach((name, value) -> rendered.put(name, renderer.render(value)));
        return rendered;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "partition " + reference + " (" + Objects.toString(desired == null ? null : desired.title(), "free") + ")";
    }
}
