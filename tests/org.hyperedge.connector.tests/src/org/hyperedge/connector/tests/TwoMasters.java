package org.hyperedge.connector.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.EndpointSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federation tests' two masters (issue 20): A, which delegates, and B, which serves, each a {@link TestSite} with
 * its own H2 store, identity and HTTPS endpoint, B's listening on loopback at {@link #urlOfB}. Each test starts the
 * syncs itself ({@link #syncEvery}), at the period it needs.
 */
abstract class TwoMasters {

    @TempDir
    Path dir;
    TestSite a;
    TestSite b;
    String urlOfB;
    int portOfB;

    @BeforeEach
    void startMasters() throws Exception {
        // the agents' partition users enter their data directories through this one
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        a = new TestSite(dir.resolve("a"));
        b = new TestSite(dir.resolve("b"));
        portOfB = b.connector.listen(EndpointSettings.listen("127.0.0.1", 0));
        urlOfB = "https://127.0.0.1:" + portOfB;
    }

    @AfterEach
    void stopMasters() throws Exception {
        a.close();
        b.close();
    }

    /** A federates B as site {@code B}, with an invitation code B printed a moment ago. */
    void aFederatesB() throws AdoptionException {
        a.connector.federate("B", urlOfB, b.identity.fingerprint(), b.master.federationInvites()
                .issue(Duration.ofHours(1)).code(), "A");
    }

    /** Both masters sync their nodes and federated sites every {@code period}. */
    void syncEvery(Duration period) {
        a.connector.start(period);
        b.connector.start(period);
    }

    /** B's master, whose connector was closed, comes back with a new connector on the address A knows it by. */
    void bBackOnItsAddress() throws Exception {
        b.reconnect();
        b.connector.listen(EndpointSettings.listen("127.0.0.1", portOfB));
    }
}
