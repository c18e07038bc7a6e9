package org.hyperedge.agent.converge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.runtime.PartitionRuntime;
import org.hyperedge.agent.runtime.RuntimeContext;
import org.hyperedge.agent.software.InstallOutcome;
import org.hyperedge.agent.software.Installer;
import org.hyperedge.agent.state.DesiredStateStore;
import org.hyperedge.agent.state.PartitionRecords;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the node to the held desired state, again and again: on start, on every new document, when a
 * partition asks (a bang), and every few seconds, with or without a master. Partitions on disk that the
 * held desired state no longer names are destroyed.
 *
 * <p>Without a desired state (its file missing, or unreadable and set aside) nothing is destroyed or
 * stopped: the partitions found on disk keep running as their own records say they last were, supervised as
 * before, until the master sends a desired state again (the agent says it holds none with every report page,
 * and reports the loss once).
 */
public final class Converger implements Runnable {

    private static final long PERIOD_MS = 5_000;

    private final DesiredStateStore store;
    private final Installer installer;
    private final RuntimeContext context;
    private final Map<String, PartitionRuntime> runtimes = new LinkedHashMap<>();
    private final Map<String, String> reportedInstalls = new HashMap<>();
    private final PartitionRecords records;
    private String reportedLoss;
    private final LinkedBlockingQueue<Boolean> wakeups = new LinkedBlockingQueue<>(1);
    private volatile boolean running = true;
    private volatile long convergedGeneration = -1;

    public Converger(DesiredStateStore store, Installer installer, RuntimeContext context) {
        this.store = store;
        this.installer = installer;
        this.context = context;
        this.records = new PartitionRecords(context.privateRoot());
    }

    public void wake() {
        wakeups.offer(Boolean.TRUE);
    }

    public void shutdown() {
        running = false;
        wake();
    }

    public long convergedGeneration() {
        return convergedGeneration;
    }

