package org.hyperedge.connector;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.hyperedge.protocol.tls.Fingerprints;

/**
 * One trust manager for every node of a master: the agent at an address is trusted only with the
 * certificate pinned for that address when the node was adopted. An address with no pin is refused.
 */
final class PinnedByAddress extends X509ExtendedTrustManager {

    private final Map<String, String> pins = new ConcurrentHashMap<>();

    /** Pins {@code host:port}; the host is resolved once so the check can use the socket's peer address. */
    void pin(String address, String fingerprint) {
        pins.put(key(address), fingerprint.toLowerCase(java.util.Locale.ROOT));
    }

    void unpin(String address) {
        pins.remove(key(address));
    }

    static String key(String address) {
        int colon = address.lastIndexOf(':');
        try {
            return InetAddress.getByName(address.substring(0, colon)).getHostAddress() + address.substring(colon);
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private void check(X509Certificate[] chain, Socket socket) throws CertificateException {
        if (socket == null || socket.getInetAddress() == null) {
            throw new CertificateException("cannot tell which node this connection is for");
        }
        String address = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
        String pinned = pins.get(address);
        if (pinned == null) {
            throw new CertificateException("no node is adopted at " + address);
        }
        String presented = Fingerprints.sha256(chain[0]);
        if (!pinned.equals(presented)) {
            throw new CertificateException("the agent at " + address + " presented certificate "
                    + Fingerprints.shortForm(presented) + ", not the pinned " + Fingerprints.shortForm(pinned));
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("the connector uses blocking sockets only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the connector checks certificates per connection only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("the connector is a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("the connector is a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the connector is a client");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
