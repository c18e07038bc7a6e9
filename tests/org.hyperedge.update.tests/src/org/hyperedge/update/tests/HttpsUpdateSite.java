package org.hyperedge.update.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A p2 update site served over real HTTPS on loopback, as a company's web server would serve it: its certificate
 * made by the JDK's keytool for the address 127.0.0.1 (subject alternative name), so a client that trusts the
 * certificate also finds the right name in it.
 */
final class HttpsUpdateSite implements AutoCloseable {

    private static final char[] PASSWORD = "update-site".toCharArray();

    private final HttpsServer server;
    private final Path directory;
    private final KeyStore keys;

    HttpsUpdateSite(Path directory, Path keyStore) throws IOException, GeneralSecurityException, InterruptedException {
        this.directory = directory;
        this.keys = makeKeys(keyStore);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/updates/", this::serve);
        server.start();
    }

    /** The site's URL: https://127.0.0.1:PORT/updates/ */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/updates/";
    }

    /** A client context that trusts this site's certificate, as a JDK whose trust store holds it would. */
    SSLContext trustingContext() throws GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try {
            trusted.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        trusted.setCertificateEntry("update-site", keys.getCertificate("site"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = directory.resolve(exchange.getRequestURI().getPath().substring("/updates/".length())).normalize();
            if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : Files.size(file));
            if (!head) {
                try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** A key pair and a self-signed certificate for 127.0.0.1, made by keytool as a site's administrator would. */
    private static KeyStore makeKeys(Path keyStore) throws IOException, GeneralSecurityException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(made.getInputStream().readAllBytes());
        if (!made.waitFor(60, TimeUnit.SECONDS) || made.exitValue() != 0) {
            throw new IOException("keytool could not make the site's certificate: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
