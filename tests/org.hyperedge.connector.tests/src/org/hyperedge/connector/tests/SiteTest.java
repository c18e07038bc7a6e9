package org.hyperedge.connector.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test with a site of its own in a temporary directory (a master, its connector, the agents it starts), closed
 * after each test. A subclass opens it in its own {@code @BeforeEach}, once it has assumed the host programs it needs.
 */
abstract class SiteTest {

    @TempDir
    Path dir;
    TestSite site;

    @AfterEach
    void stopSite() throws Exception {
        if (site != null) {
            site.close();
        }
    }
}
