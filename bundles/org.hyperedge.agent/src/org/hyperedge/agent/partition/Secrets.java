package org.hyperedge.agent.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Secrets of a partition ({@code ${secret.NAME}} in templates): created on the node on first use, kept
 * in the partition (mode 0600) so they stay the same across restarts, and never sent to the master
 * unless a connection parameter publishes one.
 */
public final class Secrets {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    public Secrets(Path partitionDirectory) {
        this.file = partitionDirectory.resolve(".secrets");
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the partition secrets " + file, e);
            }
        }
    }

    /** The named secret, created (24 random bytes, URL-safe base64) and stored the first time it is asked for. */
    public synchronized String get(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("secret name '" + name + "' is not a plain name");
        }
        String value = values.getProperty(name);
        if (value == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            values.setProperty(name, value);
            store();
        }
        return value;
    }

    private void store() {
        try {
            Path tmp = file.resolveSibling(".secrets.tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (var writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(writer, "generated on this node; never sent to the master unless published");
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the partition secrets " + file, e);
        }
    }
}
