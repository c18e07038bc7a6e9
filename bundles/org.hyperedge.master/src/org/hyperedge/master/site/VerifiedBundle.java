package org.hyperedge.master.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A bundle whose signature, signer and every entry were checked, in that order, before anything reads it:
 * the zip must be whole, the signature must be the certificate's over the manifest, the certificate must be
 * the trusted master's, and every entry must be listed, present, of its size and of its digest, and nothing
 * else may be in the zip. Anything else is refused with the reason, before a single row or file is written.
 * Nothing is inflated further than {@link BundleLimits} allow: the manifest and signature within their bounds,
 * every other entry only once the signature is checked and only as far as the signed manifest lists it.
 */
public final class VerifiedBundle implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final BundleManifest manifest;

    private VerifiedBundle(Path file, ZipFile zip, BundleManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and checks the bundle; {@code trust} null checks everything but who signed it (for {@code site info}). */
    public static VerifiedBundle open(Path file, Trust trust, String expectedKind, SiteProgress progress)
            throws SiteBundleException {
        if (!Files.isRegularFile(file)) {
            throw new SiteBundleException(file + " does not exist or is not a file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new SiteBundleException(file + " is not a whole bundle (truncated or not a zip file): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SiteBundleException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            if (zip.size() > BundleLimits.ENTRIES + 2) {
                throw new SiteBundleException(file.getFileName() + " holds " + zip.size() + " entries, more than a bundle "
                        + "may hold (" + BundleLimits.ENTRIES + ")");
            }
            BundleManifest manifest = verify(file, zip, trust, expectedKind, progress);
            return new VerifiedBundle(file, zip, manifest);
        } catch (SiteBundleException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static BundleManifest verify(Path file, ZipFile zip, Trust trust, String expectedKind, SiteProgress progress)
            throws SiteBundleException {
        byte[] manifestBytes = read(zip, BundleManifest.MANIFEST, BundleLimits.MANIFEST_BYTES);
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(read(zip, BundleManifest.SIGNATURE, BundleLimits.SIGNATURE_BYTES),
                    java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new SiteBundleException("the signature of " + file.getFileName() + " (" + BundleManifest.SIGNATURE
                    + ") is not base64: the bundle was altered", e);
        }
        BundleManifest manifest = BundleManifest.parse(manifestBytes);
        X509Certificate signer = manifest.signerCertificate();
        String fingerprint = Fingerprints.sha256(signer);
        if (!TlsIdentity.verify(signer, manifestBytes, signature)) {
            throw new SiteBundleException("the signature of " + file.getFileName() + " does not match its manifest: "
                    + "the manifest or the signature was altered after master " + Fingerprints.shortForm(fingerprint)
                    + " signed it");
        }
        if (!fingerprint.equals(manifest.signer())) {
            throw new SiteBundleException("the manifest names signer " + manifest.signer() + " but carries the certificate "
                    + "of " + fingerprint);
        }
        if (trust != null && !trust.accepts(fingerprint)) {
            throw new SiteBundleException(file.getFileName() + " is signed by master " + Fingerprints.shortForm(fingerprint)
                    + " (" + fingerprint + "), not by the trusted master " + trust + ": a bundle from an unknown master "
                    + "is refused");
        }
        if (expectedKind != null && !expectedKind.equals(manifest.kind())) {
            throw new SiteBundleException(file.getFileName() + " is a " + manifest.kind() + " bundle, not a " + expectedKind
                    + " bundle");
        }
        Optional<String> tooMuch = BundleLimits.problem(manifest.entries());
        if (tooMuch.isPresent()) {
            throw new SiteBundleException("the signed manifest of " + file.getFileName() + " " + tooMuch.get());
        }
        checkEntries(file, zip, manifest, progress);
        return manifest;
    }

    private static void checkEntries(Path file, ZipFile zip, BundleManifest manifest, SiteProgress progress)
            throws SiteBundleException {
        Map<String, BundleManifest.ListedFile> listed = new HashMap<>();
        manifest.entries().forEach(entry -> listed.put(entry.path(), entry));
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            String name = all.nextElement().getName();
            if (!listed.containsKey(name) && !name.equals(BundleManifest.MANIFEST) && !name.equals(BundleManifest.SIGNATURE)) {
                throw new SiteBundleException(file.getFileName() + " holds " + name + ", which its manifest does not list");
            }
        }
        long total = manifest.totalSize();
        long done = 0;
        for (BundleManifest.ListedFile entry : manifest.entries()) {
            progress.report("checking " + entry.path(), done, total);
            ZipEntry zipEntry = zip.getEntry(entry.path());
            if (zipEntry == null) {
                throw new SiteBundleException(file.getFileName() + " lacks " + entry.path() + ", which its manifest lists");
            }
            Object[] actual;
            try (InputStream in = new LimitedInput(zip.getInputStream(zipEntry), entry.size())) {
                actual = Digests.sha256AndSize(in);
            } catch (LimitedInput.TooLarge e) {
                throw new SiteBundleException(entry.path() + " inflates to more than the " + entry.size() + " bytes its "
                        + "signed manifest lists: the bundle was altered", e);
            } catch (IOException e) {
                throw new SiteBundleException(entry.path() + " in " + file.getFileName() + " cannot be read (the file is "
                        + "damaged or truncated): " + e.getMessage(), e);
            }
            if ((Long) actual[1] != entry.size()) {
                throw new SiteBundleException(entry.path() + " is " + actual[1] + " bytes, the signed manifest says "
                        + entry.size() + ": the bundle was altered");
            }
            if (!actual[0].equals(entry.sha256())) {
                throw new SiteBundleException(entry.path() + " has sha256 " + actual[0] + ", the signed manifest says "
                        + entry.sha256() + ": the bundle was altered");
            }
            if (entry.path().startsWith(SiteBundles.ARTIFACTS) && !entry.path().equals(SiteBundles.ARTIFACTS + entry.sha256())) {
                throw new SiteBundleException(entry.path() + " is not stored under its own digest " + entry.sha256());
            }
            done += entry.size();
        }
        progress.report("checked", total, total);
    }

    private static byte[] read(ZipFile zip, String path, long limit) throws SiteBundleException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new SiteBundleException("the bundle has no " + path + ": it is not a signed site bundle");
        }
        try (InputStream in = new LimitedInput(zip.getInputStream(entry), limit)) {
            return in.readAllBytes();
        } catch (LimitedInput.TooLarge e) {
            throw new SiteBundleException(path + " inflates to more than " + BundleLimits.describe(limit) + ", more than "
                    + "a bundle's " + path + " may: the file was built to exhaust its reader, not by a master", e);
        } catch (IOException e) {
            throw new SiteBundleException(path + " cannot be read (the file is damaged or truncated): " + e.getMessage(), e);
        }
    }

    public BundleManifest manifest() {
        return manifest;
    }

    public Path file() {
        return file;
    }

    /** An entry's bytes (checked when the bundle was opened, and read no further than its listed size). */
    public byte[] read(String path) throws SiteBundleException {
        BundleManifest.ListedFile entry = manifest.entries().stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new SiteBundleException("the bundle has no " + path));
        return read(zip, path, Math.min(entry.size(), BundleLimits.IN_MEMORY_BYTES));
    }

    /** Copies an entry to a new file and checks its digest once more on the way (the zip could change under us). */
    public void copy(String path, Path target) throws IOException, SiteBundleException {
        BundleManifest.ListedFile entry = manifest.entries().stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new SiteBundleException("the bundle has no " + path));
        try (InputStream in = new LimitedInput(zip.getInputStream(zip.getEntry(path)), entry.size())) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (LimitedInput.TooLarge e) {
            Files.deleteIfExists(target);
            throw new SiteBundleException(path + " changed while it was imported: " + file + " was modified", e);
        }
        try (InputStream in = Files.newInputStream(target)) {
            if (!Digests.sha256AndSize(in)[0].equals(entry.sha256())) {
                Files.deleteIfExists(target);
                throw new SiteBundleException(path + " changed while it was imported: " + file + " was modified");
            }
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // already failing with the reason that matters
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
