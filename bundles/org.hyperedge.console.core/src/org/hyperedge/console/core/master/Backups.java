package org.hyperedge.console.core.master;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.hyperedge.master.backup.MasterBackup;

/**
 * The console's backups of its master: each in {@code DATA/backups/master-TIME.backup} (UTC, so names sort by
 * time), the newest {@code keep} kept and the older ones removed once a new one is whole.
 */
public final class Backups {

    public static final String DIRECTORY = "backups";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'master-'yyyyMMdd-HHmmss'.backup'")
            .withZone(ZoneOffset.UTC);

    private final EmbeddedMaster master;
    private final int keep;
    private final Clock clock;

    public Backups(EmbeddedMaster master, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        this.master = master;
        this.keep = keep;
        this.clock = clock;
    }

    /** Takes a backup now; slow I/O, never on the UI thread. */
    public MasterBackup.Summary takeNow() throws IOException {
        Path directory = master.dataDirectory().resolve(DIRECTORY);
        Files.createDirectories(directory);
        MasterBackup.Summary taken = master.backup(directory.resolve(NAME.format(clock.instant())));
        List<Path> all = list(directory);
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
        }
        return taken;
    }

    /** Whether a backup is due: none yet, or the newest is at least {@code every} old. */
    public boolean due(java.time.Duration every) throws IOException {
        List<Path> all = list(master.dataDirectory().resolve(DIRECTORY));
        if (all.isEmpty()) {
            return true;
        }
        java.time.Instant newest = NAME.parse(all.get(all.size() - 1).getFileName().toString(), java.time.Instant::from);
        return !newest.plus(every).isAfter(clock.instant());
    }

    /** The backups kept, oldest first. */
    public static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("master-\\d{8}-\\d{6}\\.backup")).sorted().toList();
        }
    }
}
