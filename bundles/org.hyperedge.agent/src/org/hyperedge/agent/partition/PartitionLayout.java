package org.hyperedge.agent.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * The partitions' directories under the agent's data directory. References and paths that come from
 * outside (the desired state, the API) are checked here: a reference is a plain name, and a path inside a
 * partition must stay inside it, also through symbolic links a service may have created.
 */
public final class PartitionLayout {

    private static final Pattern REFERENCE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Path root;

    public PartitionLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The partition's directory, created with mode 0700 when missing. */
    public Path directory(String reference) {
        Path directory = root.resolve(checked(reference));
        try {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory);
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the partition directory " + directory, e);
        }
        return directory;
    }

    /**
     * A file inside the partition, refusing absolute paths, {@code ..} and anything whose real location
     * (symbolic links followed as far as they exist) leaves the partition.
     */
    public Path resolve(String reference, String relativePath) {
        Path directory = directory(reference);
        Path relative = Path.of(relativePath);
        if (relative.isAbsolute() || relativePath.isBlank()) {
            throw new IllegalArgumentException("path '" + relativePath + "' is not relative to the partition");
        }
        Path target = directory.resolve(relative).normalize();
        if (!target.startsWith(directory)) {
            throw new IllegalArgumentException("path '" + relativePath + "' leaves partition " + reference);
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            if (existing != null && !existing.toRealPath().startsWith(directory.toRealPath())) {
                throw new IllegalArgumentException("path '" + relativePath + "' leaves partition " + reference
                        + " through a symbolic link");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + target, e);
        }
        return target;
    }

    public static String checked(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("partition reference '" + reference
                    + "' is not a plain name (a-z, 0-9, '-', starting with a letter)");
        }
        return reference;
    }
}
