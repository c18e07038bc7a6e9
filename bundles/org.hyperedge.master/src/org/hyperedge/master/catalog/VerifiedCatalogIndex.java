package org.hyperedge.master.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.hyperedge.master.site.Trust;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.ReleaseDescriptorReader;
import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A catalog index (a directory or an HTTPS URL, see {@link CatalogLocation}) checked before anything of it is
 * imported, in this order: the index is signed, the
 * signature matches the certificate it carries, that certificate is the trusted publisher's, and every release file
 * it lists has its SHA-256 and is a valid descriptor of the id and version listed. The first thing wrong refuses
 * the whole index.
 */
public record VerifiedCatalogIndex(String publisher, Instant publishedAt, List<Release> releases,
        List<CatalogIndex.Artifact> artifacts) {

    /** A release of the index, its descriptor checked as {@code catalog import} checks one. */
    public record Release(ReleaseDescriptor descriptor, String json) {
    }

    public static VerifiedCatalogIndex read(Path directory, Trust trust) throws CatalogSourceException {
        return read(new DirectoryCatalog(directory), trust);
    }

    /** The same checks wherever the bytes come from: a directory, or an HTTPS server trusted for nothing. */
    public static VerifiedCatalogIndex read(CatalogLocation location, Trust trust) throws CatalogSourceException {
        location.checkExists();
        if (location instanceof SiteBundleCatalog bundle) {
            // a site bundle is signed as a whole, by its manifest: VerifiedBundle checks it, not an index
            return bundle.verify(trust);
        }
        String directory = location.describe();
        byte[] indexBytes = location.read(CatalogIndex.FILE, CatalogIndex.MAX_INDEX_BYTES);
        if (indexBytes == null) {
            throw new CatalogSourceException(directory + " holds no " + CatalogIndex.FILE
                    + ": it is not a published catalog ('catalog publish' writes one)");
        }
        byte[] signatureBytes = location.read(CatalogIndex.SIGNATURE, CatalogIndex.MAX_SIGNATURE_BYTES);
        if (signatureBytes == null) {
            throw new CatalogSourceException("the catalog index in " + directory + " is not signed (no "
                    + CatalogIndex.SIGNATURE + "): an unsigned index is refused, anyone could have written it");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(signatureBytes, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new CatalogSourceException(CatalogIndex.SIGNATURE + " in " + directory + " is not base64: the signature "
                    + "was altered");
        }
        CatalogIndex index = CatalogIndex.parse(indexBytes);
        X509Certificate signer = index.signerCertificate();
        String fingerprint = Fingerprints.sha256(signer);
        if (!TlsIdentity.verify(signer, indexBytes, signature)) {
            throw new CatalogSourceException("the signature of the catalog index in " + directory + " does not match it: "
                    + "the index or its signature was altered after publisher " + Fingerprints.shortForm(fingerprint)
                    + " signed it");
        }
        if (!fingerprint.equals(index.publisher())) {
            throw new CatalogSourceException("the catalog index names publisher " + index.publisher()
                    + " but carries the certificate of " + fingerprint);
        }
        if (!trust.accepts(fingerprint)) {
            throw new CatalogSourceException("the catalog index in " + directory + " is signed by publisher "
                    + Fingerprints.shortForm(fingerprint) + " (" + fingerprint + "), not by the trusted publisher " + trust
                    + ": an index from another publisher is refused");
        }
        List<Release> releases = new ArrayList<>();
        for (CatalogIndex.Listed entry : index.releases()) {
            releases.add(release(location, entry));
        }
        for (CatalogIndex.Artifact artifact : index.artifacts()) {
            checkInside(artifact.file(), "artifact " + artifact.sha256());
        }
        return new VerifiedCatalogIndex(fingerprint, index.publishedAt(), releases, index.artifacts());
    }

    /** The artifact the index lists with that digest, if it lists one. */
    public java.util.Optional<CatalogIndex.Artifact> artifact(String sha256) {
        return artifacts.stream().filter(artifact -> artifact.sha256().equals(sha256)).findFirst();
    }

    private static void checkInside(String path, String what) throws CatalogSourceException {
        if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            throw new CatalogSourceException("the catalog index lists '" + path + "' for " + what
                    + ": not a path inside the index directory (relative, without '..')");
        }
    }

    private static Release release(CatalogLocation location, CatalogIndex.Listed entry) throws CatalogSourceException {
        String path = entry.file();
        checkInside(path, entry.id());
        byte[] content = location.read(path, ReleaseDescriptorReader.MAX_BYTES);
        if (content == null) {
            throw new CatalogSourceException("the catalog index lists " + path + " for " + entry.id() + ", which is not in "
                    + location.describe());
        }
        String digest = CatalogIndex.sha256(content);
        if (!digest.equals(entry.sha256())) {
            throw new CatalogSourceException(path + " (release " + entry.id() + ") has SHA-256 " + digest
                    + ", not the " + entry.sha256() + " the signed index lists: the file was altered after publishing");
        }
        return checked(path, new String(content, StandardCharsets.UTF_8), entry);
    }

    /**
     * A release file's descriptor checked as {@code catalog import} checks one, and, when the index lists it
     * ({@code entry} not null), of the id and version listed.
     */
    static Release checked(String path, String json, CatalogIndex.Listed entry) throws CatalogSourceException {
        String id = entry == null ? path : entry.id();
        try {
            ReleaseDescriptor descriptor = ReleaseDescriptorReader.read(path, json);
            List<Problem> problems = ReleaseSchemas.problems(descriptor);
            if (!problems.isEmpty()) {
                throw new InvalidDescriptorException(path, problems);
            }
            if (entry != null && (!descriptor.id().equals(entry.id()) || !descriptor.version().equals(entry.version()))) {
                throw new CatalogSourceException(path + " is " + descriptor.id() + " version " + descriptor.version()
                        + ", not the " + entry.id() + " version " + entry.version() + " the index lists");
            }
            return new Release(descriptor, json);
        } catch (InvalidDescriptorException e) {
            throw new CatalogSourceException(path + " (release " + id + ") is not a valid release: "
                    + e.problems().stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        }
    }
}
