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

    /** Returns the adopted node's id and pinned fingerprint. */
    static String[] adopt(TlsIdentity identity, NodeLinks links, String address, String code, String site,
            Map<String, String> labels) throws AdoptionException {
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
        NodeSpec spec = spec(info, site, address, labels);
        links.adopt(spec, presented[0], info.sealingKey());
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
