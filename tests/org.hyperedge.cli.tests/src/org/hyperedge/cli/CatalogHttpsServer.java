package org.hyperedge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.X509TrustManager;

import org.hyperedge.protocol.tls.TlsIdentity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTPS server on loopback with a self-signed certificate, serving a published catalog index directory
 * under {@code /acme/}, as a publisher's web server would; a path can be made to misbehave (a status, an answer
 * too large, one cut short) to see how a subscriber takes it.
 */
final class CatalogHttpsServer implements AutoCloseable {

    /** How one path misbehaves. */
    enum Fault { OVERSIZED, TRUNCATED, SERVER_ERROR }

    private final HttpsServer server;
    private final Path directory;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    CatalogHttpsServer(Path directory, Path keyDirectory) throws IOException {
        this.directory = directory;
        TlsIdentity identity = TlsIdentity.loadOrCreate(keyDirectory, "catalog.test");
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(identity.sslContext(new NoClients())));
        server.createContext("/acme/", this::serve);
        server.start();
    }

    /** The catalog's URL: https://127.0.0.1:PORT/acme */
    String url() {
        return "https://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/acme";
    }

    void fault(String path, Fault fault) {
        faults.put(path, fault);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/acme/".length());
            Fault fault = faults.get(path);
            if (fault == Fault.SERVER_ERROR) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (fault == Fault.OVERSIZED) {
                // chunked, so only the bytes themselves can give it away
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    byte[] chunk = new byte[64 * 1024];
                    for (int sent = 0; sent < 8 << 20; sent += chunk.length) {
                        body.write(chunk);
                    }
                } catch (IOException refusedByTheClient) {
                    // the subscriber stops reading past its limit: what this fault is for
                }
                return;
            }
            Path file = directory.resolve(path).normalize();
            if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] content = Files.readAllBytes(file);
            if (fault == Fault.TRUNCATED) {
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content, 0, content.length / 2);
                exchange.getResponseBody().flush();
                // closing the exchange now, half sent, makes the server drop the connection
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The server asks for no client certificate; should one come, it is refused. */
    private static final class NoClients implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("this server takes no client certificate");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("a server only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
