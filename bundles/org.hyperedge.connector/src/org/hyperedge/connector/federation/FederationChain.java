package org.hyperedge.connector.federation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.federation.DelegatedInstances;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The masters an instance came through, carried with the desired state a master pushes to a federated site
 * ({@code "via": {"INSTANCE": ["FINGERPRINT", ...]}}): a master that finds itself in an instance's chain refuses it,
 * so A delegating to B delegating back to A ends at once with the chain named, not in a ring of requests.
 */
public final class FederationChain {

    /** The field of the desired state that carries the chains. */
    public static final String FIELD = "via";
    /** Longer chains are refused: no federation is that deep, and the field stays bounded. */
    public static final int MAX_LENGTH = 16;

    private FederationChain() {
    }

    /**
     * The desired state as pushed to a federated site: each instance's chain is the one it was delegated here with
     * (none for this master's own instances) followed by this master.
     */
    public static byte[] withChains(byte[] written, DesiredState desired, DelegatedInstances delegated, String self)
            throws IOException {
        ObjectNode root = (ObjectNode) ReportCodec.JSON.readTree(written);
        ObjectNode via = root.putObject(FIELD);
        for (DesiredState.PartitionState partition : desired.partitions()) {
            if (partition.instanceId() <= 0) {
                continue;
            }
            ArrayNode chain = via.putArray(Long.toString(partition.instanceId()));
            delegated.byInstance(partition.instanceId()).ifPresent(d -> d.chain().forEach(chain::add));
            chain.add(self);
        }
        return ReportCodec.JSON.writeValueAsBytes(root);
    }

    /** The chains a pushed desired state carries, by instance id; an instance without one came straight from the peer. */
    static Map<Long, List<String>> read(byte[] body) throws IOException {
        JsonNode via = ReportCodec.JSON.readTree(body).path(FIELD);
        Map<Long, List<String>> chains = new HashMap<>();
        via.fields().forEachRemaining(entry -> {
            List<String> chain = new ArrayList<>();
            entry.getValue().forEach(fingerprint -> {
                String text = fingerprint.asText().toLowerCase(java.util.Locale.ROOT);
                if (!text.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("federation chain of instance " + entry.getKey() + ": '" + text
                            + "' is not a certificate fingerprint (64 hex digits)");
                }
                chain.add(text);
            });
            try {
                chains.put(Long.parseLong(entry.getKey()), chain);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("federation chain of '" + entry.getKey() + "': not an instance id");
            }
        });
        return chains;
    }

    /** Why an instance with this chain is refused here, or null when it may run here. */
    static String refusal(List<String> chain, String self) {
        if (chain.size() > MAX_LENGTH) {
            return "refused: it came through " + chain.size() + " masters, more than the " + MAX_LENGTH + " a federation allows";
        }
        if (chain.contains(self)) {
            List<String> named = new ArrayList<>();
            chain.forEach(fingerprint -> named.add(Fingerprints.shortForm(fingerprint)));
            named.add(Fingerprints.shortForm(self));
            return "refused: a federation loop: it was delegated through " + String.join(" → ", named)
                    + ", back to a master it came from";
        }
        return null;
    }
}
