package org.hyperedge.agent.runtime;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.PromiseSpec;
import org.hyperedge.protocol.report.ReportEvent.Kind;

/**
 * Checks a partition's promises. Each promise runs at its period; a periodic result is a report event when it
 * failed, when it differs from the last one reported (passed after a failure, another message), or when the
 * promise has gone unreported for the heartbeat ({@link RuntimeContext#promiseHeartbeat}). A service that keeps
 * passing thus costs the journal, the master's ingest and the consoles' views one event per heartbeat instead of
 * one per check, while every failure is still reported at once and counted towards a ticket. After a start,
 * and after a process exit, a promise is probed quickly (every 20 ms; a command promise, which starts a
 * process each time, every 100 ms) until it passes or a period has gone by, and only
 * changes are reported in that time: a service that comes up in half a second is seen healthy in half a
 * second, and a freshly started service that is not listening yet is not a failure. The instance is healthy
 * while every promise's last result passed.
 */
final class PromiseRunner {

    /** How often a promise checked in the agent (a connection, a file) is probed quickly: about 1 ms each. */
    private static final long FAST_MS = 20;
    /** How often a command promise is probed quickly: each probe starts a process. */
    private static final long FAST_COMMAND_MS = 100;

    private final String reference;
    private final RuntimeContext context;
    private final Runnable onHealthChange;
    private final Runnable onBang;
    private final Map<String, Boolean> last = new HashMap<>();
    private final Set<String> passed = new HashSet<>();
    /** Per promise, the last result reported and when (a {@link System#nanoTime()} reading). */
    private final Map<String, Reported> reported = new HashMap<>();
    private List<PromiseSpec> specs = List.of();
    private Map<String, PromiseChecker.Target> rendered = Map.of();
    private Optional<Account> account = Optional.empty();
    private long instanceId;
    private int generation;
    private long quietUntil;

    PromiseRunner(String reference, RuntimeContext context, Runnable onHealthChange, Runnable onBang) {
        this.reference = reference;
        this.context = context;
        this.onHealthChange = onHealthChange;
        this.onBang = onBang;
    }

    /** Starts checking; {@code adopted} when the processes were already running (an agent restart). */
    synchronized void start(List<PromiseSpec> promises, TemplateRenderer renderer, Optional<Account> runAs,
            long instance, boolean adopted) {
        specs = promises;
        account = runAs;
        instanceId = instance;
        Map<String, PromiseChecker.Target> targets = new HashMap<>();
        for (PromiseSpec spec : promises) {
            targets.put(spec.name(), PromiseChecker.target(spec, renderer));
        }
        rendered = targets;
        last.clear();
        passed.clear();
        reported.clear();
        generation++;
        long now = System.currentTimeMillis();
        quietUntil = adopted ? now : now + promises.stream().mapToLong(p -> p.periodSeconds() * 1000L).max().orElse(0);
        for (PromiseSpec spec : promises) {
            schedule(spec, generation, 0, now + spec.periodSeconds() * 1000L);
        }
    }

    synchronized void stop() {
        generation++;
        last.clear();
        passed.clear();
        reported.clear();
    }

    /** Something happened (a process exited): probe every promise now, reporting each change. */
    synchronized void checkNow() {
        generation++;
        long now = System.currentTimeMillis();
        for (PromiseSpec spec : specs) {
            schedule(spec, generation, 0, now + spec.periodSeconds() * 1000L);
        }
    }

    synchronized boolean healthy() {
        return specs.stream().allMatch(spec -> Boolean.TRUE.equals(last.get(spec.name())));
    }

    /** A periodic result: reported unless it is a pass the same as the last one reported, within the heartbeat. */
    private boolean worthReporting(String name, PromiseChecker.Result result) {
        Reported before = reported.get(name);
        long heartbeat = context.promiseHeartbeat().toNanos();
        return !result.ok() || before == null || !before.ok() || !before.message().equals(result.message())
                || System.nanoTime() - before.atNanos() >= heartbeat;
    }

    private record Reported(boolean ok, String message, long atNanos) {
    }

    private static long fastMs(PromiseSpec spec) {
        return spec.kind() == PromiseSpec.Kind.COMMAND ? FAST_COMMAND_MS : FAST_MS;
    }

    /** {@code fastUntil}: probe quickly, reporting changes only, until then; 0 for periodic checks. */
    private void schedule(PromiseSpec spec, int forGeneration, long delayMs, long fastUntil) {
        context.scheduler().schedule(() -> run(spec, forGeneration, fastUntil), delayMs, TimeUnit.MILLISECONDS);
    }

    private void run(PromiseSpec spec, int forGeneration, long fastUntil) {
        PromiseChecker.Target target;
        Optional<Account> runAs;
        synchronized (this) {
            if (forGeneration != generation) {
                return;
            }
            target = rendered.get(spec.name());
            runAs = account;
        }
        PromiseChecker.Result result = PromiseChecker.check(spec, target, context.layout(), reference, runAs);
        long now = System.currentTimeMillis();
        boolean report;
        boolean healthChanged;
        boolean bang;
        long instance;
        synchronized (this) {
            if (forGeneration != generation) {
                return;
            }
            boolean fast = now < fastUntil;
            Boolean previous = last.get(spec.name());
            if (!result.ok() && fast && now < quietUntil && !passed.contains(spec.name())) {
                schedule(spec, forGeneration, fastMs(spec), fastUntil);
                return;
            }
            boolean wasHealthy = healthy();
            last.put(spec.name(), result.ok());
            if (result.ok()) {
                passed.add(spec.name());
            }
            report = fast ? previous == null || previous != result.ok() : worthReporting(spec.name(), result);
            if (report) {
                reported.put(spec.name(), new Reported(result.ok(), result.message(), System.nanoTime()));
            }
            healthChanged = wasHealthy != healthy();
            bang = !result.ok() && Boolean.TRUE.equals(previous) && spec.bangOnFailure();
            instance = instanceId;
            if (fast && !result.ok()) {
                schedule(spec, forGeneration, fastMs(spec), fastUntil);
            } else {
                schedule(spec, forGeneration, spec.periodSeconds() * 1000L, 0);
            }
        }
        if (report) {
            context.reporter().sample(Kind.PROMISE, reference, instance, Reporter.data().put("name", spec.name())
                    .put("ok", result.ok()).put("message", result.message()).put("ms", result.ms()));
        }
        if (healthChanged) {
            onHealthChange.run();
        }
        if (bang) {
            onBang.run();
        }
    }
}
