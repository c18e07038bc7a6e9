package org.hyperedge.ui.instances;

import org.hyperedge.master.catalog.CatalogModel;
import org.hyperedge.model.SoftwareRelease;

/**
 * The Release column's text: the release's id and its version from the catalog model, e.g.
 * {@code builtin:static-web (1.0)}: two versions of one release may run side by side, and an upgrade changes an
 * instance's. Read from the in-memory catalog, so filling a row never waits for the database.
 */
final class ReleaseLabels {

    private final CatalogModel catalog;

    ReleaseLabels(CatalogModel catalog) {
        this.catalog = catalog;
    }

    String of(String releaseId) {
        if (releaseId == null || catalog == null) {
            return releaseId;
        }
        String version = catalog.read(releases -> releases.getReleases().stream().filter(r -> releaseId.equals(r.getId()))
                .map(SoftwareRelease::getVersion).findFirst().orElse(null));
        return version == null || version.isEmpty() ? releaseId : releaseId + " (" + version + ")";
    }
}
