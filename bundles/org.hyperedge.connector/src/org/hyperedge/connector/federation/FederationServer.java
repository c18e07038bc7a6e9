package org.hyperedge.connector.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hyperedge.master.Master;
import org.hyperedge.master.federation.FederationInvites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.federation.FederationPeers.Direction;
import org.hyperedge.master.federation.FederationPeers.Peer;
import org.hyperedge.master.federation.OwnSiteSummary;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.node.SiteSummaryCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.tls.Fingerprints;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * This master as a federated site of other masters (issue 20), served at its endpoint: a master joins with a
 * one-time invitation code ({@value #JOIN_PATH}), its certificate is pinned, and from then on that certificate alone
 * speaks the node protocol with this master as if it were an agent: {@code PUT /v1/desired} (its instances become
 * requests here, {@link DelegatedDesired}), {@code GET /v1/reports} and {@code POST /v1/reports/ack} (their states
 * flow back, {@link DelegatedReports}) and {@code GET} {@value #SITE_PATH} (what this master offers: its nodes'
 * partitions and its catalog, {@link OwnSiteSummary}). Both ways are exactly once over an unstable link: a push that
 * is not newer than the one applied last, and an acknowledgement of nothing new (replayed, or overtaken), are answered
 * 200 and change nothing. Every answer is a status and a JSON body; errors carry {@code error}.
 */
public final class FederationServer {

    public static final String JOIN_PATH = "/v1/federation/join";
    /** Where a delegating master asks what this master offers: its nodes' partitions and its catalog. */
    public static final String SITE_PATH = "/v1/federation/site";
    /** Where a delegating master fetches the descriptor of a release of this catalog ({@code ?id=RELEASE}). */
    public static final String RELEASE_PATH = "/v1/federation/release";
    /** The largest request body: a desired state. */
    public static final int MAX_BODY = DesiredStateCodec.MAX_BYTES;

    /** An answer to send. */
    public record Reply(int status, byte[] body) {

        static Reply json(int status, String json) {
            return new Reply(status, json.getBytes(StandardCharsets.UTF_8));
        }

        static Reply error(int status, String message) {
            String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
            return json(status, "{\"error\":\"" + escaped + "\"}");
        }
    }

    private final Master master;
    private final String self;
    private final FederationPeers peers;
    private final DelegatedDesired desired;
    private final DelegatedReports reports;
    /** Per peer, what its pushes are applied under, one after the other. */
    private final Map<String, Object> pushing = new java.util.concurrent.ConcurrentHashMap<>();
    /** When each peer's call was last written down (nanoTime): once a second is enough for the age of its link. */
    private final Map<String, Long> heardAt = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long HEARD_EVERY_NANOS = 1_000_000_000L;

    public FederationServer(Master master, String selfFingerprint) {
        this.master = master;
        this.self = selfFingerprint.toLowerCase(java.util.Locale.ROOT);
        this.peers = master.federationPeers();
        this.desired = new DelegatedDesired(master, self);
        this.reports = new DelegatedReports(master);
    }

    /** Whether the request is one this class serves (the rest of the endpoint is the dial-in protocol's). */
    public static boolean handles(String method, String path) {
        return switch (path) {
            case JOIN_PATH, "/v1/reports/ack" -> "POST".equals(method);
            case "/v1/desired" -> "PUT".equals(method);
            case "/v1/reports", "/v1/node", SITE_PATH, RELEASE_PATH -> "GET".equals(method);
            default -> false;
        };
    }

    /** Serves one request of the certificate {@code fingerprint}; {@code query} may be null. */
    public Reply serve(String fingerprint, String method, String path, String query, byte[] body) {
        try {
            if (path.equals(JOIN_PATH)) {
                return join(fingerprint, body);
            }
            Optional<Peer> peer = peers.byFingerprint(fingerprint, Direction.DELEGATES);
            if (peer.isEmpty()) {
                return Reply.error(403, "certificate " + Fingerprints.shortForm(fingerprint) + " is not a master federated "
                        + "with this one (print an invitation here with federation invite, then run federation add there)");
            }
            String name = peer.get().name();
            long now = System.nanoTime();
            Long last = heardAt.get(name);
            if (last == null || now - last > HEARD_EVERY_NANOS) {
                heardAt.put(name, now);
                peers.heard(name, Direction.DELEGATES);
            }
            return switch (path) {
                case "/v1/desired" -> desired(name, fingerprint, body);
                case "/v1/reports" -> reports(name, query);
                case "/v1/reports/ack" -> acknowledge(name, body);
                case SITE_PATH -> new Reply(200, SiteSummaryCodec.write(OwnSiteSummary.of(master)));
                case RELEASE_PATH -> release(query);
                default -> Reply.error(404, "a federated master describes no node of its own");
            };
        } catch (IllegalArgumentException | IOException e) {
            return Reply.error(400, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private Reply join(String fingerprint, byte[] body) throws IOException {
        JsonNode request = ReportCodec.JSON.readTree(body);
        String name = request == null ? "" : request.path("name").asText("");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            return Reply.error(400, "the joining master's name '" + name + "' must be 1-63 letters, digits, '.', '_' or '-'");
        }
        try {
            master.federationInvites().redeem(request.path("code").asText(""), fingerprint);
        } catch (FederationInvites.RefusedException e) {
            return Reply.error(403, e.getMessage());
        }
        try {
            peers.add(name, Direction.DELEGATES, fingerprint, null);
        } catch (IllegalArgumentException e) {
            return Reply.error(409, e.getMessage());
        }
        DelegationProjects.ensure(master, name);
        return Reply.json(200, "{\"joined\":\"" + name + "\",\"fingerprint\":\"" + self + "\"}");
    }

    private Reply desired(String peer, String fingerprint, byte[] body) throws IOException {
        DesiredState state = DesiredStateCodec.read(body);
        String refused = DelegatedDesired.refusal(state);
        if (refused != null) {
            return Reply.error(400, refused);
        }
        // one push of a peer at a time: a stale copy checked beside a newer push must not be applied after it
        synchronized (pushing.computeIfAbsent(peer, p -> new Object())) {
            return apply(peer, fingerprint, state, body);
        }
    }

    private Reply apply(String peer, String fingerprint, DesiredState state, byte[] body) throws IOException {
        String notNewer = reports.notNewer(peer, state);
        if (notNewer != null) {
            // a push replayed or overtaken by a later one: acknowledged, so its sender moves on, and not applied twice
            return Reply.json(200, "{\"generation\":" + reports.heldGeneration(peer) + ",\"applied\":false,\"why\":"
                    + ReportCodec.JSON.writeValueAsString(notNewer) + "}");
        }
        desired.apply(peer, fingerprint, state, FederationChain.read(body));
        Map<Long, String> partitions = new HashMap<>();
        state.partitions().forEach(p -> partitions.put(p.instanceId(), p.reference()));
        reports.held(peer, state, partitions);
        return Reply.json(200, "{\"generation\":" + state.generation() + ",\"applied\":true}");
    }

    private Reply reports(String peer, String query) {
        long after = 0;
        int max = 1_000;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                switch (key) {
                    case "after" -> after = Math.max(0, Long.parseLong(value));
                    case "max" -> max = Math.max(1, Math.min(ReportCodec.MAX_PAGE, Integer.parseInt(value)));
                    default -> {
                        // other parameters of the agent's API carry nothing a master needs
                    }
                }
            } catch (NumberFormatException e) {
                return Reply.error(400, "query parameter " + key + " '" + value + "' is not a number");
            }
        }
        return new Reply(200, reports.page(peer, after, max));
    }

    /** A release of this catalog, its descriptor as imported here, for a master that delegates it to this one. */
    private Reply release(String query) {
        String id = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("id=")) {
                id = java.net.URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
            }
        }
        if (id == null || id.isEmpty()) {
            return Reply.error(400, "name the release: " + RELEASE_PATH + "?id=RELEASE");
        }
        String asked = id;
        return master.catalog().descriptorJson(id).map(json -> new Reply(200, json.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> Reply.error(404, "this master's catalog offers no release " + asked));
    }

    private Reply acknowledge(String peer, byte[] body) {
        ReportCodec.Acknowledgement ack = ReportCodec.readAcknowledgement(body);
        return switch (reports.acknowledge(peer, ack.seq(), ack.epoch())) {
            case NOW -> Reply.json(200, "{\"acknowledged\":" + ack.seq() + "}");
            // a replayed or overtaken acknowledgement changes nothing, and its sender need not send it again
            case ALREADY -> Reply.json(200, "{\"acknowledged\":" + ack.seq() + ",\"already\":true}");
            case OTHER_EPOCH -> Reply.error(409, "acknowledgement of journal epoch " + ack.epoch() + ", not this master's "
                    + reports.epochId(peer) + " for " + peer + ": nothing acknowledged");
            case BEYOND_LAST -> Reply.error(409, "acknowledgement of seq " + ack.seq() + ", beyond the last this master's "
                    + "journal for " + peer + " gave: nothing acknowledged");
        };
    }
}
