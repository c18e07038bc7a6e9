package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hyperedge.connector.ArtifactCache;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master's software cache starts with the H2 jar the master runs its own database on, which the connector gets
 * from the master ({@link Master#h2Jar()}) without depending on the database driver itself.
 */
class MasterSiteTest {

    @Test
    void aNewSoftwareCacheHoldsTheH2JarTheMasterRunsOn(@TempDir Path data) throws Exception {
        Path h2 = Master.h2Jar().orElseThrow(() -> new AssertionError("the master does not run from an H2 jar"));

        ArtifactCache cache = MasterSite.artifacts(data);

        Path cached = cache.find(MasterSite.H2_SHA256)
                .orElseThrow(() -> new AssertionError("no " + MasterSite.H2_SHA256 + " in the cache from " + h2));
        assertTrue(h2.getFileName().toString().endsWith(".jar"), h2.toString());
        assertArrayEquals(Files.readAllBytes(h2), Files.readAllBytes(cached));
    }
}
