package org.hyperedge.agent.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.hyperedge.agent.pairing.PairingRefusedException;
import org.hyperedge.agent.software.ArtifactRefusedException;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The node API of DESIGN.md over HTTPS with mutual TLS, on a small HTTP/1.1 server of its own (one thread
 * per connection, see {@link ClientConnection}). Every client must present a certificate; the handshake
 * accepts any, and each request is then served only to the pinned master ({@code /v1/pair} alone is open,
 * and only while the node is unpaired). Connections that are not the paired master's are few, short and
 * bounded ({@link Admission}), so the master's syncs never wait behind them. Errors are JSON:
 * {@code {"error": "..."}}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Pattern ARTIFACT = Pattern.compile("/v1/artifacts/([^/]+)");
    private static final Pattern BACKUP = Pattern.compile("/v1/backups/([^/]+)");
    private static final Pattern LOG = Pattern.compile("/v1/partitions/([^/]+)/log");

    private final NodeService node;
    private final SSLContext tls;
    private final ServerSocket server;
    private final Admission admission = new Admission();
    private final ExecutorService connections;
    private final ScheduledExecutorService deadlines;
    private final Thread acceptor;
    private volatile boolean running = true;

    public ApiServer(NodeService node, SSLContext tls, String host, int port) throws IOException {
        this.node = node;
        this.tls = tls;
        this.server = new ServerSocket(port, 128, InetAddress.getByName(host));
        // a thread per connection, let go 2 s after its connection ends: a client that opens a connection per
        // request leaves no crowd of idle threads behind
        this.connections = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon("hyperedge-agent-api"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemon("hyperedge-agent-api-deadlines"));
        this.acceptor = daemon("hyperedge-agent-api-accept").newThread(this::accept);
    }

    public void start() {
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closed already
        }
        connections.shutdownNow();
        deadlines.shutdownNow();
    }

    private void accept() {
        while (running) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
                continue;
            }
            if (!admission.admit(socket.getInetAddress())) {
                // this client already holds its share of unidentified connections: no TLS, no thread
                try {
                    socket.close();
                } catch (IOException e) {
                    // gone already
                }
                continue;
            }
            try {
                connections.execute(new ClientConnection(socket, tls.getSocketFactory(), node.pairing(), this::handle,
                        admission, deadlines));
            } catch (RuntimeException rejected) {
                admission.release(socket.getInetAddress());
                try {
                    socket.close();
                } catch (IOException e) {
                    // gone already
                }
            }
        }
    }

    /** An answer to a request served in process. */
    public record Answer(int status, byte[] body) {
    }

    /**
     * Serves a request that came over the dial-in session to the master (issue 18) through the very routing and checks
     * a request on this agent's own port gets: {@code peer} is the certificate the session's connection presented,
     * served only if it is the pinned master's; bodies bounded as on the port.
     */
    public Answer serveInProcess(String method, String target, long length, InputStream body, String peer,
            InetAddress master) throws IOException {
        Exchange exchange = Exchange.inProcess(method, target, length, peer, master, body);
        handle(exchange, true);
        if (!exchange.answered()) {
            Exchanges.error(exchange, 500, "agent error: no answer to " + method + " " + target);
        }
        return new Answer(exchange.status(), exchange.content());
    }

    private void handle(Exchange exchange, boolean master) throws IOException {
        try {
            String peer = exchange.peer();
            String path = exchange.rawPath();
            String method = exchange.method();
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

    private void route(Exchange exchange, String method, String path) throws IOException, ApiException {
        Matcher artifact = ARTIFACT.matcher(path);
        Matcher log = LOG.matcher(path);
        Matcher backup = BACKUP.matcher(path);
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
        } else if (backup.matches()) {
            expect(method, "GET");
            java.nio.file.Path file;
            try {
                file = node.backup(java.net.URLDecoder.decode(backup.group(1), StandardCharsets.UTF_8))
                        .orElseThrow(() -> new ApiException(404, "this node holds no backup " + backup.group(1)));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, e.getMessage());
            }
            exchange.respondFile(200, "application/octet-stream", file);
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

    private void pair(Exchange exchange, String peer) throws IOException, ApiException {
        JsonNode request;
        try {
            request = ReportCodec.JSON.readTree(Exchanges.body(exchange, 4_096, "pairing request"));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ApiException(400, "pairing request is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            node.pairing().pair(request == null ? null : request.path("secret").asText(null), peer, exchange.client());
        } catch (PairingRefusedException e) {
            throw new ApiException(e.status(), e.getMessage());
        }
        Exchanges.json(exchange, 200, node.nodeInfo());
    }

    private void putArtifact(Exchange exchange, String sha256) throws IOException, ApiException {
        try (InputStream body = exchange.body()) {
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
