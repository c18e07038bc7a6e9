package org.hyperedge.master.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Writes a bundle: entries into a zip beside the target, each hashed as it is written, then the manifest and
 * its signature; only a finished bundle is moved onto the target name, so an interrupted export leaves the
 * previous file (or none) and never half a bundle. It writes no bundle past {@link BundleLimits}, which no master
 * would open.
 */
public final class BundleWriter implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final ZipOutputStream zip;
    private final List<BundleManifest.ListedFile> entries = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private long total;
    private boolean finished;

    public BundleWriter(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.partial = Files.createTempFile(this.target.getParent(), "." + this.target.getFileName(), ".partial");
        this.zip = new ZipOutputStream(Files.newOutputStream(partial));
    }

    public void add(String path, byte[] content) throws IOException {
        within(path, content.length);
        begin(path);
        zip.write(content);
        zip.closeEntry();
        entries.add(new BundleManifest.ListedFile(path, Digests.sha256(content), content.length));
    }

    public void addFile(String path, Path file) throws IOException {
        addFile(path, file, false);
    }

    /** As {@link #addFile(String, Path)}; a file {@code compressed} already (a zip) is stored without deflating it again. */
    public void addFile(String path, Path file, boolean compressed) throws IOException {
        zip.setLevel(compressed ? java.util.zip.Deflater.NO_COMPRESSION : java.util.zip.Deflater.DEFAULT_COMPRESSION);
        begin(path);
        MessageDigest digest = Digests.newSha256();
        long size = 0;
        within(path, Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                zip.write(buffer, 0, read);
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        zip.closeEntry();
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        entries.add(new BundleManifest.ListedFile(path, Digests.hex(digest), size));
    }

    /** Writes the manifest and the signature over it, and moves the bundle onto its name. */
    public BundleManifest finish(TlsIdentity signer, String kind, String bundleId, String siteId, String siteName, String origin)
            throws IOException {
        String certificate;
        try {
            certificate = Base64.getEncoder().encodeToString(signer.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException("cannot encode the signer's certificate", e);
        }
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, kind, bundleId, Instant.now(), siteId, siteName,
                signer.fingerprint(), certificate, origin, entries);
        byte[] json = manifest.toJson();
        if (json.length > BundleLimits.MANIFEST_BYTES) {
            throw new IOException("the manifest would be " + json.length + " bytes, more than a bundle may hold ("
                    + BundleLimits.describe(BundleLimits.MANIFEST_BYTES) + ")");
        }
        begin(BundleManifest.MANIFEST);
        zip.write(json);
        zip.closeEntry();
        begin(BundleManifest.SIGNATURE);
        zip.write(Base64.getEncoder().encode(signer.sign(json)));
        zip.closeEntry();
        zip.close();
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        finished = true;
        return manifest;
    }

    /** Refuses an entry that would make a bundle no master opens (see {@link BundleLimits}). */
    private void within(String path, long size) throws IOException {
        if (entries.size() + 1 > BundleLimits.ENTRIES) {
            throw new IOException("a bundle holds at most " + BundleLimits.ENTRIES + " entries; " + path + " would be one more");
        }
        if (size > BundleLimits.of(path)) {
            throw new IOException(path + " is " + size + " bytes, more than a bundle may hold ("
                    + BundleLimits.describe(BundleLimits.of(path)) + " for such an entry)");
        }
        total += size;
        if (total > BundleLimits.TOTAL_BYTES) {
            throw new IOException("with " + path + " the bundle would hold " + total + " bytes, more than a bundle may ("
                    + BundleLimits.describe(BundleLimits.TOTAL_BYTES) + ")");
        }
    }

    private void begin(String path) throws IOException {
        if (!paths.add(path)) {
            throw new IllegalStateException("two entries named " + path);
        }
        zip.putNextEntry(new ZipEntry(path));
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                zip.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
