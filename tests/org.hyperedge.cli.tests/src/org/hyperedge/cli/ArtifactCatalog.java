package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A publisher's catalog whose release needs an artifact: {@code acme:greeter}, a release directory holding its
 * descriptor and {@code greeting.txt}, which the install copies into the release's software directory and the
 * running process copies into its partition, where its promise reads it. Published under {@code temp/index}.
 */
final class ArtifactCatalog {

    static final String GREETING = "hello from acme's artifact\n";
    static final String ID = "acme:greeter";

    private final Path temp;

    ArtifactCatalog(Path temp) {
        this.temp = temp;
    }

    Path index() {
        return temp.resolve("index");
    }

    /** The published artifact's file in the index directory. */
    Path publishedArtifact() {
        return index().resolve("artifacts").resolve(sha256(GREETING));
    }

    /** The release directory: descriptor and artifact file side by side. */
    Path releases() throws IOException {
        Path releases = temp.resolve("releases");
        Files.createDirectories(releases.resolve("greeter"));
        Files.writeString(releases.resolve("greeter/greeting.txt"), GREETING);
        Files.writeString(releases.resolve("greeter/release.json"), descriptor(GREETING));
        return releases;
    }

    /** The descriptor naming {@code greeting.txt} by the digest and size of {@code content}. */
    static String descriptor(String content) {
        return """
                { "id": "acme:greeter", "name": "Greeter", "version": "1.0",
                  "description": "a process that greets with the text of its artifact",
                  "artifacts": [ { "name": "greeting.txt", "sha256": "%s", "size": %d } ],
                  "requires": ["sh", "grep"],
                  "install": [ { "kind": "copy", "artifact": "greeting.txt" } ],
                  "types": { "default": { "description": "one process",
                    "processes": [ { "name": "greet", "command": ["sh", "-c",
                      "cp \\"$0/greeting.txt\\" \\"$1/greeting.txt\\" && exec sleep 3600", "${software}", "${partition}"] } ],
                    "promises": [ { "name": "greeted", "kind": "command", "period": 1, "timeout": 1,
                      "target": "grep -q 'hello from acme' ${partition}/greeting.txt" } ] } } }
                """.formatted(sha256(content), content.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Publishes with the key kept in {@code key}; the publisher's fingerprint. */
    String publish(String key, String... more) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("catalog", "publish",
                releases().toString(), "--out", index().toString(), "--key", temp.resolve(key).toString()));
        args.addAll(java.util.List.of(more));
        CliRun published = CliRun.inProcess(temp.resolve("publisher"), args.toArray(String[]::new));
        assertEquals(Main.OK, published.code(), published.err());
        return PublishedCatalog.fingerprint(published);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
