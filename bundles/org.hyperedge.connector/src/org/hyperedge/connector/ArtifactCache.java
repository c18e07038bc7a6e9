package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hyperedge.master.site.ArtifactStore;

/** The master's software cache: artifacts by sha256, uploaded to the agents that lack them. */
public final class ArtifactCache implements ArtifactStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;

    public ArtifactCache(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /**
     * Adds a file under its digest and returns the digest. The digest is that of the copy in the cache, not of the
     * file, so a file changed while it is added is never kept under a digest it does not have.
     */
    @Override
    public String add(Path file) throws IOException {
        return add(file, null);
    }

    /** Adds the file when its digest is {@code expected} (any digest when null); returns the digest it has. */
    private String add(Path file, String expected) throws IOException {
        Path tmp = Files.createTempFile(directory, ".add-", ".part");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            String sha256 = ArtifactStore.sha256(tmp);
            Path target = directory.resolve(sha256);
            if ((expected == null || expected.equals(sha256)) && !Files.exists(target)) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return sha256;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Adds what {@code writer} writes when it hashes to {@code expected}; returns the digest it had. Content with
     * another digest is not kept: the caller names it refused.
     */
    public String add(String expected, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(directory, ".fetch-", ".part");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            String sha256 = ArtifactStore.sha256(tmp);
            if (sha256.equals(expected) && !Files.exists(directory.resolve(sha256))) {
                Files.move(tmp, directory.resolve(sha256), StandardCopyOption.ATOMIC_MOVE);
            }
            return sha256;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes the file of this digest (an instance data backup no longer kept), if the cache holds one. */
    public void remove(String sha256) throws IOException {
        Optional<Path> file = find(sha256);
        if (file.isPresent()) {
            Files.deleteIfExists(file.get());
        }
    }

    /** What writes content into the cache. */
    public interface Writer {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** What an import from a directory did: the artifacts added, those already held, and those refused, with why. */
    public record Imported(int added, int held, java.util.List<String> refused) {
    }

    /**
     * Imports every artifact of a directory written by {@link #exportTo} (files named by their sha256): each is copied
     * and its digest checked against its name; one whose content does not match is refused and named, not kept.
     */
    public Imported importFrom(Path source) throws IOException {
        int added = 0;
        int held = 0;
        java.util.List<String> refused = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(source)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!SHA256.matcher(name).matches()) {
                    refused.add(name + ": not named by a sha256, so it cannot be checked");
                    continue;
                }
                if (find(name).isPresent()) {
                    held++;
                    continue;
                }
                String actual = add(file, name);
                if (!actual.equals(name)) {
                    refused.add(name + ": its content has sha256 " + actual + " (the file was altered)");
                } else {
                    added++;
                }
            }
        }
        return new Imported(added, held, refused);
    }

    /** Copies every artifact into {@code target} under its sha256 (those already there are left); returns how many. */
    public int exportTo(Path target) throws IOException {
        Files.createDirectories(target);
        int copied = 0;
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> SHA256.matcher(f.getFileName().toString()).matches()).sorted().toList()) {
                Path copy = target.resolve(file.getFileName().toString());
                if (!Files.exists(copy)) {
                    Path partial = Files.createTempFile(target, ".export-", ".part");
                    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
                    copied++;
                }
            }
        }
        return copied;
    }

    @Override
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
