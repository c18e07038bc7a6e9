package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master as a service publishes its endpoint's fingerprint ({@code master --publish DIR}) and promises that its
 * endpoint shows that certificate ({@link EndpointProbe}): an endpoint showing another certificate, or none, breaks it.
 */
class EndpointProbeTest {

    @TempDir
    Path dir;

    @Test
    void theProbePassesForThePublishedCertificateAndFailsForAnother() throws Exception {
        // given: an endpoint showing identity A's certificate
        TlsIdentity shown = TlsIdentity.loadOrCreate(dir.resolve("a"), "a");
        TlsIdentity other = TlsIdentity.loadOrCreate(dir.resolve("b"), "b");
        try (SSLServerSocket endpoint = endpoint(shown)) {
            String address = "127.0.0.1:" + endpoint.getLocalPort();

            // when / then: A's fingerprint published keeps the promise, B's (an impostor's endpoint, seen the other way) breaks it
            assertNull(EndpointProbe.failure(address, Files.writeString(dir.resolve("fp-a"), shown.fingerprint() + "\n")));
            String failure = EndpointProbe.failure(address, Files.writeString(dir.resolve("fp-b"), other.fingerprint()));
            assertTrue(failure.contains("not the published"), failure);
        }
    }

    @Test
    void noEndpointOrNoPublishedFingerprintBreaksThePromiseSayingWhich() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path fingerprint = Files.writeString(dir.resolve("fp"), "0".repeat(64));

        assertTrue(EndpointProbe.failure("127.0.0.1:" + closedPort, fingerprint).startsWith("no TLS answer at"));
        assertTrue(EndpointProbe.failure("127.0.0.1:" + closedPort, dir.resolve("none")).startsWith("no fingerprint published yet"));
    }

    @Test
    void publishWithoutAnEndpointIsRefusedNamingWhatItNeeds() {
        CliRun run = CliRun.inProcess(dir.resolve("data"), "master", "--publish", dir.resolve("published").toString());

        assertEquals(Main.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--publish DIR writes the endpoint's url and fingerprint: it needs --listen HOST:PORT"),
                run.err());
    }

    /** A TLS endpoint on loopback showing the identity's certificate to every client, in a thread of its own. */
    private static SSLServerSocket endpoint(TlsIdentity identity) throws Exception {
        X509TrustManager anyClient = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLServerSocket server = (SSLServerSocket) identity.sslContext(anyClient).getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (SSLSocket client = (SSLSocket) server.accept()) {
                    client.startHandshake();
                } catch (Exception e) {
                    // the probe hangs up after the handshake, or the server closed
                }
            }
        }, "test-endpoint");
        serving.setDaemon(true);
        serving.start();
        return server;
    }
}
