package org.hyperedge.master.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** What an update did: the releases it added, and those the catalog held already. */
    public record Result(String source, List<ReleaseDescriptor> added, List<String> unchanged) {
    }

    private final CatalogStore catalog;
    private final CatalogSources sources;

    CatalogUpdate(CatalogStore catalog, CatalogSources sources) {
        this.catalog = catalog;
        this.sources = sources;
    }

    /** Checks a source before it is recorded: its index verifies against the trusted fingerprint. */
    public CatalogSources.Source add(String name, Path directory, Trust trust, String trustedFingerprint)
            throws CatalogSourceException {
        return add(name, new DirectoryCatalog(directory), trust, trustedFingerprint);
    }

    /** The same for a directory or an https:// URL ({@link CatalogLocation}). */
    public CatalogSources.Source add(String name, CatalogLocation location, Trust trust, String trustedFingerprint)
            throws CatalogSourceException {
        VerifiedCatalogIndex index = VerifiedCatalogIndex.read(location, trust);
        return sources.add(name, location.describe(), trustedFingerprint, index.publishedAt());
    }

    public Result update(String name) throws CatalogSourceException {
        CatalogSources.Source source = sources.named(name);
        return apply(source, verify(source));
    }

    /** Every source, each index verified before any source's releases are imported: one refused changes nothing. */
    public List<Result> updateAll() throws CatalogSourceException {
        List<CatalogSources.Source> all = sources.list();
        List<VerifiedCatalogIndex> indexes = new ArrayList<>();
        for (CatalogSources.Source source : all) {
            indexes.add(verify(source));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            results.add(apply(all.get(i), indexes.get(i)));
        }
        return results;
    }

    /**
     * The source's index, verified, and no older than the one last taken from it: an old index, however well signed,
     * served again (by a mirror or anyone between) would hide the releases and fixes published since.
     */
    private static VerifiedCatalogIndex verify(CatalogSources.Source source) throws CatalogSourceException {
        try {
            VerifiedCatalogIndex index = VerifiedCatalogIndex.read(CatalogLocation.of(source.location()),
                    Trust.of(source.trustedFingerprint()));
            Instant taken = source.indexPublishedAt();
            if (taken != null && CatalogSources.stored(index.publishedAt()).isBefore(taken)) {
                throw new CatalogSourceException("its index was published at " + index.publishedAt() + ", before the "
                        + "index this master last took from it (published at " + taken + "): an older index is refused, "
                        + "it would hide what was published since (a replay)");
            }
            return index;
        } catch (CatalogSourceException e) {
            throw new CatalogSourceException("catalog source " + source.name() + " is refused: " + e.getMessage());
        }
    }

    private Result apply(CatalogSources.Source source, VerifiedCatalogIndex index) {
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
        return new Result(source.name(), added, unchanged);
    }
}
