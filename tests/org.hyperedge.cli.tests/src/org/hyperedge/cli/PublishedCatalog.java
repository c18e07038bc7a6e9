package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A publisher's signed catalog for the catalog-source tests, whether a master reads it from a directory or over
 * HTTPS: a new release ({@code acme:hello}) and a new version of the built-in static-web, published into
 * {@link #index()} under {@code temp}, and a descriptor altered after signing, which must change nothing.
 */
final class PublishedCatalog {

    private static final Pattern FINGERPRINT = Pattern.compile("publisher fingerprint: ([0-9a-f]{64})");

    private final Path temp;

    PublishedCatalog(Path temp) {
        this.temp = temp;
    }

    /** Where the signed index, its signature and the release files are published. */
    Path index() {
        return temp.resolve("index");
    }

    /** Publishes the releases into {@link #index()}, signed with the key kept in {@code key}; its fingerprint. */
    String publish(String key) throws IOException {
        CliRun published = CliRun.inProcess(temp.resolve("publisher"), "catalog", "publish", releases().toString(),
                "--out", index().toString(), "--key", temp.resolve(key).toString());
        assertEquals(Main.OK, published.code(), published.err());
        return fingerprint(published);
    }

    /** The publisher fingerprint {@code catalog publish} printed. */
    static String fingerprint(CliRun published) {
        Matcher matcher = FINGERPRINT.matcher(published.out());
        assertTrue(matcher.find(), published.out());
        return matcher.group(1);
    }

    /** The published static-web descriptor changed where it lies, after it was signed: its digest no longer holds. */
    void alterStaticWebAfterSigning() throws IOException {
        Path altered;
        try (Stream<Path> files = Files.list(index().resolve("releases"))) {
            altered = files.filter(file -> file.toString().contains("static-web")).findFirst().orElseThrow();
        }
        Files.writeString(altered, Files.readString(altered).replace("python3", "sh"));
    }

    /**
     * The update of a source whose static-web was altered was refused naming that file, and the catalog listing
     * ({@code catalog}) holds no release of the source: the intact hello release came in no more than the altered one.
     */
    static void assertRefusedAsAlteredAndNothingImported(CliRun update, CliRun catalog) {
        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("(release acme:static-web@1.1) has SHA-256 "), update.err());
        assertTrue(update.err().contains("the file was altered after publishing; nothing was changed"), update.err());
        assertFalse(catalog.out().contains("acme:"), catalog.out());
    }

    /** A new release and a new version of the built-in static-web, as a publisher would ship them. */
    Path releases() throws IOException {
        Path releases = temp.resolve("releases");
        Files.createDirectories(releases.resolve("static-web"));
        Files.writeString(releases.resolve("hello.json"), """
                { "id": "acme:hello", "name": "Hello", "version": "1.0", "description": "a process that waits",
                  "types": { "default": { "description": "one process",
                    "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
                """);
        Files.writeString(releases.resolve("static-web/release.json"), """
                { "id": "acme:static-web@1.1", "name": "Static web server", "version": "1.1",
                  "description": "static-web 1.1: the same server, its parameters in a file of their own",
                  "requires": ["python3"],
                  "types": { "default": { "description": "one site", "parameters": "input-schema.json",
                    "ports": ["http"],
                    "processes": [ { "name": "http", "command": ["python3", "-m", "http.server", "${port.http}",
                      "--bind", "${ip}"] } ],
                    "connection": { "url": "http://${ip}:${port.http}/" } } } }
                """);
        Files.writeString(releases.resolve("static-web/input-schema.json"), """
                { "type": "object", "properties": { "title": { "type": "string", "maxLength": 200 } } }
                """);
        Files.writeString(releases.resolve("notes.txt"), "not a release: publish leaves it out");
        return releases;
    }
}
