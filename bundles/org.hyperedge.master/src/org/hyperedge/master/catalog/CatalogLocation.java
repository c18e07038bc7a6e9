package org.hyperedge.master.catalog;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a catalog index is read from: a directory ({@link DirectoryCatalog}) or an {@code https://} URL
 * ({@link HttpsCatalog}); or a site bundle ({@link SiteBundleCatalog}), whose signed manifest stands for the index. Either only hands over bytes; what they are worth is decided by
 * {@link VerifiedCatalogIndex}, the same way for both.
 */
public interface CatalogLocation {

    /** The bytes of {@code path} (relative, '/'-separated), or null when the location holds no such file. */
    byte[] read(String path, int maxBytes) throws CatalogSourceException;

    /**
     * Copies {@code path} (an artifact) into {@code target}, reading at most {@code maxBytes} of it; false when the
     * location holds no such file. What the bytes are worth is the caller's to check.
     */
    boolean copy(String path, long maxBytes, Path target) throws CatalogSourceException;

    /** Refuses a location that is not there at all (a missing directory); a URL is only known by reading it. */
    void checkExists() throws CatalogSourceException;

    /** The location as the operator gave it, for messages and for {@code catalog sources}. */
    String describe();

    /** True for an {@code https://} location. */
    static boolean isHttps(String location) {
        return location.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** A recorded source's location: a URL when it is one, a site bundle when it is a file, else a directory. */
    static CatalogLocation of(String location) throws CatalogSourceException {
        if (isHttps(location)) {
            return HttpsCatalog.of(location);
        }
        return SiteBundleCatalog.is(location) ? new SiteBundleCatalog(Path.of(location))
                : new DirectoryCatalog(Path.of(location));
    }
}
