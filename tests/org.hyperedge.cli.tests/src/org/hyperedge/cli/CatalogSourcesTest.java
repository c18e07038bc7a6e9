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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog to subscribe to: a publisher signs an index of its releases ({@code catalog publish}), a master
 * subscribes to it trusting the publisher's fingerprint ({@code catalog add-source}) and brings its new releases in
 * ({@code catalog update}); an index that is unsigned, altered or signed by another key changes nothing.
 */
class CatalogSourcesTest {

    private static final Pattern FINGERPRINT = Pattern.compile("publisher fingerprint: ([0-9a-f]{64})");

    @TempDir
    Path temp;

    @Test
    void aPublishedCatalogIsSubscribedToAndItsNewReleasesComeInMarkedWithTheirSource() throws IOException {
        // given a publisher's catalog of a new release and a new version of a built-in one
        Path releases = releases();
        CliRun published = CliRun.inProcess(temp.resolve("publisher"), "catalog", "publish", releases.toString(),
                "--out", index().toString(), "--key", temp.resolve("acme-key").toString());
        assertEquals(Main.OK, published.code(), published.err());
        String publisher = fingerprint(published);

        // when the master subscribes to it and updates twice
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", publisher,
                "--name", "acme");
        CliRun first = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun second = CliRun.inProcess(data(), "catalog", "update");
        CliRun catalog = CliRun.inProcess(data(), "catalog");
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        // then the releases are added once, each listed with where it came from
        assertEquals(Main.OK, added.code(), added.err());
        assertEquals(Main.OK, first.code(), first.err());
        assertTrue(first.out().contains("added acme:hello (Hello 1.0) from acme"), first.out());
        assertTrue(first.out().contains("added acme:static-web@1.1 (Static web server 1.1) from acme"), first.out());
        assertTrue(first.out().contains("acme: 2 added, 0 already in the catalog (unchanged)"), first.out());
        assertEquals(Main.OK, second.code(), second.err());
        assertTrue(second.out().contains("acme: 0 added, 2 already in the catalog (unchanged)"), second.out());
        assertTrue(Pattern.compile("acme:hello\\s+1\\.0\\s+default\\s+acme\\s+Hello").matcher(catalog.out()).find(),
                catalog.out());
        assertTrue(Pattern.compile("acme:static-web@1\\.1\\s+1\\.1\\s+default\\s+acme\\s").matcher(catalog.out()).find(),
                catalog.out());
        assertTrue(Pattern.compile("builtin:static-web\\s+1\\.0\\s+default\\s+builtin\\s").matcher(catalog.out()).find(),
                catalog.out());
        assertTrue(sources.out().contains("acme") && sources.out().contains(publisher), sources.out());
    }

    @Test
    void theReleasesOfASourceAreRequestedAsAnyOther() throws IOException {
        // given the new version of static-web from a subscribed catalog, beside the built-in 1.0
        subscribe(published("acme-key"));
        CliRun.inProcess(data(), "catalog", "update", "acme");

        // when a site is requested on 1.0, then on 1.1 from the source
        CliRun old = CliRun.inProcess(data(), "request", "builtin:static-web", "site");
        CliRun upgraded = CliRun.inProcess(data(), "request", "acme:static-web@1.1", "site");
        CliRun status = CliRun.inProcess(data(), "status");

        // then the request path treats it as the newer version of the same release
        assertEquals(Main.OK, old.code(), old.err());
        assertEquals(Main.OK, upgraded.code(), upgraded.err());
        assertTrue(Pattern.compile("site\\s+acme:static-web@1\\.1\\s+1\\.1").matcher(status.out()).find(), status.out());
    }

    @Test
    void aMasterPublishesWithItsOwnIdentityWhenNoKeyIsGiven() throws IOException {
        Path publisherData = temp.resolve("publisher");
        CliRun published = CliRun.inProcess(publisherData, "catalog", "publish", releases().toString(), "--out",
                index().toString());
        CliRun identity = CliRun.inProcess(publisherData, "site", "identity");

        assertEquals(Main.OK, published.code(), published.err());
        assertTrue(identity.out().contains(fingerprint(published)), identity.out() + published.out());
    }

    @Test
    void anUnsignedIndexIsRefusedAndNothingIsAdded() throws IOException {
        String publisher = published("acme-key");
        Files.delete(index().resolve("catalog-index.sig"));

        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", publisher);
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains("is not signed (no catalog-index.sig): an unsigned index is refused"), added.err());
        assertFalse(sources.out().contains(index().toString()), sources.out());
    }

    @Test
    void aDescriptorAlteredAfterPublishingIsRefusedAndNoReleaseOfTheIndexIsImported() throws IOException {
        // given a subscribed source whose second release file is altered after it was signed
        subscribe(published("acme-key"));
        Path altered;
        try (Stream<Path> files = Files.list(index().resolve("releases"))) {
            altered = files.filter(file -> file.toString().contains("static-web")).findFirst().orElseThrow();
        }
        Files.writeString(altered, Files.readString(altered).replace("python3", "sh"));

        // when it is updated
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        // then the whole index is refused, its intact release included
        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("(release acme:static-web@1.1) has SHA-256 "), update.err());
        assertTrue(update.err().contains("the file was altered after publishing; nothing was changed"), update.err());
        assertFalse(catalog.out().contains("acme:"), catalog.out());
    }

    @Test
    void anIndexEditedToListAnAlteredDescriptorNoLongerMatchesItsSignature() throws IOException {
        // given a subscribed source whose descriptor is altered and the index edited to list the new digest
        subscribe(published("acme-key"));
        Path altered;
        try (Stream<Path> files = Files.list(index().resolve("releases"))) {
            altered = files.filter(file -> file.toString().contains("hello")).findFirst().orElseThrow();
        }
        String before = sha256(Files.readAllBytes(altered));
        Files.writeString(altered, Files.readString(altered).replace("sleep", "curl"));
        Path indexFile = index().resolve("catalog-index.json");
        Files.writeString(indexFile, Files.readString(indexFile).replace(before, sha256(Files.readAllBytes(altered))));

        // when it is updated
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        // then the signature gives it away
        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("does not match it: the index or its signature was altered after publisher"),
                update.err());
        assertFalse(catalog.out().contains("acme:"), catalog.out());
    }

    @Test
    void anIndexSignedByAnotherKeyThanTheTrustedOneIsRefused() throws IOException {
        // given a source trusted for one publisher, and an index signed by another
        String trusted = published("acme-key");
        String other = published("mallory-key");

        CliRun addedForOther = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", trusted,
                "--name", "acme");
        // the index re-published by the trusted key, subscribed, then replaced by the other's
        published("acme-key");
        subscribe(trusted);
        published("mallory-key");
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        assertEquals(Main.REFUSED, addedForOther.code());
        assertTrue(addedForOther.err().contains("is signed by publisher"), addedForOther.err());
        assertTrue(addedForOther.err().contains(other) && addedForOther.err().contains("not by the trusted publisher"),
                addedForOther.err());
        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("catalog source acme is refused: ")
                && update.err().contains("not by the trusted publisher"), update.err());
        assertFalse(catalog.out().contains("acme:"), catalog.out());
    }

    @Test
    void anUnknownSourceNameIsRefusedNamingTheSourcesThereAre() throws IOException {
        subscribe(published("acme-key"));

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acne");

        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("no catalog source is named 'acne'; the sources are: acme"), update.err());
    }

    @Test
    void aMissingDirectoryIsRefusedAsASourceAndWhenItIsGoneLater() throws IOException {
        CliRun missing = CliRun.inProcess(data(), "catalog", "add-source", temp.resolve("nowhere").toString(), "--trust",
                "0".repeat(64));
        subscribe(published("acme-key"));
        Files.move(index(), temp.resolve("moved"));
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        assertEquals(Main.REFUSED, missing.code());
        assertTrue(missing.err().contains("nowhere does not exist or is not a directory"), missing.err());
        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("does not exist or is not a directory"), update.err());
        assertFalse(sources.out().contains("nowhere"), sources.out());
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private Path data() {
        return temp.resolve("data");
    }

    private Path index() {
        return temp.resolve("index");
    }

    /** Publishes the test releases into {@link #index()} with the key in {@code key}; its fingerprint. */
    private String published(String key) throws IOException {
        CliRun published = CliRun.inProcess(temp.resolve("publisher"), "catalog", "publish", releases().toString(),
                "--out", index().toString(), "--key", temp.resolve(key).toString());
        assertEquals(Main.OK, published.code(), published.err());
        return fingerprint(published);
    }

    private void subscribe(String publisher) {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", publisher,
                "--name", "acme");
        assertEquals(Main.OK, added.code(), added.err());
    }

    private static String fingerprint(CliRun published) {
        Matcher matcher = FINGERPRINT.matcher(published.out());
        assertTrue(matcher.find(), published.out());
        return matcher.group(1);
    }

    /** A new release and a new version of the built-in static-web, as a publisher would ship them. */
    private Path releases() throws IOException {
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
