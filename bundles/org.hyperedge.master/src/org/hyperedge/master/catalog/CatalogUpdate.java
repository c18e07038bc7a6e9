package org.hyperedge.master.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.site.ArtifactStore;
import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.ReleaseDescriptor;

/**
 * Brings a source's new releases and versions into the catalog: the source's index verified whole
 * ({@link VerifiedCatalogIndex}) before any release is imported, then each release the catalog does not hold yet
 * imported through {@link CatalogStore#importRelease}, as {@code catalog import} does. A release the catalog
 * already holds (an id is one version of one release) is left as it is, whatever the source says of it.
 */
public final class CatalogUpdate {

    /**
     * What an update did: the releases it added, those the catalog held already, and how many artifacts it brought
     * into the software cache.
     */
    public record Result(String source, List<ReleaseDescriptor> added, List<String> unchanged, int artifacts) {
    }

    private final CatalogStore catalog;
    private final CatalogSources sources;
    /** Where the artifacts of new releases are kept for the agents; null when the caller keeps none (then refused). */
    private final ArtifactStore artifacts;

    CatalogUpdate(CatalogStore catalog, CatalogSources sources, ArtifactStore artifacts) {
        this.catalog = catalog;
        this.sources = sources;
        this.artifacts = artifacts;
    }

    /** Checks a source before it is recorded: its index verifies against the trusted fingerprint. */
    public CatalogSources.Source add(String name, Path directory, Trust trust, String trustedFingerprint)
            throws CatalogSourceException {
        return add(name, new DirectoryCatalog(directory), trust, trustedFingerprint);
    }

    /** The same for a directory or an https:// URL ({@link CatalogLocation}). */
    public CatalogSources.Source add(String name, CatalogLocation location, Trust trust, String trustedFingerprint)
            throws CatalogSourceException {
        try {
            VerifiedCatalogIndex index = VerifiedCatalogIndex.read(location, trust);
            return sources.add(name, location.describe(), trustedFingerprint, index.publishedAt());
        } finally {
            closeIfBundle(location);
        }
    }

    private static void closeIfBundle(CatalogLocation location) {
        if (location instanceof SiteBundleCatalog bundle) {
            bundle.close();
        }
    }

    public Result update(String name) throws CatalogSourceException {
        try (Checked checked = check(sources.named(name))) {
            return apply(checked);
        }
    }

    /**
     * Every source, each index verified and its new artifacts fetched and checked before any source's releases are
     * imported: one refused changes nothing.
     */
    public List<Result> updateAll() throws CatalogSourceException {
        List<Checked> checked = new ArrayList<>();
        try {
            for (CatalogSources.Source source : sources.list()) {
                checked.add(check(source));
            }
            List<Result> results = new ArrayList<>();
            for (Checked each : checked) {
                results.add(apply(each));
            }
            return results;
        } finally {
            checked.forEach(Checked::close);
        }
    }

    /** A source whose index verified, with the new releases' artifacts fetched and checked. */
    private record Checked(CatalogSources.Source source, VerifiedCatalogIndex index, FetchedArtifacts fetched)
            implements AutoCloseable {
        @Override
        public void close() {
            fetched.close();
        }
    }

    private Checked check(CatalogSources.Source source) throws CatalogSourceException {
        CatalogLocation location = CatalogLocation.of(source.location());
        try {
            VerifiedCatalogIndex index = verify(source, location);
            List<ReleaseDescriptor> fresh = index.releases().stream().map(VerifiedCatalogIndex.Release::descriptor)
                    .filter(release -> catalog.find(release.id()).isEmpty()).toList();
            return new Checked(source, index, FetchedArtifacts.fetch(location, index, fresh, artifacts));
        } catch (CatalogSourceException e) {
            throw new CatalogSourceException("catalog source " + source.name() + " is refused: " + e.getMessage());
        } finally {
            // the artifacts are copied out by now: a bundle need not stay open until they are kept
            closeIfBundle(location);
        }
    }

    /**
     * The source's index, verified, and no older than the one last taken from it: an old index, however well signed,
     * served again (by a mirror or anyone between) would hide the releases and fixes published since.
     */
    private static VerifiedCatalogIndex verify(CatalogSources.Source source, CatalogLocation location)
            throws CatalogSourceException {
        VerifiedCatalogIndex index = VerifiedCatalogIndex.read(location, Trust.of(source.trustedFingerprint()));
        Instant taken = source.indexPublishedAt();
        if (taken != null && CatalogSources.stored(index.publishedAt()).isBefore(taken)) {
            throw new CatalogSourceException("its index was published at " + index.publishedAt() + ", before the "
                    + "index this master last took from it (published at " + taken + "): an older index is refused, "
                    + "it would hide what was published since (a replay)");
        }
        return index;
    }

    /** The artifacts first, so a release is never in the catalog before what its nodes need is in the cache. */
    private Result apply(Checked checked) throws CatalogSourceException {
        CatalogSources.Source source = checked.source();
        VerifiedCatalogIndex index = checked.index();
        if (checked.fetched().count() > 0) {
            checked.fetched().keep(artifacts);
        }
        List<ReleaseDescriptor> added = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (VerifiedCatalogIndex.Release release : index.releases()) {
            String id = release.descriptor().id();
            if (catalog.find(id).isPresent()) {
                unchanged.add(id);
                continue;
            }
            try {
                added.add(catalog.importRelease(source.location() + "/" + id, release.json(), source.name()));
            } catch (InvalidDescriptorException e) {
                // verified above with the same checks: only a defect gets here
                throw new IllegalStateException("a verified release was refused on import: " + e.getMessage(), e);
            }
        }
        sources.updated(source.name(), index.publishedAt());
        return new Result(source.name(), added, unchanged, checked.fetched().count());
    }
}
