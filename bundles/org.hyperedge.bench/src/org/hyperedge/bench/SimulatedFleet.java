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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.report.ReportEvent;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Many simulated nodes behind one TLS listener: node {@code i} is the loopback address {@code 127.x.y.z}
 * (all of 127.0.0.0/8 reaches this machine), told apart by the address a connection arrived on. Each
 * speaks the real protocol with mutual TLS, pinned to the master's certificate: it accepts desired states,
 * answers every report request with two new promise results and takes acknowledgements. A thread per
 * kept-alive connection, so the fleet is not what a master's sync rate measures. Loopback only.
 */
final class SimulatedFleet implements AutoCloseable {

    private final SSLServerSocket server;
    private final Map<String, AtomicLong> lastSeq = new ConcurrentHashMap<>();
    private final Thread acceptor;

    SimulatedFleet(TlsIdentity identity, String masterFingerprint, int port) throws IOException {
        var tls = identity.sslContext(PinnedTrustManager.pinned(masterFingerprint));
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port), 4096);
        server.setNeedClientAuth(true);
        acceptor = new Thread(this::accept, "simulated-fleet");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The address of simulated node {@code index} (0-based): 127.1.0.1, 127.1.0.2, ... */
    static String address(int index, int port) {
        int n = index + 1;
        return "127." + (1 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256) + ":" + port;
    }

    /** The node id a simulated address registers as. */
    static String nodeName(String ip) {
        return "sim-" + ip.replace('.', '-');
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (!socket.getLocalAddress().isLoopbackAddress()) {
                    socket.close();
                    continue;
                }
                Thread connection = new Thread(null, () -> serve((SSLSocket) socket), "simulated-node", 128 * 1024);
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SSLSocket socket) {
        String node = socket.getLocalAddress().getHostAddress();
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
                OutputStream out = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            while (true) {
                String requestLine = line(in);
                if (requestLine == null) {
                    return;
                }
                long length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Long.parseLong(header.substring(15).strip());
                    }
                }
                in.skipNBytes(length);
                String target = requestLine.split(" ")[1];
                byte[] body = answer(node, target);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the master closed the connection: this node waits for the next one
        }
    }

    private byte[] answer(String node, String target) {
        if (!target.startsWith("/v1/reports?")) {
            return "{}".getBytes(StandardCharsets.US_ASCII);
        }
        long after = Long.parseLong(target.replaceAll(".*after=(\\d+).*", "$1"));
        AtomicLong last = lastSeq.computeIfAbsent(node, n -> new AtomicLong());
        long from = after + 1;
        last.set(Math.max(last.get(), from + 1));
        List<ReportEvent> events = new ArrayList<>();
        for (long seq = from; seq <= from + 1; seq++) {
            events.add(new ReportEvent(seq, Instant.now(), Kind.PROMISE, "p000", 0, ReportCodec.JSON.createObjectNode()
                    .put("name", "tcp-listening").put("ok", true).put("message", "simulated").put("ms", 1)));
        }
        return ReportCodec.page(nodeName(node), events, last.get());
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
