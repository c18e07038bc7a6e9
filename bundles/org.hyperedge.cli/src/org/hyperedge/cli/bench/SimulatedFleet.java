package org.hyperedge.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLParameters;

import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * Many simulated nodes behind one HTTPS server: node {@code i} is the loopback address {@code 127.x.y.z}
 * (all of 127.0.0.0/8 reaches this machine), told apart by the address a connection arrived on. Each
 * speaks the real protocol with mutual TLS: it accepts desired states, answers every report request with
 * two new promise results and takes acknowledgements. Requests from anything but loopback are refused.
 */
final class SimulatedFleet implements AutoCloseable {

    private final HttpsServer server;
    private final Map<String, AtomicLong> lastSeq = new ConcurrentHashMap<>();
    private final String masterFingerprint;

    SimulatedFleet(TlsIdentity identity, String masterFingerprint, int port) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // as the agent's own server: no Nagle stalls
        // every simulated node keeps its one connection from the master open, as a real agent does
        System.setProperty("sun.net.httpserver.maxIdleConnections", "20000");
        System.setProperty("sun.net.httpserver.idleInterval", "600");
        this.masterFingerprint = masterFingerprint;
        server = HttpsServer.create(new InetSocketAddress("0.0.0.0", port), 1024);
        var tls = identity.sslContext(PinnedTrustManager.pinned(masterFingerprint));
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of simulated node {@code index} (0-based): 127.1.0.1, 127.1.0.2, ... */
    static String address(int index, int port) {
        int n = index + 1;
        return "127." + (1 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256) + ":" + port;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getLocalAddress().getAddress().isLoopbackAddress()) {
            reply(exchange, 403, "{\"error\":\"loopback only\"}");
            return;
        }
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        String node = exchange.getLocalAddress().getAddress().getHostAddress();
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/v1/desired" -> reply(exchange, 200, "{\"generation\":1}");
            case "/v1/reports/ack" -> reply(exchange, 200, "{}");
            case "/v1/reports" -> {
                long after = Long.parseLong(exchange.getRequestURI().getQuery().replaceAll(".*after=(\\d+).*", "$1"));
                AtomicLong last = lastSeq.computeIfAbsent(node, n -> new AtomicLong());
                long from = Math.max(after, 0) + 1;
                last.set(Math.max(last.get(), from + 1));
                List<ReportEvent> events = new ArrayList<>();
                for (long seq = from; seq <= from + 1; seq++) {
                    events.add(new ReportEvent(seq, Instant.now(), Kind.PROMISE, "p000", 0, ReportCodec.JSON.createObjectNode()
                            .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
                }
                reply(exchange, 200, new String(ReportCodec.page(nodeName(node), events, last.get()), StandardCharsets.UTF_8));
            }
            default -> reply(exchange, 404, "{\"error\":\"no such resource\"}");
        }
    }

    /** The node id a simulated address registers as. */
    static String nodeName(String ip) {
        return "sim-" + ip.replace('.', '-');
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    String masterFingerprint() {
        return masterFingerprint;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
