package org.hyperedge.agent.runtime;

import static org.hyperedge.agent.testing.ReportStream.instance;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters that are markup, sent straight to a real agent (as a master that checked nothing would): the static
 * web server's page shows them as text. Its template escapes what it puts into HTML. It serves on its partition's
 * address only.
 */
class StaticWebEscapingTest {

    @TempDir
    Path dir;
    AgentHarness harness;

    @BeforeEach
    void startAgent() throws Exception {
        harness = AgentHarness.start(dir, TlsIdentity.loadOrCreate(dir.resolve("master"), "test-master"));
    }

    @AfterEach
    void stopAgent() throws Exception {
        harness.close();
    }

    @Test
    void markupInTheTitleAndTheUrlsIsServedAsTextNotRunAsScript() throws Exception {
        String web = harness.release("static-web");

        harness.desired(1, harness.partition(0, 1601, web, "started", AgentHarness.parameters(
                "title", "<script>alert('title')</script>",
                "database-url", "jdbc:h2:tcp://db/x?a=1&b=<img src=x onerror=alert(1)>",
                "broker-url", "mqtt://broker:1883",
                "link-url", "\"><script>alert('link')</script>")));

        ReportEvent started = harness.reports.await(Duration.ofSeconds(30), instance("p000", "started", true), "web healthy");
        String page = get(started.data().path("connection").path("url").asText());
        assertFalse(page.contains("<script>") || page.contains("<img"), "the page runs what a parameter said: " + page);
        assertTrue(page.contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</h1>"), page);
        assertTrue(page.contains("a=1&amp;b=&lt;img src=x onerror=alert(1)&gt;"), page);
        assertTrue(page.contains("<a href=\"&quot;&gt;&lt;script&gt;alert(&#39;link&#39;)&lt;/script&gt;\">"), page);
        int port = URI.create(started.data().path("connection").path("url").asText()).getPort();
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", port), 2_000);
            }
        }, "the web server answers on another address than its partition's");
    }

    private static String get(String url) throws Exception {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
