package org.hyperedge.connector;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.connector.federation.FederationServer;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.node.SiteSummaryCodec;

/**
 * Asks each federated site, over its link and after a sync that reached it, what it offers now (its nodes'
 * partitions and its catalog, issue 20), at most once per {@link #EVERY}, and keeps the answer with its time. A site
 * that does not answer, or answers with something that is no summary, keeps what it told last: its age then grows,
 * which is what the operator sees. Neither fails the sync: delegating works without a summary.
 */
final class SiteSummaryRequests {

    /** How often a site is asked: its capacity moves with what runs there, its catalog seldom. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final NodeTransport transport;
    private final FederatedSites sites;
    /** When each site was last asked (nanoTime). */
    private final Map<String, Long> asked = new ConcurrentHashMap<>();
    /** The last failure per site, written to the log once until the site answers again. */
    private final Map<String, String> failing = new ConcurrentHashMap<>();

    SiteSummaryRequests(NodeTransport transport, FederatedSites sites) {
        this.transport = transport;
        this.sites = sites;
    }

    /** Asks the site now if it was not asked within {@link #EVERY}; on a connector thread, after its sync. */
    void askIfDue(NodeLink site) {
        long now = System.nanoTime();
        Long last = asked.get(site.nodeId());
        if (last != null && now - last < EVERY.toNanos()) {
            return;
        }
        asked.put(site.nodeId(), now);
        try {
            sites.told(site.nodeId(), ask(site));
            failing.remove(site.nodeId());
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!why.equals(failing.put(site.nodeId(), why))) {
                System.err.println("hyperedge master: federated site " + site.nodeId() + " did not tell its summary: "
                        + why);
            }
        }
    }

    private SiteSummary ask(NodeLink site) throws IOException {
        AgentHttp.Answer answer = transport.get(site, FederationServer.SITE_PATH, SiteSummaryCodec.MAX_BYTES);
        if (!answer.ok()) {
            throw new IOException("it answered " + answer.status() + ": " + NodeAdoption.errorOf(answer));
        }
        return SiteSummaryCodec.read(answer.body());
    }
}
