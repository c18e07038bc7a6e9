package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.SQLException;

import org.hyperedge.master.catalog.ReleaseVersions;
import org.hyperedge.master.catalog.ReleaseVersions.Version;
import org.hyperedge.master.request.RequestService.Refusal;

/**
 * Whether asking an existing instance for another release is an upgrade: the same release (same short name) at a
 * newer version. An older version is refused, naming both, so a mistyped version never rolls a service's data back
 * to software that may not read it; anything else is another release, which the caller refuses as before.
 */
final class ReleaseUpgrades {

    private ReleaseUpgrades() {
    }

    /** True for a newer version of the instance's release; a refusal for an older one; false for another release. */
    static boolean isUpgrade(Connection connection, InstanceRecord current, String requestedId) throws SQLException {
        Version from = ReleaseVersions.of(connection, current.releaseId()).orElse(null);
        Version to = ReleaseVersions.of(connection, requestedId).orElse(null);
        if (from == null || to == null || !from.sameReleaseAs(to)) {
            return false;
        }
        int order = ReleaseVersions.compare(to.version(), from.version());
        if (order < 0) {
            throw new Refusal("instance '" + current.title() + "' runs " + from + "; " + to
                    + " is older: a downgrade is refused (request version " + from.version()
                    + " or newer, or a new title)");
        }
        if (order > 0 && current.shared()) {
            // a shared instance lives in its host's partition and runs the host's software
            throw new Refusal("instance '" + current.title() + "' is shared: it runs its host's version ("
                    + from + ") and is upgraded with its host");
        }
        return order > 0;
    }
}
