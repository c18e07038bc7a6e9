package org.hyperedge.update;

import java.util.List;

import org.eclipse.equinox.p2.operations.UpdateOperation;

/** What a check of the update site found: the newer versions on offer, and the resolved change that installs them. */
public final class UpdateCheck {

    private final UpdateSite site;
    private final List<UpdateOffer> offers;
    private final UpdateOperation operation;

    UpdateCheck(UpdateSite site, List<UpdateOffer> offers, UpdateOperation operation) {
        this.site = site;
        this.offers = List.copyOf(offers);
        this.operation = operation;
    }

    public UpdateSite site() {
        return site;
    }

    /** Empty when the site has nothing newer than what is installed. */
    public List<UpdateOffer> offers() {
        return offers;
    }

    public boolean nothingNewer() {
        return offers.isEmpty();
    }

    UpdateOperation operation() {
        return operation;
    }
}
