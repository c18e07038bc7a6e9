package org.hyperedge.agent.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.PairingCode;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A minimal client of the node API on the JDK alone, for the agent's benchmark and tests. It trusts the
 * agent by its pinned fingerprint (host names play no part) and presents its own identity. The master
 * talks to agents through the connector, not through this class.
 */
public final class AgentClient {

    /** An answer: status and body. */
    public record Response(int status, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final String base;
    private final SSLContext tls;

    private AgentClient(String base, SSLContext tls) {
        this.base = base;
        this.tls = tls;
    }

    /** A client of an agent already paired with {@code identity}, trusting only the agent's certificate. */
    public static AgentClient pinned(String hostPort, TlsIdentity identity, String agentFingerprint) {
        return new AgentClient("https://" + hostPort, identity.sslContext(PinnedTrustManager.pinned(agentFingerprint)));
    }

    /**
     * Pairs with an agent by its pairing code: the TLS handshake only succeeds with the agent the code was
     * made for; then the code's secret pins this identity on the agent. Returns the pinned client.
     */
    public static AgentClient pair(String hostPort, TlsIdentity identity, String code) throws IOException {
        PairingCode pairing = PairingCode.parse(code);
        String[] agentFingerprint = new String[1];
        PinnedTrustManager byCode = new PinnedTrustManager(f -> {
            agentFingerprint[0] = f;
            return pairing.matches(f);
        }, "the agent this pairing code was made for");
        AgentClient pairingClient = new AgentClient("https://" + hostPort, identity.sslContext(byCode));
        Response answer = pairingClient.send("POST", "/v1/pair",
                ("{\"secret\":\"" + pairing.secret() + "\"}").getBytes(StandardCharsets.US_ASCII));
        if (!answer.ok()) {
            throw new IOException("pairing refused (" + answer.status() + "): " + answer.text());
        }
        return pinned(hostPort, identity, agentFingerprint[0]);
    }

    public Response get(String path) throws IOException {
        return send("GET", path, null);
    }

    public Response put(String path, byte[] body) throws IOException {
        return send("PUT", path, body);
    }

    public Response post(String path, byte[] body) throws IOException {
        return send("POST", path, body);
    }

    public Response putFile(String path, Path file) throws IOException {
        HttpsURLConnection connection = open("PUT", path);
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(Files.size(file));
        try (OutputStream out = connection.getOutputStream()) {
            Files.copy(file, out);
        }
        return answer(connection);
    }

    public Response ack(long seq) throws IOException {
        return post("/v1/reports/ack", ReportCodec.ack(seq));
    }

    public Response send(String method, String path, byte[] body) throws IOException {
        HttpsURLConnection connection = open(method, path);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        return answer(connection);
    }

    private HttpsURLConnection open(String method, String path) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setSSLSocketFactory(tls.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true); // the pinned certificate is the identity
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Content-Type", "application/json");
        return connection;
    }

    private static Response answer(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        byte[] body = stream == null ? new byte[0] : stream.readAllBytes();
        if (stream != null) {
            stream.close();
        }
        return new Response(status, body);
    }
}
