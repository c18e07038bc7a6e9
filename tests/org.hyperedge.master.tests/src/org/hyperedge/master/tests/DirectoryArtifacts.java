package org.hyperedge.master.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import org.hyperedge.master.site.ArtifactStore;

/**
 * A software cache as the connector keeps it (files named by their sha256 in a directory), for master tests,
 * which cannot see the connector bundle.
 */
final class DirectoryArtifacts implements ArtifactStore {

    final Path directory;

    DirectoryArtifacts(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    @Override
    public Optional<Path> find(String sha256) {
        Path file = directory.resolve(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public String add(Path file) throws IOException {
        String sha256;
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.copy(file, directory.resolve(sha256), StandardCopyOption.REPLACE_EXISTING);
        return sha256;
    }

    long count() throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }

    static Path h2Jar() throws Exception {
        return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
