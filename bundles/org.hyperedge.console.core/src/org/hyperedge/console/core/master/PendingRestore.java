package org.hyperedge.console.core.master;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A restore of the console's master chosen in the console. The views are bound to the open master, which cannot be
 * replaced under them: the backup is checked whole now (signature by the trusted master, every entry), the choice is
 * written into the data directory ({@value #FILE}), and the console restarts; at its next start the restore is
 * carried out before the master opens, the master that was there kept aside. A choice is carried out once: it is
 * removed before the restore begins, so a backup that fails then is reported, not retried at every start.
 */
public final class PendingRestore {

    public static final String FILE = "restore-pending.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDirectory;
    private final Path backup;
    private final String trusted;

    private PendingRestore(Path dataDirectory, Path backup, String trusted) {
        this.dataDirectory = dataDirectory;
        this.backup = backup;
        this.trusted = trusted;
    }

    /** What a backup says of itself once its signature and entries are checked: who signed it, and when. */
    public record Inspected(String signer, Instant made, String origin) {
    }

    /** Checks the backup whole as signed by the trusted master; a backup refused here changes nothing. Slow I/O. */
    public static Inspected check(Path backup, Trust trust, SiteProgress progress) throws SiteBundleException {
        try (VerifiedBundle bundle = VerifiedBundle.open(backup, trust, BundleManifest.BACKUP, progress)) {
            BundleManifest manifest = bundle.manifest();
            return new Inspected(manifest.signer(), manifest.createdAt(), manifest.origin());
        }
    }

    /** Writes down, for the next start, the restore of a backup {@link #check checked} as signed by {@code signer}. */
    public static void choose(Path dataDirectory, Path backup, String signer) throws IOException {
        Path partial = dataDirectory.resolve(FILE + ".partial");
        Files.writeString(partial, JSON.createObjectNode().put("backup", backup.toAbsolutePath().normalize().toString())
                .put("trust", signer).toString(), StandardCharsets.UTF_8);
        Files.move(partial, dataDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The restore chosen for this data directory, if one waits. */
    public static Optional<PendingRestore> find(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode chosen = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String backup = chosen.path("backup").asText("");
        String trust = chosen.path("trust").asText("");
        if (backup.isEmpty() || trust.isEmpty()) {
            Files.delete(file);
            throw new IOException(file + " names no backup or no trusted master; it is removed, nothing restored");
        }
        return Optional.of(new PendingRestore(dataDirectory, Path.of(backup), trust));
    }

    public Path backup() {
        return backup;
    }

    /**
     * Rebuilds the master from the chosen backup (checked whole again: the file may have changed since), the master
     * that was there moved into {@code DATA/replaced-TIME/}. Slow I/O, before the master opens.
     */
    public MasterRestore.Summary carryOut(SiteProgress progress) throws IOException, SiteBundleException {
        Files.delete(dataDirectory.resolve(FILE));
        return MasterRestore.restore(backup, Trust.of(trusted), dataDirectory, true, progress);
    }
}
