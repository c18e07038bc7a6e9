package org.hyperedge.connector;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.hyperedge.connector.federation.FederationServer;
import org.hyperedge.master.Master;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Federates another master as a site of this one (issue 20): the handshake completes only with the certificate
 * {@code fingerprint} names in full (pinned), this master presents its own certificate and the invitation code the
 * other master printed, and the other master pins this one in return. The other master is then a node of kind
 * {@value FederationPeers#NODE_KIND} named after the site, reached at its endpoint, synced over the node protocol.
 */
final class FederationJoin {

    /**
     * The federated site's node offers this much: the other master places on its own nodes and refuses what it cannot
     * run, so this master's allocation should not be what refuses. Its real capacity is not summed up yet.
     */
    static final int PARTITIONS = 1_000;
    static final long CAPACITY = 1L << 40;

    private FederationJoin() {
    }

    /** Joins; returns the endpoint address ({@code host:port}) the site's node is reached at. */
    static String join(TlsIdentity identity, Master master, String name, String url, String fingerprint, String code,
            String as) throws AdoptionException {
        String pinned = fingerprint.toLowerCase(Locale.ROOT);
        String address = address(url);
        refuseClash(master, name, pinned);
        PinnedTrustManager exactly = new PinnedTrustManager(pinned::equals, "certificate " + Fingerprints.shortForm(pinned));
        ObjectNode body = ReportCodec.JSON.createObjectNode().put("code", code).put("name", as);
        try (AgentHttp http = new AgentHttp(identity, exactly, 1)) {
            AgentHttp.Answer answer = http.send("POST", address, FederationServer.JOIN_PATH,
                    ReportCodec.JSON.writeValueAsBytes(body), AgentHttp.SMALL_ANSWER);
            if (answer.status() == 404 || answer.status() == 405) {
                throw new AdoptionException("the endpoint at " + url + " is not a master that serves federation ("
                        + answer.status() + ")");
            }
            if (!answer.ok()) {
                throw new AdoptionException("the master at " + url + " refused to federate (" + answer.status() + "): "
                        + NodeAdoption.errorOf(answer));
            }
        } catch (SSLException e) {
            throw new AdoptionException("the master at " + url + " does not present certificate "
                    + Fingerprints.shortForm(pinned) + " (refused: federate only with the fingerprint its operator gave)", e);
        } catch (IOException e) {
            throw new AdoptionException("cannot reach a master at " + url + ": " + e.getMessage(), e);
        }
        master.federationPeers().add(name, FederationPeers.Direction.SERVES, pinned, url);
        master.nodeLinks().adopt(new NodeSpec(name, name, address, CAPACITY, CAPACITY, CAPACITY,
                Map.of("kind", FederationPeers.NODE_KIND), PARTITIONS, 1024, 1), pinned, null);
        return address;
    }

    /**
     * Refused before the other master is asked (its code stays unspent): a name that is no node id, a node of that
     * name that is not a federated site, or this certificate federated already under another name.
     */
    static void refuseClash(Master master, String name, String pinned) throws AdoptionException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new AdoptionException("a federated site's name '" + name + "' must be 1-63 letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit (it is also its node's id)");
        }
        boolean federatedHere = master.federationPeers().byName(name, FederationPeers.Direction.SERVES).isPresent();
        if (!federatedHere && master.nodes().list().stream().anyMatch(node -> node.id().equals(name))) {
            throw new AdoptionException("a node named '" + name + "' exists already: name the federated site otherwise");
        }
        var already = master.federationPeers().byFingerprint(pinned, FederationPeers.Direction.SERVES);
        if (already.isPresent() && !already.get().name().equals(name)) {
            throw new AdoptionException("the master with certificate " + Fingerprints.shortForm(pinned)
                    + " is federated already, as site '" + already.get().name() + "'");
        }
    }

    /** {@code https://HOST:PORT} as the {@code host:port} the connector dials. */
    static String address(String url) throws AdoptionException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new AdoptionException("'" + url + "' is not a URL: " + e.getMessage());
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1
                || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
            throw new AdoptionException("'" + url + "' is not a master's endpoint URL (https://HOST:PORT, as federation "
                    + "invite prints it)");
        }
        return uri.getHost() + ":" + uri.getPort();
    }
}
