package org.hyperedge.agent.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLSocket;

import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * HTTPS by hand, as any client on the network can speak it: from a chosen local address (loopback has a
 * whole /8, so two test clients can be two machines), with a chosen certificate, and stopping wherever an
 * attacker would.
 */
public final class RawHttps {

    /** An answer's status and body. */
    public record Answer(int status, String body) {
    }

    private RawHttps() {
    }

    /** A TCP connection from {@code local} that has sent nothing. */
    public static Socket connect(InetAddress local, InetSocketAddress agent) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(local, 0));
        socket.connect(agent, 5_000);
        return socket;
    }

    /** A TLS connection with {@code identity}'s certificate, handshake done, trusting the agent by its fingerprint. */
    public static SSLSocket tls(InetAddress local, InetSocketAddress agent, TlsIdentity identity, String agentFingerprint)
            throws IOException {
        Socket plain = connect(local, agent);
        SSLSocket socket = (SSLSocket) identity.sslContext(PinnedTrustManager.pinned(agentFingerprint)).getSocketFactory()
                .createSocket(plain, agent.getHostString(), agent.getPort(), true);
        socket.setSoTimeout(15_000);
        socket.startHandshake();
        return socket;
    }

    /** One request on a new connection, read to its end. */
    public static Answer request(InetAddress local, InetSocketAddress agent, TlsIdentity identity, String agentFingerprint,
            String method, String path, String body) throws IOException {
        try (SSLSocket socket = tls(local, agent, identity, agentFingerprint)) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: agent\r\nContent-Type: application/json\r\nContent-Length: "
                    + content.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A pairing attempt with {@code secret}. */
    public static Answer pair(InetAddress local, InetSocketAddress agent, TlsIdentity identity, String agentFingerprint,
            String secret) throws IOException {
        return request(local, agent, identity, agentFingerprint, "POST", "/v1/pair", "{\"secret\":\"" + secret + "\"}");
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8_192];
        int read;
        int headEnd = -1;
        long length = -1;
        while ((read = in.read(buffer)) > 0) {
            all.write(buffer, 0, read);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headEnd).split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Long.parseLong(line.substring(15).strip());
                    }
                }
            }
            if (headEnd >= 0 && length >= 0 && all.size() >= headEnd + 4 + length) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("no HTTP answer: '" + text + "'");
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(end + 4));
    }
}
