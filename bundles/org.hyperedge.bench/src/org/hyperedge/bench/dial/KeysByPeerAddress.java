package org.hyperedge.bench.dial;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The client key of many simulated nodes in one TLS context: each node dials the master on its own loopback address,
 * so the address a handshake goes to (the engine's peer host) says which node it is, and that node's certificate is
 * presented. An address of no node presents nothing, and the master refuses the handshake.
 */
final class KeysByPeerAddress extends X509ExtendedKeyManager {

    private final Map<String, NodeCertificates.Identity> byAddress;

    KeysByPeerAddress(Map<String, NodeCertificates.Identity> byAddress) {
        this.byAddress = byAddress;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        String host = engine.getPeerHost();
        return host != null && byAddress.containsKey(host) && offers(keyType, "EC") ? host : null;
    }

    private static boolean offers(String[] keyTypes, String wanted) {
        for (String type : keyTypes) {
            if (type.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        NodeCertificates.Identity identity = byAddress.get(alias);
        return identity == null ? null : new X509Certificate[] { identity.certificate() };
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        NodeCertificates.Identity identity = byAddress.get(alias);
        return identity == null ? null : identity.keys().getPrivate();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null; // chosen per connection only
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null; // the fleet's client runs on engines, never on sockets
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
