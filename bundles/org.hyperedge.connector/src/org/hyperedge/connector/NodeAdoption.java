package org.hyperedge.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.node.NodeInfo;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PairingCode;
import org.hyperedge.protocol.tls.PinnedTrustManager;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Adopts a node by its address and pairing code: the handshake only completes with the agent whose
 * certificate the code names, the code's secret makes the agent pin this master, and the node is
 * registered with its capacity and partitions as the agent reports them.
 */
final class NodeAdoption {

    private NodeAdoption() {
    }

    /** The most addresses one node is adopted with. */
    static final int MAX_ADDRESSES = 8;

    /**
     * Adopts the node at each of {@code addresses} (issue 18, item 3), paired over the first: before the pairing, every
     * other address must present the very certificate the first does, which the code names, so each path is pinned to
     * the one agent. Returns the adopted node's id and pinned fingerprint.
     */
    static String[] adopt(TlsIdentity identity, NodeLinks links, java.util.List<String> addresses, String code,
            String site, Map<String, String> labels) throws AdoptionException {
        if (addresses.size() == 1) { // checked by its callers, as it always was
            return adopt(identity, links, addresses.get(0), code, site, labels, Map.of());
        }
        checkAddresses(addresses);
        PairingCode pairing;
        try {
            pairing = PairingCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new AdoptionException(e.getMessage());
        }
        java.util.List<String> others = addresses.subList(1, addresses.size());
        java.util.Map<String, String> presented = new java.util.LinkedHashMap<>();
        for (String other : others) {
            presented.put(other, presentedAt(identity, pairing, other));
        }
        return adopt(identity, links, addresses.get(0), code, site, labels, presented);
    }

