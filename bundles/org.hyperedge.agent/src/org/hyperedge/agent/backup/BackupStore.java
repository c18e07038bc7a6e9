package org.hyperedge.agent.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.hyperedge.agent.software.SoftwareCache;

/**
 * The instance data backups this node holds, by sha256, in the agent's own directory (root's, 0700: a backup holds a
 * tenant's data, and no other tenant reads it): those it took, served to the master ({@code GET /v1/backups/SHA}),
 * and, to restore from, those the master uploaded like artifacts into the software cache. A file is hashed again
 * before it is used: one altered on disk is refused, never restored.
 */
public final class BackupStore {

    private final Path directory;
    private final SoftwareCache uploaded;

    public BackupStore(Path directory, SoftwareCache uploaded) {
        this.directory = directory;
        this.uploaded = uploaded;
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup directory " + directory, e);
        }
    }

    /** What was kept: its digest and size. */
    public record Kept(String sha256, long size) {
    }

    /** Keeps the content under its sha256 (computed while it is copied, so the name is the copy's). */
    public Kept keep(InputStream content) throws IOException {
        Path tmp = Files.createTempFile(directory, ".backup-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = Files.newOutputStream(tmp); DigestInputStream in = new DigestInputStream(content, digest)) {
                size = in.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Files.move(tmp, directory.resolve(sha256), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Kept(sha256, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A backup this node took, to serve. */
    public Optional<Path> taken(String sha256) {
        Path file = directory.resolve(SoftwareCache.checkedDigest(sha256));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The backup to restore from, taken here or uploaded; empty when neither holds it yet. */
    public Optional<Path> find(String sha256) {
        Optional<Path> own = taken(sha256);
        if (own.isPresent()) {
            return own;
        }
        return uploaded.has(sha256) ? Optional.of(uploaded.path(sha256)) : Optional.empty();
    }

    /** Whether the file still hashes to its name and has the size the master recorded. */
    public static String check(Path file, String sha256, long size) throws IOException {
        long actualSize = Files.size(file);
        if (size > 0 && actualSize != size) {
            return "backup " + sha256 + " has " + actualSize + " bytes here, not the " + size + " recorded: refused";
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        return actual.equals(sha256) ? null : "backup " + sha256 + " hashes to " + actual + " here (altered): refused";
    }

    /** Forgets a backup this node took (a newer one replaced it). */
    public void forget(String sha256) {
        try {
            Files.deleteIfExists(directory.resolve(SoftwareCache.checkedDigest(sha256)));
        } catch (IOException | IllegalArgumentException e) {
            // kept: the next backup of the instance tries again
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
