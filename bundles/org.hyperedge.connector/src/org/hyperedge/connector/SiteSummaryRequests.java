package org.hyperedge.connector;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.connector.federation.FederationServer;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.federation.FederatedReleases;
import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.node.SiteSummary;
import org.hyperedge.protocol.node.SiteSummaryCodec;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;

/**
 * Asks each federated site, over its link and after a sync that reached it, what it offers now (its nodes'
 * partitions and its catalog, issue 20), at most once per {@link #EVERY}, and keeps the answer with its time; the
 * releases only it offers are imported into this catalog as its (delegated to it when requested). A site
 * that does not answer, or answers with something that is no summary, keeps what it told last: its age then grows,
 * which is what the operator sees. Neither fails the sync: delegating works without a summary.
 */
final class SiteSummaryRequests {

    /** How often a site is asked: its capacity moves with what runs there, its catalog seldom. */
    static final Duration EVERY = Duration.ofSeconds(5);

    private final NodeTransport transport;
    private final FederatedSites sites;
    private final CatalogStore catalog;
    /** The most release descriptors fetched from a site at one ask. */
    static final int RELEASES_PER_ASK = 20;
    /** When each site was last asked (nanoTime). */
    private final Map<String, Long> asked = new ConcurrentHashMap<>();
    /** The last failure per site, written to the log once until the site answers again. */
    private final Map<String, String> failing = new ConcurrentHashMap<>();

    SiteSummaryRequests(NodeTransport transport, FederatedSites sites, CatalogStore catalog) {
        this.transport = transport;
        this.sites = sites;
        this.catalog = catalog;
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
            SiteSummary summary = ask(site);
            sites.told(site.nodeId(), summary);
            importOffered(site, summary);
            failing.remove(site.nodeId());
        } catch (IOException | IllegalArgumentException | InvalidDescriptorException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            if (!why.equals(failing.put(site.nodeId(), why))) {
                System.err.println("hyperedge master: federated site " + site.nodeId() + " did not tell its summary: "
                        + why);
            }
        }
    }

    /**
     * Imports the releases the site offers that this catalog lacks, from the site's own descriptors, as offered by it
     * alone ({@link FederatedReleases}): a request of one is delegated to the site. A release this catalog has is
     * never replaced; at most {@link #RELEASES_PER_ASK} are fetched at a time, the rest at the next asks.
     */
    private void importOffered(NodeLink site, SiteSummary summary) throws IOException, InvalidDescriptorException {
        java.util.Set<String> here = new java.util.HashSet<>();
        catalog.list().forEach(release -> here.add(release.id()));
        int fetched = 0;
        for (SiteSummary.OfferedRelease offered : summary.catalog()) {
            if (here.contains(offered.id()) || fetched++ >= RELEASES_PER_ASK) {
                continue;
            }
            AgentHttp.Answer answer = transport.get(site, FederationServer.RELEASE_PATH + "?id="
                    + java.net.URLEncoder.encode(offered.id(), java.nio.charset.StandardCharsets.UTF_8),
                    ReleaseDescriptorReader.MAX_BYTES);
            if (!answer.ok()) {
                throw new IOException("it did not give release " + offered.id() + " (" + answer.status() + "): "
                        + NodeAdoption.errorOf(answer));
            }
            String json = answer.text();
            String id = ReleaseDescriptorReader.read("release " + offered.id() + " of federated site " + site.nodeId(),
                    json).id();
            if (!id.equals(offered.id())) {
                throw new IOException("asked for release " + offered.id() + ", it gave " + id + ": not imported");
            }
            catalog.importRelease("release " + id + " of federated site " + site.nodeId(), json,
                    FederatedReleases.origin(site.nodeId()));
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