    @Override
    public void run() {
        while (running) {
            try {
                convergeOnce();
            } catch (RuntimeException e) {
                System.err.println("hyperedge-agent: converging failed, retrying: " + e);
            }
            try {
                wakeups.poll(PERIOD_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One pass over every partition. */
    public void convergeOnce() {
        for (PartitionState marked : PartitionRecords.destroying(context.privateRoot())) {
            runtime(marked.reference()).finishDestroy(marked);
            runtimes.remove(marked.reference());
        }
        Optional<DesiredState> held = store.load();
        if (held.isPresent()) {
            converge(held.get());
        } else {
            keepWhatRuns();
        }
        reportLoss();
        context.reporter().flush();
        convergedGeneration = held.map(DesiredState::generation).orElse(0L);
    }

    private void converge(DesiredState held) {
        Map<String, PartitionState> wanted = new LinkedHashMap<>();
        held.partitions().forEach(p -> wanted.put(p.reference(), p));
        for (String reference : known()) {
            if (!wanted.containsKey(reference)) {
                runtime(reference).destroy();
                runtimes.remove(reference);
            }
        }
        for (PartitionState partition : wanted.values()) {
            PartitionRuntime runtime = runtime(partition.reference());
            if (runtime.instanceId() != 0 && runtime.instanceId() != partition.instanceId()) {
                runtime.destroy();
                runtimes.remove(partition.reference());
                runtime = runtime(partition.reference());
            }
            if (!"destroyed".equals(partition.state())) {
                // written before acting, so a restart that finds no desired state carries on with what was asked last
                records.save(held, partition);
            }
            converge(runtime, partition, held.releases());
        }
    }

    /**
     * No desired state: every partition on disk whose record says it was started is supervised as it was
     * (adopted, restarted when it exits, its promises checked and its usage metered); nothing is destroyed,
     * and nothing is stopped.
     */
    private void keepWhatRuns() {
        for (String reference : known()) {
            Optional<DesiredState> record = records.load(reference);
            if (record.isPresent() && "started".equals(record.get().partitions().get(0).state())) {
                converge(runtime(reference), record.get().partitions().get(0), record.get().releases());
            }
        }
    }

    /** Reports once that the desired state is lost (with the partitions kept), and once that one is held again. */
    private void reportLoss() {
        String problem = store.problem();
        if (Objects.equals(problem, reportedLoss)) {
            return;
        }
        TreeSet<String> kept = known();
        if (problem != null && kept.isEmpty() && store.setAside() == null) {
            return; // a new node that was never sent anything has lost nothing
        }
        ObjectNode data = Reporter.data().put("state", problem == null ? "held" : "none")
                .put("generation", store.heldDesired().generation());
        if (problem != null) {
            data.put("problem", problem);
            kept.forEach(data.putArray("kept")::add);
        }
        if (store.setAside() != null) {
            data.put("setAsideAs", store.setAside().getFileName().toString());
        }
        context.reporter().state(Kind.DESIRED, null, 0, "desired", data);
        System.err.println("hyperedge-agent: " + (problem == null ? "desired state generation "
                + store.heldDesired().generation() + " held again" : problem + "; keeping " + kept
                + " as they are until the master sends the desired state again"));
        reportedLoss = problem;
    }

    private void converge(PartitionRuntime runtime, PartitionState partition, Map<String, String> releases) {
        switch (partition.state()) {
            case "destroyed" -> runtime.destroy(partition);
            case "stopped" -> runtime.stop(partition);
            default -> {
                String text = releases.get(partition.releaseId());
                ReleaseDescriptor release;
                try {
                    release = ReleaseDescriptorReader.read(partition.releaseId(), text);
                } catch (InvalidDescriptorException | RuntimeException e) {
                    runtime.notReady(partition, "failed", "release " + partition.releaseId() + " is unusable: " + e.getMessage());
                    return;
                }
                InstallOutcome outcome = installer.install(release, text,
                        () -> reportInstall(release.id(), Reporter.data().put("state", "installing")));
                if (outcome instanceof InstallOutcome.Installed installed) {
                    reportInstall(release.id(), Reporter.data().put("state", "installed"));
                    runtime.start(partition, release, text, installed.directory());
                    installer.started(release, text);
                } else if (outcome instanceof InstallOutcome.Waiting waiting) {
                    ObjectNode data = Reporter.data().put("state", "waiting").put("error", waiting.reason());
                    waiting.missingSha256().forEach(data.putArray("missing")::add);
                    reportInstall(release.id(), data);
                    runtime.notReady(partition, "waiting", waiting.reason());
                } else if (outcome instanceof InstallOutcome.Failed failed) {
                    reportInstall(release.id(), Reporter.data().put("state", "failed").put("error", failed.error()));
                    runtime.notReady(partition, "failed", failed.error());
                }
            }
        }
    }

    private void reportInstall(String releaseId, ObjectNode data) {
        data.put("release", releaseId);
        String summary = data.toString();
        if (!summary.equals(reportedInstalls.put(releaseId, summary))) {
            context.reporter().state(Kind.INSTALL, null, 0, releaseId, data);
        }
    }

    /** Usage of every partition that hosts an instance; run at the usage period. */
    public void meterUsage() {
        List<PartitionRuntime> current;
        synchronized (this) {
            current = new ArrayList<>(runtimes.values());
        }
        current.forEach(runtime -> runtime.meterUsage(false));
    }

    public synchronized List<PartitionRuntime> runtimes() {
        return new ArrayList<>(runtimes.values());
    }

    private synchronized PartitionRuntime runtime(String reference) {
        return runtimes.computeIfAbsent(reference, ref -> new PartitionRuntime(ref, context));
    }

    /** Partitions with a runtime or a directory on disk (from before a restart). */
    private TreeSet<String> known() {
        TreeSet<String> references = new TreeSet<>(runtimes.keySet());
        for (Path root : List.of(context.layout().root(), context.privateRoot())) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> entries = Files.list(root)) {
                    entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z][a-z0-9-]{0,62}"))
                            .forEach(references::add);
                } catch (IOException e) {
                    // unreadable now: the next pass tries again
                }
            }
        }
        return references;
    }
}
