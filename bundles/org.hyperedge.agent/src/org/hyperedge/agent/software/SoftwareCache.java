package org.hyperedge.agent.software;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content-addressed artifacts: a file is stored under its sha256 only after its content was hashed and
 * matched, and is hashed again before an install uses it, so a file altered on disk is caught too.
 */
public final class SoftwareCache {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;
    private final long maxBytes;

    public SoftwareCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the software cache " + directory, e);
        }
    }

    public static String checkedDigest(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("'" + sha256 + "' is not a sha256 digest (64 lower-case hex digits)");
        }
        return sha256;
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(directory.resolve(checkedDigest(sha256)));
    }

    public Path path(String sha256) {
        return directory.resolve(checkedDigest(sha256));
    }

    /** Stores the content if it hashes to the digest; otherwise nothing is kept. */
    public void put(String sha256, InputStream content) throws ArtifactRefusedException, IOException {
        checkedDigest(sha256);
        Path tmp = Files.createTempFile(directory, ".upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(tmp)) {
                int read;
                while ((read = content.read(buffer)) > 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw new ArtifactRefusedException("artifact " + sha256 + " is larger than the limit of "
                                + maxBytes + " bytes");
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(sha256)) {
                throw new ArtifactRefusedException("artifact content hashes to " + actual + ", not to " + sha256
                        + " (" + size + " bytes received): refused");
            }
            Files.move(tmp, directory.resolve(sha256), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Whether the stored file still hashes to its name. A file that does not is deleted, so it is asked
     * for again instead of being used.
     */
    public boolean verify(String sha256) {
        Path file = path(sha256);
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            if (HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                return true;
            }
            Files.delete(file);
            return false;
        } catch (IOException e) {
            return false;
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
