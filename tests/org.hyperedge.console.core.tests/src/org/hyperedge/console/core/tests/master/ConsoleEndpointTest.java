package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.hyperedge.connector.MasterSite;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the console's master serves the HTTPS endpoint for nodes behind NAT when its preference says where, in
 * the console's own OSGi runtime (Jetty inside the connector bundle), with mutual TLS and the master's identity.
 */
class ConsoleEndpointTest {

    @TempDir
    Path temp;

    @Test
    void theEmbeddedMasterServesItsEndpointWithItsIdentityAndRefusesUnknownNodes() throws Exception {
        Path data = temp.resolve("data");
        try (EmbeddedMaster master = EmbeddedMaster.open(data)) {
            // when
            int port = master.listen("127.0.0.1:0");

            // then: a client that pins the master's certificate reaches it, and a certificate of no node is refused
            HttpClient stranger = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(TlsIdentity.loadOrCreate(temp.resolve("stranger"), "stranger")
                            .sslContext(PinnedTrustManager.pinned(MasterSite.identity(data).fingerprint())))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> answer = stranger.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port
                    + "/v1/dial/poll")).header("HyperEdge-Session", "console-test-1").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode());
            assertTrue(answer.body().contains("not an enrolled node"), answer.body());
        }
    }

    @Test
    void anEndpointAddressThatIsNotHostAndPortIsRefusedNamingIt() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(temp.resolve("data"))) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> master.listen("8443"));
            assertTrue(refused.getMessage().contains("'8443' is not HOST:PORT"), refused.getMessage());
        }
    }
}
