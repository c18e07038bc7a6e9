package org.hyperedge.console.core.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hyperedge.connector.MasterSite;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.CertificateFiles;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;
import org.hyperedge.model.CompositeService;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * What the site wizards do with the console's master, off the UI thread: export a site or return bundle,
 * read a bundle's signer and contents, import it (a site bundle, then the site's setup; or a return bundle).
 * Progress goes to a {@link SiteProgress}; the console shows it in a job's monitor.
 */
public final class SiteOperations {

    /** A bundle as the import wizard shows it before anything is imported. */
    public record BundleInfo(String kind, String siteName, String signer, int entries, long bytes) {

        public String describe() {
            return (BundleManifest.SITE.equals(kind) ? "Site bundle" : "Return bundle") + " of site " + siteName + ", "
                    + entries + " entries, " + String.format("%,d", bytes) + " bytes, verified.\nSigned by master "
                    + Fingerprints.shortForm(signer) + "\n(" + signer + ")";
        }
    }

    private final EmbeddedMaster master;

    public SiteOperations(EmbeddedMaster master) {
        this.master = master;
    }

    public String fingerprint() {
        return MasterSite.identity(master.dataDirectory()).fingerprint();
    }

    /** {@code siteMaster}: the site master's certificate file, to which the pairings are sealed (null without pairings). */
    public SiteSummary exportSite(String siteName, List<CompositeService> composites, List<SiteExport.Pairing> pairings,
            Path siteMaster, Path out, SiteProgress progress) throws IOException, SiteBundleException {
        return master.services().siteExport(MasterSite.identity(master.dataDirectory()),
                MasterSite.artifacts(master.dataDirectory())).export(siteName, composites, pairings,
                        siteMaster == null ? null : CertificateFiles.read(siteMaster), out, progress);
    }

    public SiteSummary exportReturn(Path out, SiteProgress progress) throws IOException, SiteBundleException {
        return master.services().returnExport(MasterSite.identity(master.dataDirectory())).export(out, progress);
    }

    /** Checks the signature and every digest, not yet who signed it: that is for the operator to compare. */
    public static BundleInfo inspect(Path file) throws SiteBundleException {
        try (VerifiedBundle bundle = VerifiedBundle.open(file, null, null, SiteProgress.NONE)) {
            BundleManifest manifest = bundle.manifest();
            return new BundleInfo(manifest.kind(), manifest.siteName(), manifest.signer(), manifest.entries().size(),
                    manifest.totalSize());
        }
    }

    /**
     * Imports the bundle trusted by the fingerprint; a site bundle is followed by the site's setup. {@code progress}
     * gives the progress of each phase (the import, then the setup) its own {@link SiteProgress}.
     */
    public List<SiteSummary> importBundle(Path file, String trusted, Supplier<SiteProgress> progress) throws Exception {
        BundleInfo info = inspect(file);
        List<SiteSummary> summaries = new ArrayList<>();
        if (BundleManifest.SITE.equals(info.kind())) {
            summaries.add(master.services().siteImport(MasterSite.artifacts(master.dataDirectory()))
                    .keepAgentPackagesIn(master.dataDirectory().resolve("packages")).importBundle(file,
                    Trust.of(trusted), progress.get()));
            summaries.add(master.siteSetup(progress.get()));
        } else {
            summaries.add(master.services().returnImport().importBundle(file, Trust.of(trusted), progress.get()));
            master.changed();
        }
        return summaries;
    }
}
