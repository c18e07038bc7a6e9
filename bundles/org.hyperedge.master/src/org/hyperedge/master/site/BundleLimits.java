package org.hyperedge.master.site;

import java.util.List;
import java.util.Optional;

/**
 * What a bundle may hold. A zip of a few megabytes can inflate to terabytes, so whoever opens a bundle reads
 * its manifest and signature within a bound, checks the signature, and then inflates each entry only as far as
 * the signed manifest lists it; every size the manifest lists is bounded too, so even a bundle signed by a key
 * nobody trusts (what {@code site info} opens) costs its reader little. An export refuses to write more.
 */
public final class BundleLimits {

    /** {@code manifest.json}: a manifest of the most entries a bundle holds is about 2 MB */
    public static final long MANIFEST_BYTES = 16L << 20;
    /** {@code manifest.sig}: an ECDSA P-256 signature in base64 is under 100 bytes */
    public static final long SIGNATURE_BYTES = 4L << 10;
    /** entries listed by a manifest */
    public static final int ENTRIES = 10_000;
    /** one artifact */
    public static final long ENTRY_BYTES = 16L << 30;
    /** an entry read into memory whole: a release, a composite, the plan, prices, pairings, a return's records */
    public static final long IN_MEMORY_BYTES = 512L << 20;
    /** the prefix of a master backup's database entries, copied to disk, never read into memory */
    public static final String DATABASE = "database/";
    /** every entry together */
    public static final long TOTAL_BYTES = 64L << 30;

    private BundleLimits() {
    }

    /** The most an entry at this path may hold. */
    static long of(String path) {
        return path.startsWith(SiteBundles.ARTIFACTS) || path.startsWith(DATABASE) ? ENTRY_BYTES : IN_MEMORY_BYTES;
    }

    /** How the listed entries pass the limits, if they do. */
    static Optional<String> problem(List<BundleManifest.ListedFile> entries) {
        if (entries.size() > ENTRIES) {
            return Optional.of("lists " + entries.size() + " entries, more than a bundle may hold (" + ENTRIES + ")");
        }
        long total = 0;
        for (BundleManifest.ListedFile entry : entries) {
            if (entry.size() < 0) {
                return Optional.of("lists " + entry.path() + " without its size");
            }
            if (entry.size() > of(entry.path())) {
                return Optional.of("lists " + entry.path() + " at " + entry.size() + " bytes, more than a bundle may hold ("
                        + describe(of(entry.path())) + " for such an entry)");
            }
            total += entry.size();
        }
        if (total > TOTAL_BYTES) {
            return Optional.of("lists " + total + " bytes in all, more than a bundle may hold (" + describe(TOTAL_BYTES) + ")");
        }
        return Optional.empty();
    }

    static String describe(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GiB" : bytes >= 1L << 20 ? (bytes >> 20) + " MiB"
                : bytes >= 1L << 10 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
