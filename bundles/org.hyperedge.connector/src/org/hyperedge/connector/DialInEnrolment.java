package org.hyperedge.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.hyperedge.master.sync.Enrolments;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.protocol.node.NodeInfo;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An agent behind NAT enrols itself (issue 18): over its mutual-TLS connection it presents a one-time token the
 * operator got from {@code nodes enrol}, with its description ({@link NodeInfo}, as a dialled agent answers at
 * pairing). The master records the node as dialling, pinned by the certificate the connection presented; the agent
 * pins the master by the fingerprint the operator gave it, so certificates are pinned both ways without a code.
 */
final class DialInEnrolment {

    /** The most an enrolment request carries: a token and a node's description. */
    static final int MAX_BYTES = 64 * 1024;

    private final NodeLinks links;
    private final Enrolments enrolments;
    private final String masterFingerprint;
    private final Runnable nodeAdded;

    /** {@code nodeAdded}: run once a node is enrolled (the instances waiting for a node are placed). */
    DialInEnrolment(NodeLinks links, Enrolments enrolments, String masterFingerprint, Runnable nodeAdded) {
        this.links = links;
        this.enrolments = enrolments;
        this.masterFingerprint = masterFingerprint;
        this.nodeAdded = nodeAdded;
    }

    /** Enrols the agent that presented {@code fingerprint} from {@code from}; returns the answer's JSON. */
    byte[] enrol(String fingerprint, String from, byte[] request) throws AdoptionException {
        JsonNode json;
        NodeInfo info;
        try {
            json = ReportCodec.JSON.readTree(request);
            info = NodeInfoCodec.read(ReportCodec.JSON.writeValueAsBytes(json.path("node")));
        } catch (IOException | RuntimeException e) {
            throw new AdoptionException("the enrolment request is not {\"token\": ..., \"node\": {its description}}: "
                    + e.getMessage());
        }
        if (info.fingerprint() == null || !info.fingerprint().equalsIgnoreCase(fingerprint)) {
            throw new AdoptionException("the agent describes itself with certificate " + Fingerprints.shortForm(
                    String.valueOf(info.fingerprint())) + " but its connection presented " + Fingerprints.shortForm(fingerprint));
        }
        Enrolments.Enrolment enrolment;
        try {
            enrolment = enrolments.redeem(json.path("token").asText(null), fingerprint);
        } catch (Enrolments.RefusedException e) {
            throw new AdoptionException(e.getMessage());
        }
        if (enrolment.nodeName() != null && !enrolment.nodeName().equals(info.name())) {
            throw new AdoptionException("the enrolment token was made for node '" + enrolment.nodeName() + "', and this "
                    + "agent is named '" + info.name() + "' (the token is spent: ask for a new one)");
        }
        links.adoptDialling(NodeAdoption.spec(info, enrolment.site(), null, Map.of()), fingerprint.toLowerCase(
                java.util.Locale.ROOT), info.sealingKey(), from);
        nodeAdded.run();
        return ("{\"node\":\"" + info.name() + "\",\"master\":\"" + masterFingerprint + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
