package org.hyperedge.master.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hyperedge.master.Master;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;

/**
 * Rebuilds an embedded master in a data directory from a backup (a PostgreSQL master: {@link PostgresRestore}). The whole file is checked first (its signature
 * by the trusted master, every entry's digest and size), and the directory too (no master in it, or {@code force}:
 * then what was there is moved aside, never deleted): a truncated, tampered or foreign-signed backup changes
 * nothing. The restored master starts a new epoch ({@link MasterEpochs}), so the nodes it takes back accept its
 * desired states although their generations may be lower than what the lost master sent after the backup.
 */
public final class MasterRestore {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private MasterRestore() {
    }

    /** What a restore did, for the operator. */
    public record Summary(int nodes, long epoch, Path setAside, List<String> missingArtifacts) {
    }

    public static Summary restore(Path backup, Trust trust, Path dataDirectory, boolean force, SiteProgress progress)
            throws IOException, SiteBundleException {
        try (VerifiedBundle bundle = VerifiedBundle.open(backup, trust, BundleManifest.BACKUP, progress)) {
            if (!holds(bundle, BackupLayout.DATABASE)) {
                throw new SiteBundleException("this backup holds a PostgreSQL master's database, not an embedded H2 store: "
                        + "restore it with --db jdbc:postgresql://HOST:PORT/DATABASE?user=U");
            }
            Path setAside = clear(dataDirectory, force);
            Files.createDirectories(dataDirectory);
            Path store = Files.createTempFile(dataDirectory, ".restore", ".h2.zip");
            try {
                bundle.copy(BackupLayout.DATABASE, store);
                unpackStore(store, dataDirectory);
            } finally {
                Files.deleteIfExists(store);
            }
            if (holds(bundle, BackupLayout.SECRET)) {
                privateCopy(bundle, BackupLayout.SECRET, dataDirectory.resolve(BackupLayout.SECRET_FILE));
            }
            restoreIdentity(bundle, dataDirectory);
            List<String> missing = missingArtifacts(bundle, dataDirectory.resolve(BackupLayout.CACHE_DIRECTORY));
            try (Master master = Master.open(dataDirectory)) {
                long epoch = master.startEpoch();
                return new Summary(master.nodes().list().size(), epoch, setAside, missing);
            }
        }
    }

    static boolean holds(VerifiedBundle bundle, String path) {
        return bundle.manifest().entries().stream().anyMatch(e -> e.path().equals(path));
    }

    /** The master's identity, the one its nodes pin, into the data directory. */
    static void restoreIdentity(VerifiedBundle bundle, Path dataDirectory) throws IOException, SiteBundleException {
        Path identity = dataDirectory.resolve(BackupLayout.IDENTITY_DIRECTORY);
        for (BundleManifest.ListedFile file : bundle.manifest().under(BackupLayout.IDENTITY)) {
            String name = file.path().substring(BackupLayout.IDENTITY.length());
            if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
                throw new SiteBundleException("the backup names an identity file '" + name + "' that is no plain file name");
            }
            Files.createDirectories(identity, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            privateCopy(bundle, file.path(), identity.resolve(name));
        }
    }

    /** Makes room for the restored master: nothing there, or what is there moved aside when forced. */
    private static Path clear(Path dataDirectory, boolean force) throws IOException {
        Path existing = dataDirectory.resolve(BackupLayout.DATABASE_FILE);
        if (!Files.exists(existing)) {
            return null;
        }
        if (Files.exists(dataDirectory.resolve(BackupLayout.LOCK_FILE))) {
            throw new IOException("the master in " + dataDirectory + " is open (a console, a headless master or a command "
                    + "holds it): close it before restoring over it");
        }
        if (!force) {
            throw new IOException(dataDirectory + " already holds a master: restoring would replace it; give --force to "
                    + "restore anyway (what is there is kept in " + dataDirectory.resolve("replaced-<time>") + ")");
        }
        Path aside = dataDirectory.resolve("replaced-" + ASIDE.format(Instant.now()));
        Files.createDirectories(aside);
        for (String name : List.of(BackupLayout.DATABASE_FILE, "master.trace.db", BackupLayout.SECRET_FILE,
                BackupLayout.IDENTITY_DIRECTORY)) {
            Path old = dataDirectory.resolve(name);
            if (Files.exists(old)) {
                Files.move(old, aside.resolve(name));
            }
        }
        return aside;
    }

    /** H2's backup zip holds the store's file and nothing else is taken from it. */
    private static void unpackStore(Path zip, Path dataDirectory) throws IOException, SiteBundleException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals(BackupLayout.DATABASE_FILE)) {
                    continue;
                }
                Path partial = dataDirectory.resolve(BackupLayout.DATABASE_FILE + ".partial");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                Files.move(partial, dataDirectory.resolve(BackupLayout.DATABASE_FILE), StandardCopyOption.ATOMIC_MOVE);
                found = true;
            }
        }
        if (!found) {
            throw new SiteBundleException("the backup's store (" + BackupLayout.DATABASE + ") holds no "
                    + BackupLayout.DATABASE_FILE);
        }
    }

    private static void privateCopy(VerifiedBundle bundle, String path, Path target) throws IOException, SiteBundleException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        bundle.copy(path, partial);
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The artifacts the backed-up cache held that this data directory's cache lacks (to bring with cache import). */
    static List<String> missingArtifacts(VerifiedBundle bundle, Path cache) throws IOException, SiteBundleException {
        List<String> missing = new ArrayList<>();
        var index = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.read(BackupLayout.CACHE_INDEX));
        for (var artifact : index) {
            String sha256 = artifact.path("sha256").asText();
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new SiteBundleException("the backup's cache index lists '" + sha256 + "', which is no sha256");
            }
            if (!Files.isRegularFile(cache.resolve(sha256))) {
                missing.add(sha256);
            }
        }
        return missing;
    }
}
