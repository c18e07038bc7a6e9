package org.hyperedge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code master --publish DIR}: the endpoint's URL and certificate fingerprint as two one-line files ({@code url},
 * {@code fingerprint}), written once the endpoint listens. A master run as a service ({@code builtin:hyperedge-master})
 * publishes them into its partition's {@code published/}, where its agent reads its connection values: the
 * fingerprint exists only once this master has made its identity, so no template could name it beforehand.
 */
final class EndpointPublication {

    static final String URL = "url";
    static final String FINGERPRINT = "fingerprint";

    private EndpointPublication() {
    }

    static void write(Path directory, String url, String fingerprint) throws IOException {
        Files.createDirectories(directory);
        // the fingerprint last: a reader that sees it sees the url of the same endpoint too
        replace(directory.resolve(URL), url);
        replace(directory.resolve(FINGERPRINT), fingerprint);
    }

    private static void replace(Path file, String line) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        Files.writeString(partial, line + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
