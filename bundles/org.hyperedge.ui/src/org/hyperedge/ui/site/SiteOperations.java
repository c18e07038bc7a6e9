package org.hyperedge.ui.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperedge.connector.MasterSite;
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
import org.hyperedge.ui.master.EmbeddedMaster;

/**
 * What the site wizards do with the console's master, off the UI thread: export a site or return bundle,
 * read a bundle's signer and contents, import it (a site bundle, then the site's setup; or a return bundle).
 */
final class SiteOperations {

    /** A bundle as the import wizard shows it before anything is imported. */
    record BundleInfo(String kind, String siteName, String signer, int entries, long bytes) {

        String describe() {
            return (BundleManifest.SITE.equals(kind) ? "Site bundle" : "Return bundle") + " of site " + siteName + ", "
                    + entries + " entries, " + String.format("%,d", bytes) + " bytes, verified.\nSigned by master "
                    + Fingerprints.shortForm(signer) + "\n(" + signer + ")";
        }
    }

    private final EmbeddedMaster master;

    SiteOperations(EmbeddedMaster master) {
        this.master = master;
    }

    String fingerprint() {
        return MasterSite.identity(master.dataDirectory()).fingerprint();
    }

    /** {@code siteMaster}: the site master's certificate file, to which the pairings are sealed (null without pairings). */
    SiteSummary exportSite(String siteName, List<CompositeService> composites, List<SiteExport.Pairing> pairings,
            Path siteMaster, Path out, IProgressMonitor monitor) throws IOException, SiteBundleException {
        return master.services().siteExport(MasterSite.identity(master.dataDirectory()),
                MasterSite.artifacts(master.dataDirectory())).export(siteName, composites, pairings,
                        siteMaster == null ? null : CertificateFiles.read(siteMaster), out, progress(monitor));
    }

    SiteSummary exportReturn(Path out, IProgressMonitor monitor) throws IOException, SiteBundleException {
        return master.services().returnExport(MasterSite.identity(master.dataDirectory())).export(out, progress(monitor));
    }

    /** Checks the signature and every digest, not yet who signed it: that is for the operator to compare. */
    static BundleInfo inspect(Path file) throws SiteBundleException {
        try (VerifiedBundle bundle = VerifiedBundle.open(file, null, null, SiteProgress.NONE)) {
            BundleManifest manifest = bundle.manifest();
            return new BundleInfo(manifest.kind(), manifest.siteName(), manifest.signer(), manifest.entries().size(),
                    manifest.totalSize());
        }
    }

    /** Imports the bundle trusted by the fingerprint; a site bundle is followed by the site's setup. */
    List<SiteSummary> importBundle(Path file, String trusted, IProgressMonitor monitor) throws Exception {
        BundleInfo info = inspect(file);
        List<SiteSummary> summaries = new ArrayList<>();
        if (BundleManifest.SITE.equals(info.kind())) {
            summaries.add(master.services().siteImport(MasterSite.artifacts(master.dataDirectory())).importBundle(file,
                    Trust.of(trusted), progress(monitor)));
            summaries.add(master.siteSetup(progress(monitor)));
        } else {
            summaries.add(master.services().returnImport().importBundle(file, Trust.of(trusted), progress(monitor)));
            master.changed();
        }
        return summaries;
    }

    /** The master's progress in the monitor: its steps as sub-tasks, its counts as work done. */
    private static SiteProgress progress(IProgressMonitor monitor) {
        monitor.beginTask("", 1000);
        int[] worked = { 0 };
        return (step, done, total) -> {
            monitor.subTask(step);
            if (total > 0) {
                int now = (int) Math.min(1000, done * 1000 / total);
                if (now > worked[0]) {
                    monitor.worked(now - worked[0]);
                    worked[0] = now;
                }
            }
        };
    }
}
