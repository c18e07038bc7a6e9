package org.hyperedge.agent.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.hyperedge.agent.pairing.PairingRefusedException;
import org.hyperedge.agent.software.ArtifactRefusedException;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * The node API of DESIGN.md over HTTPS with mutual TLS. Every client must present a certificate; the
 * handshake accepts any, and each request is then served only to the pinned master ({@code /v1/pair}
 * alone is open, and only while the node is unpaired). Errors are JSON: {@code {"error": "..."}}.
 */
public final class ApiServer implements AutoCloseable {

    static {
        // The JDK server leaves Nagle's algorithm on; with TLS records and the client's delayed ACKs that costs
        // 40 ms on many answers. Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern ARTIFACT = Pattern.compile("/v1/artifacts/([^/]+)");
    private static final Pattern LOG = Pattern.compile("/v1/partitions/([^/]+)/log");

    private final NodeService node;
    private final HttpsServer server;
    private final ExecutorService executor;

    public ApiServer(NodeService node, SSLContext tls, String host, int port) throws IOException {
        this.node = node;
        this.server = HttpsServer.create(new InetSocketAddress(host, port), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                ssl.setProtocols(new String[] { "TLSv1.3" });
                parameters.setSSLParameters(ssl);
            }
        });
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "hyperedge-agent-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String peer = peerFingerprint(exchange);
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if ("/v1/pair".equals(path) && "POST".equals(method)) {
                pair(exchange, peer);
                return;
            }
            if (!node.pairing().isPinned(peer)) {
                throw new ApiException(403, node.pairing().pinnedMaster().isEmpty()
                        ? "refused: this node is not paired yet (pair it with its pairing code first)"
                        : "refused: certificate " + Fingerprints.shortForm(peer) + " is not the paired master's");
            }
            route(exchange, method, path);
        } catch (ApiException e) {
            Exchanges.error(exchange, e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            Exchanges.error(exchange, 400, e.getMessage());
        } catch (RuntimeException e) {
            Exchanges.error(exchange, 500, "agent error: " + e);
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException, ApiException {
        Matcher artifact = ARTIFACT.matcher(path);
        Matcher log = LOG.matcher(path);
        if ("/v1/node".equals(path)) {
            expect(method, "GET");
            Exchanges.json(exchange, 200, node.nodeInfo());
        } else if ("/v1/desired".equals(path)) {
            expect(method, "PUT");
            byte[] document = Exchanges.body(exchange, DesiredStateCodec.MAX_BYTES, "desired state");
            long generation = node.acceptDesired(document);
            Exchanges.json(exchange, 200, ("{\"generation\":" + generation + "}").getBytes(StandardCharsets.US_ASCII));
        } else if (artifact.matches()) {
            expect(method, "PUT");
            putArtifact(exchange, java.net.URLDecoder.decode(artifact.group(1), StandardCharsets.UTF_8));
        } else if ("/v1/reports".equals(path)) {
            expect(method, "GET");
            Map<String, String> query = Exchanges.query(exchange);
            long after = Exchanges.number(query, "after", 0, 0, Long.MAX_VALUE);
            int max = (int) Exchanges.number(query, "max", 1_000, 1, ReportCodec.MAX_PAGE);
            Exchanges.json(exchange, 200, node.reports(after, max));
        } else if ("/v1/reports/ack".equals(path)) {
            expect(method, "POST");
            ReportCodec.Acknowledgement ack = ReportCodec.readAcknowledgement(
                    Exchanges.body(exchange, ReportCodec.MAX_ACK_BYTES, "acknowledgement"));
            if (!node.acknowledge(ack.seq(), ack.epoch())) {
                throw new ApiException(409, "the acknowledgement is for journal epoch " + ack.epoch() + ", which this "
                        + "node's report journal is not (it was reset since): read its reports again");
            }
            Exchanges.json(exchange, 200, ReportCodec.ack(ack.seq(), ack.epoch()));
        } else if (log.matches()) {
            expect(method, "GET");
            Map<String, String> query = Exchanges.query(exchange);
            int tail = (int) Exchanges.number(query, "tail", 100, 1, 10_000);
            String partition = java.net.URLDecoder.decode(log.group(1), StandardCharsets.UTF_8);
            Exchanges.text(exchange, 200, node.log(partition, query.get("process"), query.get("file"), tail));
        } else {
            throw new ApiException(404, "no such resource: " + method + " " + path);
        }
    }

    private void pair(HttpExchange exchange, String peer) throws IOException, ApiException {
        JsonNode request;
        try {
            request = ReportCodec.JSON.readTree(Exchanges.body(exchange, 4_096, "pairing request"));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ApiException(400, "pairing request is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            node.pairing().pair(request == null ? null : request.path("secret").asText(null), peer);
        } catch (PairingRefusedException e) {
            throw new ApiException(e.status(), e.getMessage());
        }
        Exchanges.json(exchange, 200, node.nodeInfo());
    }

    private void putArtifact(HttpExchange exchange, String sha256) throws IOException, ApiException {
        try (InputStream body = exchange.getRequestBody()) {
            node.putArtifact(sha256, body);
        } catch (ArtifactRefusedException e) {
            throw new ApiException(422, e.getMessage());
        }
        Exchanges.json(exchange, 201, ("{\"sha256\":\"" + sha256 + "\"}").getBytes(StandardCharsets.US_ASCII));
    }

    private static void expect(String method, String allowed) throws ApiException {
        if (!allowed.equals(method)) {
            throw new ApiException(405, "method " + method + " is not allowed here (use " + allowed + ")");
        }
    }

    private static String peerFingerprint(HttpExchange exchange) throws ApiException {
        try {
            Certificate[] chain = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
            return Fingerprints.sha256((X509Certificate) chain[0]);
        } catch (SSLPeerUnverifiedException | ClassCastException | ArrayIndexOutOfBoundsException e) {
            throw new ApiException(403, "refused: the client presented no certificate");
        }
    }
}
