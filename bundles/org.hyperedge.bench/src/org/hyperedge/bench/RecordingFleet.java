package org.hyperedge.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Dialled simulated nodes that keep what a real agent keeps, for {@code bench fleet}: a report journal (one promise
 * result more at each report request, served after the master's cursor until acknowledged, like the agent's), the
 * desired state generation each holds and when a new one arrived, and when each was last asked for its reports. Node
 * {@code i} is loopback address {@code 127.x.y.z} behind one mutual TLS listener pinned to the masters' shared
 * certificate, as in {@link SimulatedFleet}; a thread per kept-alive connection. Loopback only.
 */
final class RecordingFleet implements AutoCloseable {

    /** One simulated node's journal and receipts; guarded by itself. */
    static final class RecordedNode {
        final String id;
        /** The instance its promise results are about (each node its own, as a real node's are). */
        volatile long instanceId;
        volatile String partition = "p000";
        long heldGeneration;
        /** A generation above this one is the change being measured; its arrival time (nanoTime) once it came. */
        long changeAbove = Long.MAX_VALUE;
        long changeReceivedAt;
        long nextSeq = 1;
        long acknowledged;
        long lastAskedAt;
        long longestGap;
        long asked;

        RecordedNode(String id) {
            this.id = id;
        }

        synchronized long generated() {
            return nextSeq - 1;
        }

        synchronized long acknowledged() {
            return acknowledged;
        }

        synchronized long heldGeneration() {
            return heldGeneration;
        }

        synchronized long changeReceivedAt() {
            return changeReceivedAt;
        }

        synchronized long lastAskedAt() {
            return lastAskedAt;
        }

    }

    private final SSLServerSocket server;
    private final Map<String, RecordedNode> nodes = new ConcurrentHashMap<>();
    private final Map<String, RecordedNode> byId = new ConcurrentHashMap<>();
    private final AtomicLong reportRequests = new AtomicLong();
    private volatile boolean quiet;

    RecordingFleet(TlsIdentity identity, String masterFingerprint, int port) throws IOException {
        var tls = identity.sslContext(PinnedTrustManager.pinned(masterFingerprint));
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port), 4096);
        server.setNeedClientAuth(true);
        Thread acceptor = new Thread(this::accept, "recording-fleet");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Registers simulated node {@code index} (0-based); returns its node id. */
    String add(int index, int port) {
        String address = SimulatedFleet.address(index, port);
        String ip = address.substring(0, address.lastIndexOf(':'));
        RecordedNode node = new RecordedNode(SimulatedFleet.nodeName(ip));
        nodes.put(ip, node);
        byId.put(node.id, node);
        return node.id;
    }

    /** The node hosts instance {@code instanceId} in {@code partition}: its promise results are about it. */
    void hosts(String nodeId, long instanceId, String partition) {
        RecordedNode node = byId.get(nodeId);
        node.instanceId = instanceId;
        node.partition = partition;
    }

    Collection<RecordedNode> nodes() {
        return nodes.values();
    }

    /** Report requests answered so far: one per sync. */
    long reportRequests() {
        return reportRequests.get();
    }

    /** From now on, a generation above the one each node holds now is the change whose delivery is timed. */
    void awaitChange() {
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                node.changeAbove = node.heldGeneration;
                node.changeReceivedAt = 0;
            }
        }
    }

    /** Starts counting the longest gap between two report requests of each node afresh. */
    void resetGaps() {
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                node.longestGap = 0;
            }
        }
    }

    /**
     * The longest any node waited between two report requests since {@link #resetGaps}, counting the wait of a node
     * not asked again by now (nanoseconds).
     */
    long longestGap() {
        long now = System.nanoTime();
        long longest = 0;
        for (RecordedNode node : nodes.values()) {
            synchronized (node) {
                longest = Math.max(longest, Math.max(node.longestGap, node.lastAskedAt == 0 ? 0 : now - node.lastAskedAt));
            }
        }
        return longest;
    }

    /** No new report events from now on: what was journalled is still served until acknowledged. */
    void quiet() {
        quiet = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (!socket.getLocalAddress().isLoopbackAddress()) {
                    socket.close();
                    continue;
                }
                Thread connection = new Thread(null, () -> serve((SSLSocket) socket), "recording-node", 128 * 1024);
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SSLSocket socket) {
        RecordedNode node = nodes.get(socket.getLocalAddress().getHostAddress());
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = socket.getOutputStream()) {
            if (node == null) {
                return; // an address no simulated node has
            }
            socket.setTcpNoDelay(true);
            while (true) {
                String requestLine = line(in);
                if (requestLine == null) {
                    return;
                }
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                byte[] request = in.readNBytes(length);
                String[] parts = requestLine.split(" ");
                byte[] body = answer(node, parts[0], parts[1], request);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the master closed the connection (or was killed): this node waits for the next one
        }
    }

    private byte[] answer(RecordedNode node, String method, String target, byte[] request) {
        if ("PUT".equals(method) && target.equals("/v1/desired")) {
            long generation = DesiredStateCodec.read(request).generation();
            long now = System.nanoTime();
            synchronized (node) {
                node.heldGeneration = Math.max(node.heldGeneration, generation);
                if (generation > node.changeAbove && node.changeReceivedAt == 0) {
                    node.changeReceivedAt = now;
                }
            }
        } else if ("POST".equals(method) && target.equals("/v1/reports/ack")) {
            long seq = ReportCodec.readAck(request);
            synchronized (node) {
                node.acknowledged = Math.max(node.acknowledged, seq);
            }
        } else if (target.startsWith("/v1/reports?")) {
            reportRequests.incrementAndGet();
            return page(node, Long.parseLong(target.replaceAll(".*after=(\\d+).*", "$1")));
        }
        return "{}".getBytes(StandardCharsets.US_ASCII);
    }

    /** The events after the master's cursor, one new one journalled first: an agent whose promise ran since. */
    private byte[] page(RecordedNode node, long after) {
        List<ReportEvent> events = new ArrayList<>();
        long last;
        synchronized (node) {
            long now = System.nanoTime();
            if (node.lastAskedAt != 0) {
                node.longestGap = Math.max(node.longestGap, now - node.lastAskedAt);
            }
            node.lastAskedAt = now;
            node.asked++;
            if (!quiet) {
                node.nextSeq++;
            }
            last = node.nextSeq - 1;
            for (long seq = Math.max(after, node.acknowledged) + 1; seq <= last && events.size() < 1000; seq++) {
                events.add(new ReportEvent(seq, Instant.now(), Kind.PROMISE, node.partition, node.instanceId, ReportCodec.JSON.createObjectNode()
                        .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
            }
        }
        return ReportCodec.page(node.id, events, last);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
