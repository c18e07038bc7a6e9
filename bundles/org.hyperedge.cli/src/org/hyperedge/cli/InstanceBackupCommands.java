package org.hyperedge.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.Text;
import org.hyperedge.master.Master;
import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.recovery.InstanceRecovery;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.RequestRefused;

/**
 * {@code backup-instance TITLE}, {@code restore-instance TITLE [--on NODE]} and {@code instance-backups}: an
 * instance's data backed up now, a lost instance re-created on another node from its newest backup, and every
 * instance's newest backup with its age. A headless master or the console's connector carries the orders to the
 * nodes at their next sync.
 */
final class InstanceBackupCommands {

    private final Master master;
    private final PrintStream out;
    private final PrintStream err;

    InstanceBackupCommands(Master master, PrintStream out, PrintStream err) {
        this.master = master;
        this.out = out;
        this.err = err;
    }

    int backupNow(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("tree"), List.of());
        String title = title(parsed, "backup-instance TITLE [--tree TREE]");
        try {
            String node = master.instanceRecovery().backupNow(title, tree(parsed));
            out.println("asked node " + node + " to back up '" + title + "' now (at its next sync); "
                    + "see ./hyperedge instance-backups");
            return Main.OK;
        } catch (RequestRefused refused) {
            return refused("backup-instance", title, refused);
        }
    }

    int restore(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("tree", "on"), List.of());
        String title = title(parsed, "restore-instance TITLE [--on NODE] [--tree TREE]");
        String on = parsed.option("on") == null ? null : Text.name("--on NODE", parsed.option("on"), Limits.NAME);
        try {
            InstanceRecovery.Restored restored = master.instanceRecovery().restore(title, tree(parsed), on);
            InstanceBackups.Backup backup = restored.backup();
            out.println("restoring '" + title + "' (instance " + restored.instanceId() + ") lost on node "
                    + restored.fromNode() + " on node " + restored.toNode() + ", partition " + restored.partition()
                    + ", from its backup of " + backup.takenAt() + " (" + backup.size() + " bytes, sha256 "
                    + backup.sha256() + "); it is reported started once restored");
            return Main.OK;
        } catch (RequestRefused refused) {
            return refused("restore-instance", title, refused);
        }
    }

    private int refused(String command, String title, RequestRefused refused) {
        err.println("hyperedge: " + command + " '" + title + "' refused: " + String.join("; ", refused.reasons()));
        return Main.REFUSED;
    }

    int list(List<String> args) {
        if (!Arguments.parse(args, List.of(), List.of()).positional().isEmpty()) {
            throw new UsageException("instance-backups takes no arguments");
        }
        Map<Long, InstanceBackups.Backup> latest = master.instanceBackups().latestOfAll();
        Instant now = Instant.now();
        Table table = new Table("INSTANCE", "TITLE", "NODE", "TAKEN", "AGE", "SIZE", "ON MASTER", "REPLICA", "SHA256");
        for (InstanceRecord instance : master.requests().all()) {
            InstanceBackups.Backup backup = latest.get(instance.id());
            if (backup != null) {
                table.add(String.valueOf(instance.id()), instance.title(), backup.nodeId(), backup.takenAt().toString(),
                        age(Duration.between(backup.takenAt(), now)), String.valueOf(backup.size()),
                        backup.stored() ? "yes" : "not yet", backup.replicaNode() == null ? "none yet"
                                : backup.replicaNode() + (backup.replicated() ? "" : " (not yet)"),
                        backup.sha256().substring(0, 12));
            }
        }
        table.print(out);
        return Main.OK;
    }

    /** An age as an operator reads it: seconds, minutes, hours or days. */
    static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7_200) {
            return seconds / 60 + " min";
        }
        return seconds < 172_800 ? seconds / 3_600 + " h" : seconds / 86_400 + " d";
    }

    private static String title(Arguments parsed, String usage) {
        if (parsed.positional().size() != 1) {
            throw new UsageException(usage);
        }
        return Text.name("TITLE", parsed.positional().get(0), Limits.NAME);
    }

    private static String tree(Arguments parsed) {
        return parsed.option("tree") == null ? null : Text.name("--tree TREE", parsed.option("tree"), Limits.NAME);
    }
}
