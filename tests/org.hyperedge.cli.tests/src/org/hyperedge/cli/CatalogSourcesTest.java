package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog to subscribe to: a publisher signs an index of its releases ({@code catalog publish}), a master
 * subscribes to it trusting the publisher's fingerprint ({@code catalog add-source}) and brings its new releases in
 * ({@code catalog update}); an index that is unsigned, altered or signed by another key changes nothing.
 */
class CatalogSourcesTest {

    @TempDir
    Path temp;

    private PublishedCatalog acme;

    @BeforeEach
    void publisher() {
        acme = new PublishedCatalog(temp);
    }

    @Test
    void aPublishedCatalogIsSubscribedToAndItsNewReleasesComeInMarkedWithTheirSource() throws IOException {
        // given a publisher's catalog of a new release and a new version of a built-in one
        String publisher = acme.publish("acme-key");

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
        subscribe(acme.publish("acme-key"));
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
        CliRun published = CliRun.inProcess(publisherData, "catalog", "publish", acme.releases().toString(), "--out",
                index().toString());
        CliRun identity = CliRun.inProcess(publisherData, "site", "identity");

        assertEquals(Main.OK, published.code(), published.err());
        assertTrue(identity.out().contains(PublishedCatalog.fingerprint(published)), identity.out() + published.out());
    }

    @Test
    void anUnsignedIndexIsRefusedAndNothingIsAdded() throws IOException {
        String publisher = acme.publish("acme-key");
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
        subscribe(acme.publish("acme-key"));
        acme.alterStaticWebAfterSigning();

        // when it is updated
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        // then the whole index is refused, its intact release included
        PublishedCatalog.assertRefusedAsAlteredAndNothingImported(update, catalog);
    }

    @Test
    void anIndexEditedToListAnAlteredDescriptorNoLongerMatchesItsSignature() throws IOException {
        // given a subscribed source whose descriptor is altered and the index edited to list the new digest
        subscribe(acme.publish("acme-key"));
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
        String trusted = acme.publish("acme-key");
        String other = acme.publish("mallory-key");

        CliRun addedForOther = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", trusted,
                "--name", "acme");
        // the index re-published by the trusted key, subscribed, then replaced by the other's
        acme.publish("acme-key");
        subscribe(trusted);
        acme.publish("mallory-key");
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
        subscribe(acme.publish("acme-key"));

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acne");

        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains("no catalog source is named 'acne'; the sources are: acme"), update.err());
    }

    @Test
    void aMissingDirectoryIsRefusedAsASourceAndWhenItIsGoneLater() throws IOException {
        CliRun missing = CliRun.inProcess(data(), "catalog", "add-source", temp.resolve("nowhere").toString(), "--trust",
                "0".repeat(64));
        subscribe(acme.publish("acme-key"));
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
        return acme.index();
    }

    private void subscribe(String publisher) {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", index().toString(), "--trust", publisher,
                "--name", "acme");
        assertEquals(Main.OK, added.code(), added.err());
    }
}
