package org.hyperedge.connector;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

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

    private final CloseableHttpClient client;

    AgentHttp(TlsIdentity identity, TrustManager trust, int maxConnections) {
        SSLContext tls = identity.sslContext(trust);
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls)
                                .setTlsVersions("TLSv1.3").setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildClassic())
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(1)
                        // one route per node: the strict pool's single lock and its list of idle connections,
                        // searched on every lease, cost more than the sync itself with a thousand nodes
                        .setPoolConcurrencyPolicy(org.apache.hc.core5.pool.PoolConcurrencyPolicy.LAX)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                // a kept connection to an agent that restarted meanwhile is found dead before use
                                .setValidateAfterInactivity(org.apache.hc.core5.util.TimeValue.ofMilliseconds(500)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(Timeout.ofSeconds(30)).build())
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
        return execute(new HttpUriRequestBase("GET", uri(address, path)), maxBytes);
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