    /** Refuses an empty list, a malformed entry (named) and an address given twice. */
    static void checkAddresses(java.util.List<String> addresses) throws AdoptionException {
        if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES) {
            throw new AdoptionException("a node is adopted with 1 to " + MAX_ADDRESSES + " addresses, not "
                    + addresses.size());
        }
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            if (!isHostPort(address)) {
                throw new AdoptionException("address " + (i + 1) + " of " + addresses.size() + " '" + address
                        + "' is not HOST:PORT with a port from 1 to 65535");
            }
            if (addresses.indexOf(address) != i) {
                throw new AdoptionException("address " + address + " is given twice");
            }
        }
    }

    private static boolean isHostPort(String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        if (colon <= 0 || !address.substring(colon + 1).matches("[0-9]{1,5}")
                || address.chars().anyMatch(c -> c == ',' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        int port = Integer.parseInt(address.substring(colon + 1));
        return port >= 1 && port <= 65_535;
    }

    /** The certificate the agent at {@code address} presents, which must be the one the pairing code names. */
    private static String presentedAt(TlsIdentity identity, PairingCode pairing, String address) throws AdoptionException {
        String[] presented = new String[1];
        PinnedTrustManager byCode = new PinnedTrustManager(fingerprint -> {
            presented[0] = fingerprint;
            return pairing.matches(fingerprint);
        }, "the certificate pairing code " + pairing.fingerprintPrefix() + "-… names");
        try (AgentHttp http = new AgentHttp(identity, byCode, 1)) {
            http.get(address, "/v1/node", NodeInfoCodec.MAX_BYTES); // any answer: the handshake, and so the pin, held
            return presented[0];
        } catch (SSLException e) {
            throw new AdoptionException("the agent at " + address + " is not the one pairing code "
                    + pairing.fingerprintPrefix() + "-… was printed by (it presented " + (presented[0] == null
                            ? "no certificate" : "certificate " + Fingerprints.shortForm(presented[0])) + ")", e);
        } catch (IOException e) {
            throw new AdoptionException("cannot reach an agent at " + address + ": " + e.getMessage()
                    + " (every address given must answer when the node is adopted)", e);
        }
    }

    /** Returns the adopted node's id and pinned fingerprint. */
    static String[] adopt(TlsIdentity identity, NodeLinks links, String address, String code, String site,
            Map<String, String> labels) throws AdoptionException {
        return adopt(identity, links, address, code, site, labels, Map.of());
    }

    /**
     * Pairs over {@code address}; the node is stored with the {@code others} addresses after it when each presented
     * (value) the certificate the pairing was made with.
     */
    private static String[] adopt(TlsIdentity identity, NodeLinks links, String address, String code, String site,
            Map<String, String> labels, Map<String, String> others) throws AdoptionException {
        PairingCode pairing;
        try {
            pairing = PairingCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new AdoptionException(e.getMessage());
        }
        String[] presented = new String[1];
        PinnedTrustManager byCode = new PinnedTrustManager(fingerprint -> {
            presented[0] = fingerprint;
            return pairing.matches(fingerprint);
        }, "the certificate pairing code " + pairing.fingerprintPrefix() + "-… names");
        NodeInfo info;
        try (AgentHttp http = new AgentHttp(identity, byCode, 1)) {
            AgentHttp.Answer answer = http.send("POST", address, "/v1/pair",
                    ("{\"secret\":\"" + pairing.secret() + "\"}").getBytes(StandardCharsets.US_ASCII), NodeInfoCodec.MAX_BYTES);
            if (!answer.ok()) {
                throw new AdoptionException("the agent at " + address + " refused the pairing (" + answer.status() + "): "
                        + errorOf(answer));
            }
            info = NodeInfoCodec.read(answer.body());
        } catch (SSLException e) {
            throw new AdoptionException("the agent at " + address + " is not the one pairing code "
                    + pairing.fingerprintPrefix() + "-… was printed by (it presented " + (presented[0] == null ? "no certificate" : "certificate "
                    + Fingerprints.shortForm(presented[0])) + ")", e);
        } catch (IOException e) {
            throw new AdoptionException("cannot reach an agent at " + address + ": " + e.getMessage(), e);
        }
        java.util.List<String> addresses = new java.util.ArrayList<>(java.util.List.of(address));
        for (Map.Entry<String, String> other : others.entrySet()) {
            if (!other.getValue().equals(presented[0])) {
                // two agents whose certificates share the code's prefix: the node would not be pinned on that path
                throw new AdoptionException("the agent at " + other.getKey() + " presented certificate "
                        + Fingerprints.shortForm(other.getValue()) + ", not the " + Fingerprints.shortForm(presented[0])
                        + " of the agent at " + address);
            }
            addresses.add(other.getKey());
        }
        NodeSpec spec = spec(info, site, address, labels);
        links.adopt(spec, presented[0], info.sealingKey(), addresses);
        return new String[] { info.name(), presented[0] };
    }

    /**
     * Adopts again, with no pairing code, a node that still pins this master although the master no longer knows it
     * (a master restored from a backup older than the node's adoption, or a node revoked here): the handshake only
     * completes with the certificate {@code fingerprint} names, known beforehand (read from the agent's own files by
     * whoever started it), and the agent answers only the master it pins. Returns the node's id.
     */
    static String adoptPinned(TlsIdentity identity, NodeLinks links, String address, String fingerprint, String site,
            Map<String, String> labels) throws AdoptionException {
        PinnedTrustManager exactly = new PinnedTrustManager(fingerprint::equalsIgnoreCase,
                "certificate " + Fingerprints.shortForm(fingerprint));
        NodeInfo info;
        try (AgentHttp http = new AgentHttp(identity, exactly, 1)) {
            AgentHttp.Answer answer = http.get(address, "/v1/node", NodeInfoCodec.MAX_BYTES);
            if (answer.status() == 403) {
                throw new AdoptionException("the agent at " + address + " is paired with another master");
            }
            if (!answer.ok()) {
                throw new AdoptionException("the agent at " + address + " did not describe itself (" + answer.status()
                        + "): " + errorOf(answer));
            }
            info = NodeInfoCodec.read(answer.body());
        } catch (SSLException e) {
            throw new AdoptionException("the agent at " + address + " is not the one with certificate "
                    + Fingerprints.shortForm(fingerprint) + ", or it does not pin this master", e);
        } catch (IOException e) {
            throw new AdoptionException("cannot reach an agent at " + address + ": " + e.getMessage(), e);
        }
        links.adopt(spec(info, site, address, labels), fingerprint.toLowerCase(java.util.Locale.ROOT), info.sealingKey());
        return info.name();
    }

    /** The node as its agent describes itself, to register; refused when it offers no partitions. */
    static NodeSpec spec(NodeInfo info, String site, String address, Map<String, String> labels) throws AdoptionException {
        if (info.partitions().isEmpty()) {
            throw new AdoptionException("the agent " + (address == null ? info.name() : "at " + address) + " offers no partitions");
        }
        NodeInfo.PartitionInfo first = info.partitions().get(0);
        return new NodeSpec(info.name(), site, address, info.capacity().cpus() * 1000L, info.capacity().memoryMb(),
                info.capacity().diskMb(), labels, info.partitions().size(), first.firstPort(),
                first.lastPort() - first.firstPort() + 1);
    }

    static String errorOf(AgentHttp.Answer answer) {
        String text = answer.text();
        int start = text.indexOf("\"error\":\"");
        return start < 0 ? text : text.substring(start + 9, Math.max(start + 9, text.lastIndexOf('"')));
    }
}
