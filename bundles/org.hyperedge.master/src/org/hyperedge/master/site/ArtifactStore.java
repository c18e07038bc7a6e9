package org.hyperedge.master.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The master's software cache as site bundles see it: artifacts by sha256. The connector's cache is one; the
 * master bundle does not know where it lives.
 */
public interface ArtifactStore {

    /** The file holding the artifact, if the cache has it. */
    Optional<Path> find(String sha256);

    /** Adds a file under its content's digest (hashed again by the cache) and returns the digest. */
    String add(Path file) throws IOException;

    /** The digest an artifact is named by: its file's SHA-256 as lower-case hex, read in chunks (artifacts are large). */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (String) Digests.sha256AndSize(in)[0];
        }
    }
}
