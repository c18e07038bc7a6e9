package org.hyperedge.master.federation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Releases this master's catalog holds only because a federated site offers them (issue 20): imported from the site's
 * own descriptor with the origin {@code federation:SITE}, and run on that site only. A request of one names no place,
 * or names the site: it is delegated there. Anything else is refused, so what another master described is never
 * installed on this master's own nodes, whose agents run install steps as root.
 */
public final class FederatedReleases {

    /** The origin of a release a federated site offers, followed by the site's name. */
    public static final String ORIGIN_PREFIX = "federation:";

    private FederatedReleases() {
    }

    /** The origin a release offered by {@code site} is imported with. */
    public static String origin(String site) {
        return ORIGIN_PREFIX + site;
    }

    /** The federated site that alone offers a release of that origin, or null for a release of this master's own catalog. */
    public static String siteOf(String origin) {
        return origin != null && origin.startsWith(ORIGIN_PREFIX) ? origin.substring(ORIGIN_PREFIX.length()) : null;
    }

    /**
     * Whether {@code site}'s last summary still lists the release; true while it told nothing yet (delegating works
     * without a summary). A release it stopped offering stays in this catalog for the instances that run it there.
     */
    public static boolean stillOffered(Connection connection, String site, String releaseId) throws SQLException {
        FederatedSites.Told told = FederatedSites.of(connection, site);
        return told == null || told.summary().catalog().stream().anyMatch(release -> release.id().equals(releaseId));
    }

    /**
     * The SLA of a request of a release only {@code site} offers: the site added when the request names no place;
     * as it is when it names the site (or its node); else a problem is added, naming the site.
     */
    public static Map<String, String> placedOnSite(String releaseId, String site, Map<String, String> sla,
            List<String> problems) {
        String node = sla.get("node");
        String named = sla.get("site");
        if (node == null && named == null) {
            Map<String, String> placed = new LinkedHashMap<>(sla);
            placed.put("site", site);
            return placed;
        }
        if ((named == null || named.equals(site)) && (node == null || node.equals(site))) {
            return sla;
        }
        problems.add("release " + releaseId + " is offered by federated site " + site + " only: it runs there, not on "
                + (node != null ? "node " + node : "site " + named) + " (request it with --node site=" + site + ")");
        return sla;
    }
}
