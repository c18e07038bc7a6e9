package org.hyperedge.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * The one TLS listener behind which simulated nodes answer the master: node {@code i} is a loopback address
 * {@code 127.x.y.z} (all of 127.0.0.0/8 reaches this machine), told apart by the address a connection arrived on.
 * Mutual TLS, the master's certificate pinned; HTTP/1.1 with kept-alive connections, a thread each, so the fleet is
 * not what a master's sync rate measures. Connections to any other address are closed: loopback only.
 */
final class LoopbackNodeListener implements AutoCloseable {

    /** What a simulated node answers: the body of a 200, for the request on the local address it arrived on. */
    interface Answers {
        byte[] answer(String nodeAddress, String method, String target, byte[] body);
    }

    private final SSLServerSocket server;
    private final Answers answers;
    private final String threadName;

    LoopbackNodeListener(TlsIdentity identity, String masterFingerprint, int port, String threadName, Answers answers)
            throws IOException {
        this.answers = answers;
        this.threadName = threadName;
        var tls = identity.sslContext(PinnedTrustManager.pinned(masterFingerprint));
        server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port), 4096);
        server.setNeedClientAuth(true);
        Thread acceptor = new Thread(this::accept, threadName + "-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                if (!socket.getLocalAddress().isLoopbackAddress()) {
                    socket.close();
                    continue;
                }
                Thread connection = new Thread(null, () -> serve((SSLSocket) socket), threadName, 128 * 1024);
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
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                byte[] request = in.readNBytes(length);
                String[] parts = requestLine.split(" ");
                byte[] body = answers.answer(node, parts[0], parts[1], request);
                if (body == null) {
                    return; // an address no simulated node has
                }
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the master closed the connection (or was killed): this node waits for the next one
        }
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
