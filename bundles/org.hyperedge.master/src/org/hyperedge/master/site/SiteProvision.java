package org.hyperedge.master.site;

import java.util.List;

import org.hyperedge.master.composite.CompositeOrder;
import org.hyperedge.master.composite.CompositeRequests;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.store.Database;

/**
 * At the site, after the import and the adoption of the site's machines: requests each composite of the plan
 * as its instance tree. Requests are idempotent per (tree, title), so provisioning again after an
 * interruption orders nothing twice; the artifacts reach the nodes from this master's cache, where the
 * import put them, when the connector syncs.
 */
public final class SiteProvision {

    private final Database database;
    private final CompositeRequests composites;

    /** {@code composites}: the master's own, so a provisioned site's trees are requested as any other. */
    public SiteProvision(Database database, CompositeRequests composites) {
        this.database = database;
        this.composites = composites;
    }

    public SiteSummary provision(SiteProgress progress) throws SiteBundleException, RequestRefused {
        SiteIdentity site = SiteIdentity.find(database).orElseThrow(() -> new SiteBundleException(
                "this master was not set up from a site bundle: import one first (site import FILE --trust FINGERPRINT)"));
        SiteSummary.Counts counts = new SiteSummary.Counts();
        long done = 0;
        for (SiteIdentity.PlannedTree tree : site.plan()) {
            progress.report("requesting " + tree.tree(), done++, site.plan().size());
            CompositeOrder order = composites.request(tree.composite(), tree.tree());
            counts.add("trees", 1).add("instances", order.instances().size())
                    .add("placed", order.instances().values().stream().filter(i -> i != null && i.placed()).count());
        }
        progress.report("requested", site.plan().size(), site.plan().size());
        return new SiteSummary("site provision", site.bundleId(), site.officeMaster(), counts.map(), List.of());
    }
}
