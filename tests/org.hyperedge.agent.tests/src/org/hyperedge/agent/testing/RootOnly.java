package org.hyperedge.agent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What an attack aims at: a root-owned 0700 directory holding a root-owned 0600 file with a secret line, and
 * the proof afterwards that nothing in it was created, removed, chmodded, chowned or changed.
 */
public final class RootOnly {

    public final Path directory;
    public final Path file;
    public final String secret;

    private RootOnly(Path directory, Path file, String secret) {
        this.directory = directory;
        this.file = file;
        this.secret = secret;
    }

    /** {@code directory} is made; the file in it is called {@code name}. */
    public static RootOnly create(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        Path file = directory.resolve(name);
        String secret = "root-only-secret-" + UUID.randomUUID();
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return new RootOnly(directory, file, secret);
    }

    /** What is wrong with the directory now, or null when it is exactly as made. */
    public String damage() throws IOException {
        StringBuilder damage = new StringBuilder();
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return directory + " is gone";
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> all = entries.toList();
            if (!all.equals(List.of(file))) {
                damage.append("entries ").append(all).append(" instead of ").append(file).append("; ");
            }
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return damage + file.toString() + " is gone or replaced";
        }
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        if (!mode.equals("rw-------")) {
            damage.append("mode ").append(mode).append("; ");
        }
        if ((Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS) != 0
                || (Integer) Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS) != 0) {
            damage.append("owner changed; ");
        }
        if (!Files.readString(file).equals(secret + "\n")) {
            damage.append("content changed; ");
        }
        String dirMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS));
        if (!dirMode.equals("rwx------") || (Integer) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS) != 0) {
            damage.append("directory mode or owner changed; ");
        }
        return damage.length() == 0 ? null : damage.toString();
    }
}
