package org.hyperedge.protocol.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.function.Predicate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a peer by the fingerprint of the certificate it presents, not by a certificate authority or a
 * host name: pinning replaces both. The predicate decides which fingerprints are acceptable (one pinned
 * peer, or during pairing a fingerprint that starts as the pairing code says).
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

    private final Predicate<String> acceptable;
    private final String expectation;

    public PinnedTrustManager(Predicate<String> acceptable, String expectation) {
        this.acceptable = acceptable;
        this.expectation = expectation;
    }

    /** Trusts exactly the certificate with this SHA-256 fingerprint. */
    public static PinnedTrustManager pinned(String fingerprint) {
        return new PinnedTrustManager(fingerprint::equalsIgnoreCase, "the pinned certificate "
                + Fingerprints.shortForm(fingerprint));
    }

    /** Lets any certificate through the handshake; the application then checks who the peer is. */
    public static PinnedTrustManager anyPeer() {
        return new PinnedTrustManager(f -> true, "any certificate");
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the peer presented no certificate; expected " + expectation);
        }
        String fingerprint = Fingerprints.sha256(chain[0]);
        if (!acceptable.test(fingerprint)) {
            throw new CertificateException("the peer's certificate " + Fingerprints.shortForm(fingerprint)
                    + " is not " + expectation);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
