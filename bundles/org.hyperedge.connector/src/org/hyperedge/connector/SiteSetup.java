package org.hyperedge.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.site.SealedPairingCode;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteIdentity;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;

/**
 * At the site, after a site bundle was imported: adopts the machines the office assigned (their pairing codes
 * came in the bundle, sealed to this master's key, and are erased once used) into the site, then requests the
 * plan. A machine adopted before (e.g. by a run that was interrupted) is not adopted again; one that cannot be adopted is named in the summary and the rest goes on,
 * so running it again once the machine is reachable finishes the job.
 */
public final class SiteSetup {

    private SiteSetup() {
    }

    /** The machine's pairing code, opened with this master's key (only this master's key opens it). */
    private static String code(Connector connector, Master master, SiteIdentity.SitePairing pairing)
            throws SiteBundleException {
        if (master.siteRecords().eraseUnsealed(pairing.address())) {
            throw new SiteBundleException("its pairing code was kept in clear by an older version and is now erased: "
                    + "adopt it with 'nodes adopt' and a new pairing code (agent --new-pairing)");
        }
        if (pairing.code() == null || pairing.code().isEmpty()) {
            throw new SiteBundleException("no pairing code is left for it: adopt it with 'nodes adopt' and a new pairing "
                    + "code (agent --new-pairing)");
        }
        return SealedPairingCode.open(connector.identity(), pairing.address(), pairing.code());
    }

    public static SiteSummary adoptAndProvision(Connector connector, Master master, SiteProgress progress)
            throws SiteBundleException, RequestRefused {
        SiteIdentity site = master.siteRecords().identity().orElseThrow(() -> new SiteBundleException(
                "this master was not set up from a site bundle: import one first"));
        List<SiteIdentity.SitePairing> pairings = master.siteRecords().pairings();
        NodeLinks links = master.nodeLinks();
        List<String> problems = new ArrayList<>();
        long adopted = 0;
        long done = 0;
        for (SiteIdentity.SitePairing pairing : pairings) {
            progress.report("adopting " + pairing.address(), done++, pairings.size());
            if (pairing.nodeId() != null && links.find(pairing.nodeId()).isPresent()) {
                continue;
            }
            String known = links.all().stream().filter(n -> n.address().equals(pairing.address())).map(NodeLink::nodeId)
                    .findFirst().orElse(null);
            try {
                String nodeId = known != null ? known : connector.adopt(pairing.address(), code(connector, master, pairing),
                        site.siteName(), Map.of());
                master.siteRecords().paired(pairing.address(), nodeId);
                adopted++;
            } catch (AdoptionException | SiteBundleException e) {
                problems.add(pairing.address() + ": " + e.getMessage());
            }
        }
        SiteSummary provisioned = master.siteProvision().provision(progress);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("machines adopted", adopted);
        counts.put("machines not adopted", (long) problems.size());
        counts.putAll(provisioned.counts());
        return new SiteSummary("site setup", site.bundleId(), site.officeMaster(), counts, problems);
    }
}
