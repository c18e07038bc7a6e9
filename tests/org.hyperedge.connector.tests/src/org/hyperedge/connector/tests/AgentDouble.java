package org.hyperedge.connector.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.net.ssl.SSLSocket;

import org.hyperedge.protocol.node.NodeInfo;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.tls.PairingCode;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * An agent that pairs like a real one and then answers the master's reads (reports, node, log) with more
 * than any of them may carry: 256 MB of bytes, streamed as fast as the master takes them.
 */
final class AgentDouble implements AutoCloseable {

    static final long FLOOD_BYTES = 256L << 20;

    private final TlsIdentity identity;
    private final ServerSocket server;
    private final PairingCode code;
    private final Thread acceptor;

    private AgentDouble(Path directory) throws IOException {
        this.identity = TlsIdentity.loadOrCreate(directory, "agent-double");
        this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        this.code = PairingCode.fresh(identity.fingerprint());
        this.acceptor = new Thread(this::accept, "agent-double");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static AgentDouble start(Path directory) throws IOException {
        return new AgentDouble(directory);
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    String pairingCode() {
        return code.toString();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket plain = server.accept();
                Thread connection = new Thread(() -> serve(plain), "agent-double-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        try (SSLSocket socket = (SSLSocket) identity.sslContext(PinnedTrustManager.anyPeer()).getSocketFactory()
                .createSocket(plain, null, plain.getPort(), true)) {
            socket.setUseClientMode(false);
            socket.setNeedClientAuth(true);
            socket.startHandshake();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String[] request = head(in);
                if (request == null) {
                    return;
                }
                in.readNBytes(Integer.parseInt(request[1]));
                String path = request[0];
                if (path.startsWith("POST /v1/pair")) {
                    byte[] info = NodeInfoCodec.write(new NodeInfo("double", identity.fingerprint(), "0", true, 0,
                            new NodeInfo.Capacity(1, 1024, 1024, 1024),
                            List.of(new NodeInfo.PartitionInfo("p000", 30000, 30009, 0, "free", false)), List.of()));
                    answer(out, info);
                } else if (path.startsWith("GET ")) {
                    flood(out);
                    return;
                } else {
                    answer(out, "{\"generation\":1}".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            // the master hung up
        }
    }

    private static void answer(OutputStream out, byte[] body) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** An answer with no declared length and more bytes than any call carries (chunked, so it is read to be known). */
    private static void flood(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        for (long sent = 0; sent < FLOOD_BYTES; sent += chunk.length) {
            out.write(size);
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The request line and its Content-Length, or null at the end of the connection. */
    private static String[] head(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            text.append((char) c);
            if (text.length() >= 4 && text.substring(text.length() - 4).equals("\r\n\r\n")) {
                String length = "0";
                for (String line : text.toString().split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = line.substring(15).strip();
                    }
                }
                return new String[] { text.substring(0, text.indexOf("\r\n")), length };
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
