package org.hyperedge.master.fleet;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hyperedge.master.federation.FederatedSites;
import org.hyperedge.model.CatalogOffer;
import org.hyperedge.model.FederationSummary;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.Node;
import org.hyperedge.protocol.node.SiteSummary;

/**
 * What a federated site told, between the store's form ({@link FederatedSites.Told}) and the fleet model's (a node's
 * {@link FederationSummary}): a newer telling replaces the node's summary whole, so the views hear one change.
 */
final class FederationSummaries {

    private FederationSummaries() {
    }

    /** Puts {@code told} on the node, unless the node already carries that telling; {@code null}: nothing told. */
    static void apply(Node node, FederatedSites.Told told) {
        FederationSummary current = node.getTold();
        if (told == null) {
            if (current != null) {
                node.setTold(null);
            }
            return;
        }
        // the model's date keeps milliseconds, the store's time more: compare what the model can hold
        Instant toldAt = told.toldAt().truncatedTo(ChronoUnit.MILLIS);
        if (current != null && current.getToldAt() != null && current.getToldAt().toInstant().equals(toldAt)) {
            return;
        }
        FederationSummary summary = HyperEdgeFactory.eINSTANCE.createFederationSummary();
        summary.setNodes(told.summary().nodes());
        summary.setFreePartitions(told.summary().freePartitions());
        summary.setPartitions(told.summary().partitions());
        summary.setToldAt(Date.from(toldAt));
        for (SiteSummary.OfferedRelease release : told.summary().catalog()) {
            CatalogOffer offer = HyperEdgeFactory.eINSTANCE.createCatalogOffer();
            offer.setId(release.id());
            offer.setName(release.name());
            offer.setVersion(release.version());
            offer.setShortName(release.shortName());
            summary.getOffers().add(offer);
        }
        node.setTold(summary);
    }

    /** The node's summary as the views' rows carry it; {@code null} when the site told nothing yet. */
    static FederatedSites.Told told(FederationSummary summary) {
        if (summary == null) {
            return null;
        }
        List<SiteSummary.OfferedRelease> catalog = new ArrayList<>();
        for (CatalogOffer offer : summary.getOffers()) {
            catalog.add(new SiteSummary.OfferedRelease(offer.getId(), offer.getName(), offer.getVersion(),
                    offer.getShortName()));
        }
        return new FederatedSites.Told(new SiteSummary(summary.getNodes(), summary.getFreePartitions(),
                summary.getPartitions(), catalog), summary.getToldAt().toInstant());
    }
}
