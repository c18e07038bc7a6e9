package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog source over HTTPS: the index, its signature and its release files come from a real HTTPS server with a
 * self-signed certificate, and are verified exactly as a directory's are before anything is imported. What the
 * server does wrong (an altered file, no answer, too much, too little, an error status) is refused naming the URL.
 */
class CatalogSourceOverHttpsTest {

    @TempDir
    Path temp;

    private PublishedCatalog acme;
    private CatalogHttpsServer server;

    @BeforeEach
    void publisher() {
        acme = new PublishedCatalog(temp);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCatalogServedOverHttpsIsSubscribedToAndItsReleasesComeIn() throws IOException {
        // given a publisher's signed index served over HTTPS with a self-signed certificate
        String publisher = publishAndServe();

        // when a master subscribes to its URL and updates
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", server.url(), "--trust", publisher);
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        // then its releases come in, marked with the source named after the URL
        assertEquals(Main.OK, added.code(), added.err());
        assertTrue(added.out().contains("added catalog source acme: " + server.url()), added.out());
        assertEquals(Main.OK, update.code(), update.err());
        assertTrue(update.out().contains("added acme:hello (Hello 1.0) from acme"), update.out());
        assertTrue(update.out().contains("acme: 2 added, 0 already in the catalog (unchanged)"), update.out());
        assertTrue(Pattern.compile("acme:hello\\s+1\\.0\\s+default\\s+acme\\s+Hello").matcher(catalog.out()).find(),
                catalog.out());
        assertTrue(sources.out().contains(server.url()) && sources.out().contains(publisher), sources.out());
    }

    @Test
    void aReleaseFileAlteredOnTheServerIsRefusedNamingItAndNothingIsImported() throws IOException {
        // given a subscribed HTTPS source whose static-web descriptor is altered on the server after signing
        String publisher = publishAndServe();
        subscribe(publisher);
        acme.alterStaticWebAfterSigning();

        // when it is updated
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        // then the whole index is refused, the intact hello release included
        PublishedCatalog.assertRefusedAsAlteredAndNothingImported(update, catalog);
        assertTrue(update.err().contains("catalog source acme is refused: releases/"), update.err());
    }

    @Test
    void anUnreachableUrlIsRefusedNamingItAndNoSourceIsRecorded() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "https://127.0.0.1:" + closedPort + "/acme";

        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", url, "--trust", "0".repeat(64));
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains("cannot reach " + url + "/catalog-index.json"), added.err());
        assertTrue(added.err().endsWith("nothing was changed\n") || added.err().contains("nothing was changed"),
                added.err());
        assertFalse(sources.out().contains(url), sources.out());
    }

    @Test
    void anOversizedAnswerIsRefusedWithoutReadingItWhole() throws IOException {
        // given a server that answers the index with 8 MiB, twice what an index may be
        String publisher = publishAndServe();
        server.fault("catalog-index.json", CatalogHttpsServer.Fault.OVERSIZED);

        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", server.url(), "--trust", publisher);

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains(server.url() + "/catalog-index.json answered more than 4194304 bytes"),
                added.err());
    }

    @Test
    void anAnswerCutShortIsRefusedAsTruncated() throws IOException {
        String publisher = publishAndServe();
        subscribe(publisher);
        server.fault("catalog-index.sig", CatalogHttpsServer.Fault.TRUNCATED);

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "acme");

        assertEquals(Main.REFUSED, update.code());
        assertTrue(update.err().contains(server.url() + "/catalog-index.sig"), update.err());
        assertTrue(update.err().contains("truncated"), update.err());
    }

    @Test
    void anErrorStatusIsRefusedNamingTheUrlAndTheStatus() throws IOException {
        String publisher = publishAndServe();
        server.fault("catalog-index.json", CatalogHttpsServer.Fault.SERVER_ERROR);

        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", server.url(), "--trust", publisher);

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains(server.url() + "/catalog-index.json answered HTTP 500 (expected 200)"),
                added.err());
    }

    @Test
    void aMissingIndexOnTheServerIsRefusedAsNoPublishedCatalog() throws IOException {
        String publisher = publishAndServe();
        Files.delete(index().resolve("catalog-index.sig"));

        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", server.url(), "--trust", publisher);

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains("the catalog index in " + server.url() + " is not signed"), added.err());
    }

    @Test
    void plainHttpIsRefusedSayingWhy() {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", "http://127.0.0.1:1/acme", "--trust",
                "0".repeat(64));

        assertEquals(Main.REFUSED, added.code());
        assertTrue(added.err().contains("plain http is refused"), added.err());
        assertTrue(added.err().contains("serve it over https://"), added.err());
    }

    private Path data() {
        return temp.resolve("data");
    }

    private Path index() {
        return acme.index();
    }

    /** Publishes the test releases into {@link #index()}, serves them over HTTPS; the publisher's fingerprint. */
    private String publishAndServe() throws IOException {
        String publisher = acme.publish("acme-key");
        server = new CatalogHttpsServer(index(), temp.resolve("server-key"));
        return publisher;
    }

    private void subscribe(String publisher) {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", server.url(), "--trust", publisher);
        assertEquals(Main.OK, added.code(), added.err());
    }
}
