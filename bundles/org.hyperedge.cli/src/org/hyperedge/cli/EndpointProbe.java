package org.hyperedge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.hyperedge.protocol.tls.Fingerprints;

/**
 * The promise of a master run as a service ({@code builtin:hyperedge-master}): its endpoint at {@code HOST:PORT}
 * answers TLS with the certificate whose fingerprint it published (in {@code FINGERPRINT-FILE}). Run by the agent
 * as the partition's user: {@code java -cp SOFTWARE/* org.hyperedge.cli.EndpointProbe HOST:PORT FINGERPRINT-FILE};
 * exit 0 when it does, 1 with the reason on the first line of output when it does not.
 */
public final class EndpointProbe {

    private static final int TIMEOUT_MS = 5_000;

    private EndpointProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.out.println("usage: EndpointProbe HOST:PORT FINGERPRINT-FILE");
            System.exit(2);
        }
        String failure = failure(args[0], Path.of(args[1]));
        System.out.println(failure == null ? "the endpoint at " + args[0] + " shows the published certificate" : failure);
        System.exit(failure == null ? 0 : 1);
    }

    /** Why the endpoint does not keep the promise, or null when it does. */
    static String failure(String hostPort, Path fingerprintFile) {
        String published;
        try {
            published = Files.readString(fingerprintFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "no fingerprint published yet (" + fingerprintFile + ": " + e.getMessage() + ")";
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon < 1) {
            return "'" + hostPort + "' is not HOST:PORT";
        }
        try {
            String shown = shownFingerprint(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
            return shown.equals(published) ? null
                    : "the endpoint shows certificate " + Fingerprints.shortForm(shown) + ", not the published "
                            + (published.length() >= 32 ? Fingerprints.shortForm(published) : "'" + published + "'");
        } catch (IOException | GeneralSecurityException | NumberFormatException e) {
            return "no TLS answer at " + hostPort + ": " + e.getMessage();
        }
    }

    /** The fingerprint of the certificate the endpoint shows; nothing is trusted, only looked at and compared. */
    private static String shownFingerprint(String host, int port) throws IOException, GeneralSecurityException {
        X509Certificate[] shown = new X509Certificate[1];
        TrustManager lookOnly = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("a probe is never a server");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                shown[0] = chain[0];
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { lookOnly }, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            try {
                socket.startHandshake();
            } catch (javax.net.ssl.SSLException refused) {
                // an endpoint that wants a node's certificate ends the handshake after showing its own: enough here
                if (shown[0] == null) {
                    throw refused;
                }
            }
        }
        if (shown[0] == null) {
            throw new IOException("the handshake showed no certificate");
        }
        return Fingerprints.sha256(shown[0]);
    }
}
