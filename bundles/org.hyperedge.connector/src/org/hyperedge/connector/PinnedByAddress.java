package org.hyperedge.connector;

import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * One trust manager for every node of a master: the agent at an address is trusted only with the
 * certificate pinned for that address when the node was adopted. An address with no pin is refused.
 */
final class PinnedByAddress extends X509ExtendedTrustManager {

    private final Map<String, String> pins = new ConcurrentHashMap<>();
    /** What {@link #pinExactly} pinned last, by the nodes' addresses as adopted. */
    private Map<String, String> pinnedByAddress = Map.of();

    /** Pins {@code host:port}; the host is resolved once so the check can use the socket's peer address. */
    synchronized void pin(String address, String fingerprint) {
        pinnedByAddress = Map.of(); // the next pinExactly compares afresh
        pins.put(key(address), fingerprint.toLowerCase(java.util.Locale.ROOT));
    }

    synchronized void unpin(String address) {
        pinnedByAddress = Map.of();
        pins.remove(key(address));
    }

    /**
     * Pins exactly these nodes' certificates: new ones added, changed ones replaced, and those of nodes no longer
     * adopted (revoked) dropped. Addresses are resolved only when a node's address or certificate changed.
     */
    synchronized void pinExactly(Collection<NodeLink> nodes) {
        Map<String, String> wanted = new HashMap<>();
        for (NodeLink node : nodes) {
            if (!node.dialling() && node.fingerprint() != null) {
                node.addresses().forEach(address -> wanted.put(address, node.fingerprint()));
            }
        }
        if (wanted.equals(pinnedByAddress)) {
            return;
        }
        Map<String, String> resolved = new HashMap<>();
        wanted.forEach((address, fingerprint) -> resolved.put(key(address), fingerprint.toLowerCase(java.util.Locale.ROOT)));
        pins.keySet().retainAll(resolved.keySet());
        pins.putAll(resolved);
        pinnedByAddress = wanted;
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
