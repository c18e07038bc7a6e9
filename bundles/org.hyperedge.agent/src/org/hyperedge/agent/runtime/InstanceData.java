package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.hyperedge.agent.backup.BackupStore;
import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.release.BackupSpec;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;
import org.hyperedge.protocol.report.ReportEvent.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One partition's instance data: its backups taken on schedule or when the master asks, and the restore of the backup
 * the master names into a new instance before it is reported started. What it reports: {@code backed-up} (sha256,
 * size, at), {@code backup-failed}, {@code restore-waiting} (the file the node lacks, as {@code missing}),
 * {@code restored}, {@code restore-failed}, each a process event of the instance.
 */
final class InstanceData {

    /** What a backup needs of the running instance, read under its runtime's lock. */
    record Running(PartitionState state, BackupSpec spec, TemplateRenderer renderer, Optional<Account> account,
            JsonNode parameters) {
    }

    private final RuntimeContext context;
    private final String reference;
    private final PartitionBackups record;
    /** The backup whose restore failed here: not tried again every pass (a bang tries again). */
    private String failedRestore;
    private String restoreFailure;
    private long restoreWaitReportedAt;

    InstanceData(RuntimeContext context, String reference, Path privateDirectory) {
        this.context = context;
        this.reference = reference;
        this.record = new PartitionBackups(privateDirectory, context.clock().instant());
    }

    /** The master asks this instance to start from a backup (it was lost elsewhere) not restored here yet. */
    boolean restorePending(PartitionState state) {
        return state.backup().restores() && !record.restored(state.backup().restoreSha256());
    }

    /** An operator's bang: a restore that failed is tried again. */
    void banged() {
        failedRestore = null;
    }

    /**
     * Null when the backup to restore is on this node; else why the instance waits, the master told (at most once a
     * minute) which file to upload, as for a missing artifact.
     */
    String waitingForBackup(PartitionState state) {
        String sha256 = state.backup().restoreSha256();
        if (context.backups().find(sha256).isPresent()) {
            return null;
        }
        long now = System.nanoTime();
        if (restoreWaitReportedAt == 0 || now - restoreWaitReportedAt > Duration.ofMinutes(1).toNanos()) {
            restoreWaitReportedAt = now;
            ObjectNode data = Reporter.data().put("event", "restore-waiting").put("sha256", sha256);
            data.putArray("missing").add(sha256);
            context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), data);
        }
        return "waiting for backup " + sha256 + " from the master, to restore '" + state.title() + "' from it";
    }

    /**
     * Restores the named backup into the instance just started: the file is checked against its sha256 and size first
     * (an altered one is refused, nothing restored), then the type's restore command reads it. Null when restored,
     * else why not (reported, and not tried again until a bang).
     */
    String restore(PartitionState state, SoftwareTypeDescriptor type, TemplateRenderer renderer, Optional<Account> account) {
        String sha256 = state.backup().restoreSha256();
        if (sha256.equals(failedRestore)) {
            return restoreFailure;
        }
        String failure;
        long started = System.nanoTime();
        try {
            Path file = context.backups().find(sha256)
                    .orElseThrow(() -> new IOException("backup " + sha256 + " is gone from this node"));
            failure = BackupStore.check(file, sha256, state.backup().restoreSize());
            if (failure == null && type.backup() == null) {
                failure = "software type " + state.softwareType() + " of " + state.releaseId() + " declares no restore";
            }
            if (failure == null) {
                BackupSteps.restore(context, reference, account, type.backup(), type.promises(), renderer, file);
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        ObjectNode data = Reporter.data().put("sha256", sha256);
        if (failure != null) {
            failedRestore = sha256;
            restoreFailure = "restore of backup " + sha256 + " failed: " + failure;
            context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), data.put("event", "restore-failed")
                    .put("reason", failure));
            return restoreFailure;
        }
        record.restoredFrom(sha256, context.clock().instant());
        context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), data.put("event", "restored")
                .put("ms", (System.nanoTime() - started) / 1_000_000));
        return null;
    }

    /**
     * Takes the backup when the schedule says so or the master asked for one (a grown serial), and reports it or why
     * not. Runs off the converger's thread, while the instance serves.
     */
    void backUpIfDue(Running running) {
        PartitionState state = running.state();
        Instant now = context.clock().instant();
        Duration every;
        try {
            every = PartitionBackups.every(running.spec(), running.parameters());
        } catch (IllegalArgumentException e) {
            if (record.due(state.backup().serial(), running.spec().every(), now)) {
                record.failed(now, state.backup().serial());
                reportFailure(state, e.getMessage());
            }
            return;
        }
        if (!record.due(state.backup().serial(), every, now)) {
            return;
        }
        try {
            BackupStore.Kept kept = BackupSteps.backUp(context, reference, running.account(), running.spec(),
                    running.renderer(), context.backups());
            Instant taken = context.clock().instant();
            String older = record.taken(kept.sha256(), kept.size(), taken, state.backup().serial());
            if (older != null) {
                context.backups().forget(older);
            }
            context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), Reporter.data().put("event", "backed-up")
                    .put("sha256", kept.sha256()).put("size", kept.size()).put("at", taken.toString())
                    .put("ms", Duration.between(now, taken).toMillis()));
        } catch (IOException | RuntimeException e) {
            record.failed(now, state.backup().serial());
            reportFailure(state, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The partition is destroyed: the backups this node took of it go too (the tenant's data leaves with it). */
    void forgetBackups() {
        record.kept().forEach(context.backups()::forget);
    }

    private void reportFailure(PartitionState state, String reason) {
        context.reporter().sample(Kind.PROCESS, reference, state.instanceId(), Reporter.data().put("event", "backup-failed")
                .put("reason", reason));
    }
}
