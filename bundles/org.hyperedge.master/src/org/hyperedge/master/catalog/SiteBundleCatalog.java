package org.hyperedge.master.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteBundles;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;

/**
 * A site bundle ({@code site export}) as a catalog source, for a field engineer with no network and no published
 * index: the bundle's signature, its signer (the trusted fingerprint) and every entry are checked by
 * {@link VerifiedBundle}, and its releases ({@code catalog/}) and artifacts ({@code artifacts/SHA256}) then stand for
 * a verified index, published when the bundle was made. Only a {@code site} bundle is one: a return bundle or a
 * backup is refused. The bundle stays open, for its artifacts, until {@link #close}.
 */
public final class SiteBundleCatalog implements CatalogLocation, AutoCloseable {

    private final Path file;
    private VerifiedBundle bundle;

    public SiteBundleCatalog(Path file) {
        this.file = file;
    }

    /** True for a location that is a file (a bundle), not a directory or a URL. */
    public static boolean is(String location) {
        return !CatalogLocation.isHttps(location) && Files.isRegularFile(Path.of(location));
    }

    /** The bundle checked whole against {@code trust}, as a verified index of its releases and artifacts. */
    VerifiedCatalogIndex verify(Trust trust) throws CatalogSourceException {
        close();
        try {
            bundle = VerifiedBundle.open(file, trust, BundleManifest.SITE, SiteProgress.NONE);
        } catch (SiteBundleException e) {
            throw new CatalogSourceException("the site bundle " + file + " is refused: " + e.getMessage());
        }
        BundleManifest manifest = bundle.manifest();
        List<VerifiedCatalogIndex.Release> releases = new ArrayList<>();
        for (BundleManifest.ListedFile entry : manifest.under(SiteBundles.CATALOG)) {
            byte[] json = read(entry.path(), Integer.MAX_VALUE);
            releases.add(VerifiedCatalogIndex.checked(entry.path(), new String(json, StandardCharsets.UTF_8), null));
        }
        List<CatalogIndex.Artifact> artifacts = new ArrayList<>();
        for (BundleManifest.ListedFile entry : manifest.under(SiteBundles.ARTIFACTS)) {
            artifacts.add(new CatalogIndex.Artifact(entry.sha256(), entry.size(), entry.path()));
        }
        return new VerifiedCatalogIndex(manifest.signer(), manifest.createdAt(), releases, artifacts);
    }

    @Override
    public byte[] read(String path, int maxBytes) throws CatalogSourceException {
        try {
            return opened().read(path);
        } catch (SiteBundleException e) {
            throw new CatalogSourceException(e.getMessage());
        }
    }

    @Override
    public boolean copy(String path, long maxBytes, Path target) throws CatalogSourceException {
        try {
            // read no further than the signed manifest lists, and hashed again on the way
            opened().copy(path, target);
            return true;
        } catch (SiteBundleException | IOException e) {
            throw new CatalogSourceException("cannot copy " + path + " out of " + file + ": " + e.getMessage());
        }
    }

    private VerifiedBundle opened() {
        if (bundle == null) {
            throw new IllegalStateException("the site bundle is read only once verified");
        }
        return bundle;
    }

    @Override
    public void checkExists() throws CatalogSourceException {
        if (!Files.isRegularFile(file)) {
            throw new CatalogSourceException(file + " does not exist or is not a file: a site bundle source is the file "
                    + "'site export' wrote");
        }
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public void close() {
        if (bundle != null) {
            bundle.close();
            bundle = null;
        }
    }
}
