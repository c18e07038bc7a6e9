package org.hyperedge.agent.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ${published.NAME}}: what a service wrote into its partition's {@code published/}, read by the root agent.
 * The partition is the tenant's, so the attacks are the tenant's: a link to a file only root may read, a FIFO that
 * would hold the agent's read, content that is no value.
 */
class PublishedValuesTest {

    @TempDir
    Path root;
    Path partition;
    PublishedValues published;

    @BeforeEach
    void partition() throws Exception {
        partition = Files.createDirectories(root.resolve("slappart0"));
        published = new PublishedValues(partition);
    }

    @Test
    void aValueIsEmptyUntilTheServicePublishesItAndThenItsLine() throws Exception {
        TemplateRenderer renderer = new TemplateRenderer("10.0.0.5", partition.toString(), "/srv", Map.of(),
                new ObjectMapper().createObjectNode(), name -> null, published::get);
        assertEquals("fp=", renderer.render("fp=${published.fingerprint}"));

        Files.createDirectories(partition.resolve("published"));
        Files.writeString(partition.resolve("published/fingerprint"), "0a1b2c\n");

        assertEquals("fp=0a1b2c", renderer.render("fp=${published.fingerprint}"));
        assertNull(published.get("../etc"), "a name that is no plain name is unknown, never a path");
    }

    @Test
    void aLinkToAFileOnlyRootReadsIsNotFollowed() throws Exception {
        Path rootsOnly = Files.writeString(root.resolve("shadow"), "root-secret\n");
        Files.createDirectories(partition.resolve("published"));
        Files.createSymbolicLink(partition.resolve("published/fingerprint"), rootsOnly);

        assertEquals("", published.get("fingerprint"));
    }

    @Test
    void aPublishedDirectoryThatIsALinkIsNotFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("fingerprint"), "not-the-tenants\n");
        Files.createSymbolicLink(partition.resolve("published"), elsewhere);

        assertEquals("", published.get("fingerprint"));
    }

    @Test
    void aFifoInPlaceOfAValueDoesNotHoldTheAgent() throws Exception {
        Files.createDirectories(partition.resolve("published"));
        Process mkfifo = new ProcessBuilder("mkfifo", partition.resolve("published/fingerprint").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals("", published.get("fingerprint")));
    }

    @Test
    void contentThatIsNotOneShortLineOfPrintableTextIsNotPublished() throws Exception {
        Files.createDirectories(partition.resolve("published"));
        Files.writeString(partition.resolve("published/url"), "https://a\nhttps://b\n");
        Files.writeString(partition.resolve("published/big"), "x".repeat(2000));
        Files.write(partition.resolve("published/bytes"), new byte[] { 'o', 'k', (byte) 0xc3, (byte) 0xa9 });

        assertEquals("", published.get("url"));
        assertEquals("", published.get("big"));
        assertEquals("", published.get("bytes"));
    }
}
