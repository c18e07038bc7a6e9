package org.hyperedge.connector;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.util.Timeout;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * HTTPS to agents with HttpClient 5: one kept-alive connection per node (a TLS handshake costs far more
 * CPU than a sync, so a node synced every second keeps its connection), a timeout on every call, the
 * master's identity presented, and each agent trusted by its pinned certificate (host names play no part:
 * the pin is the identity).
 *
 * <p>Two timeouts: the node protocol's small calls ({@link #get}, {@link #send}) wait {@code callTimeout} for silence
 * to end, so a path cut mid-call (a link down sends no reset, only silence) is found within it and the sync moves
 * to another path ({@link PathFailover}); large transfers ({@link #sendFile}, {@link #download}) keep
 * {@link #TRANSFER_TIMEOUT}, a gap a busy disk or a slow link may well leave between two packets.
 */
final class AgentHttp implements Closeable {

    /** An agent's answer. */
    record Answer(int status, byte[] body) {

        boolean ok() {
            return status / 100 == 2;
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** How long an artifact upload or a backup download may be silent: every call, when no other is given. */
    static final Duration TRANSFER_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a node-protocol call may be silent on the master's own connector: an agent answers these from memory or
     * a small file in milliseconds, and the failover goal (issue 18) is under 3 s from a cut to a sync over another path.
     */
    static final Duration PROTOCOL_CALL_TIMEOUT = Duration.ofMillis(1_500);

    private final CloseableHttpClient client;
    private final RequestConfig smallCalls;
    private final RequestConfig transfers;

    AgentHttp(TlsIdentity identity, TrustManager trust, int maxConnections) {
        this(identity, trust, maxConnections, TRANSFER_TIMEOUT);
    }

    /** {@code callTimeout}: the most the small calls wait for connection, handshake or answer; transfers wait longer. */
    AgentHttp(TlsIdentity identity, TrustManager trust, int maxConnections, Duration callTimeout) {
        SSLContext tls = identity.sslContext(trust);
        Timeout call = Timeout.ofMilliseconds(callTimeout.toMillis());
        Timeout connect = Timeout.ofMilliseconds(Math.min(callTimeout.toMillis(), 5_000));
        transfers = RequestConfig.custom().setConnectionRequestTimeout(Timeout.ofSeconds(10))
                .setResponseTimeout(Timeout.ofMilliseconds(TRANSFER_TIMEOUT.toMillis())).build();
        smallCalls = RequestConfig.copy(transfers).setResponseTimeout(call).build();
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls)
                                .setTlsVersions("TLSv1.3").setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildClassic())
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(1)
                        // one route per node: the strict pool's single lock and its list of idle connections,
                        // searched on every lease, cost more than the sync itself with a thousand nodes
                        .setPoolConcurrencyPolicy(org.apache.hc.core5.pool.PoolConcurrencyPolicy.LAX)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        // the handshake is bounded by the socket timeout; each request sets its own while it runs
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setSocketTimeout(call)
                                // a kept connection to an agent that restarted meanwhile is found dead before use
                                .setValidateAfterInactivity(org.apache.hc.core5.util.TimeValue.ofMilliseconds(500)).build())
                        .build())
                .setDefaultRequestConfig(transfers)
                .disableAutomaticRetries()
                // with a client certificate, a connection's state is the TLS principal, and the pool would lease
                // it to no request without that user token: every sync paid a fresh handshake. One master identity,
                // so the state carries nothing.
                .disableConnectionState()
                .build();
    }

    /** The most a small answer carries: an acknowledgement, a generation, an error. */
    static final int SMALL_ANSWER = 64 * 1024;

    /** {@code maxBytes}: the most this call's answer may carry; a longer one is refused, never read whole. */
    Answer get(String address, String path, int maxBytes) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase("GET", uri(address, path));
        request.setConfig(smallCalls);
        return execute(request, maxBytes);
    }

    /**
     * Streams the answer of a GET into {@code sink} (a backup may be larger than memory), up to {@code maxBytes};
     * returns the status, and on an error the start of the agent's answer as the message.
     */
    Answer download(String address, String path, long maxBytes, java.io.OutputStream sink) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase("GET", uri(address, path));
        return client.execute(request, response -> {
            if (response.getEntity() == null) {
                return new Answer(response.getCode(), new byte[0]);
            }
            InputStream in = response.getEntity().getContent();
            if (response.getCode() / 100 != 2) {
                byte[] error = in.readNBytes(SMALL_ANSWER);
                request.cancel();
                return new Answer(response.getCode(), error);
            }
            long declared = response.getEntity().getContentLength();
            if (declared > maxBytes) {
                request.cancel();
                throw new IOException("the agent at " + request.getAuthority() + " offers " + declared + " bytes at "
                        + request.getPath() + ", more than the " + maxBytes + " this master takes (refused)");
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > maxBytes) {
                    request.cancel();
                    throw new IOException("the agent at " + request.getAuthority() + " sent more than " + maxBytes
                            + " bytes at " + request.getPath() + " (refused)");
                }
                sink.write(buffer, 0, read);
            }
            in.close();
            return new Answer(response.getCode(), new byte[0]);
        });
    }

    Answer send(String method, String address, String path, byte[] body, int maxBytes) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri(address, path));
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        request.setConfig(smallCalls);
        return execute(request, maxBytes);
    }

    Answer sendFile(String address, String path, Path file) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase("PUT", uri(address, path));
        request.setEntity(new FileEntity(file.toFile(), ContentType.APPLICATION_OCTET_STREAM));
        return execute(request, SMALL_ANSWER);
    }

    private Answer execute(HttpUriRequestBase request, int maxBytes) throws IOException {
        return client.execute(request, response -> {
            if (response.getEntity() == null) {
                return new Answer(response.getCode(), new byte[0]);
            }
            long declared = response.getEntity().getContentLength();
            InputStream in = response.getEntity().getContent();
            byte[] body = declared > maxBytes ? null : in.readNBytes(maxBytes + 1);
            if (body == null || body.length > maxBytes) {
                // the rest is never read: the connection is dropped (before the stream's close would drain it)
                request.cancel();
                throw new IOException("the agent at " + request.getAuthority() + " answered " + request.getMethod() + " "
                        + request.getPath() + " with more than " + maxBytes + " bytes, the most that call carries "
                        + "(answer refused)");
            }
            in.close();
            return new Answer(response.getCode(), body);
        });
    }

    private static java.net.URI uri(String address, String path) {
        return java.net.URI.create("https://" + address + path);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
