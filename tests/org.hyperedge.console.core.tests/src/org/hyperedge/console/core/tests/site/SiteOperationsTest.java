package org.hyperedge.console.core.tests.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.site.SiteOperations;
import org.hyperedge.master.site.BundleManifest;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.SiteSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site wizards do, without a display: the office exports a site bundle, the site checks and imports it
 * (then sets the site up), and returns its records, which the office imports; each step only for the trusted signer.
 */
class SiteOperationsTest {

    @TempDir
    Path temp;

    @Test
    void aSiteBundleGoesOutAndItsReturnBundleComesBack() throws Exception {
        Path bundle = temp.resolve("factory.hesite");
        Path returned = temp.resolve("factory-return.hesite");
        try (EmbeddedMaster office = EmbeddedMaster.open(temp.resolve("office"));
                EmbeddedMaster site = EmbeddedMaster.open(temp.resolve("site"))) {
            SiteOperations atOffice = new SiteOperations(office);
            SiteOperations atSite = new SiteOperations(site);
            List<String> steps = new ArrayList<>();
            SiteSummary exported = atOffice.exportSite("factory",
                    List.of(CompositeXmi.builtIn("web-and-database").orElseThrow()), List.of(), null, bundle,
                    (step, done, total) -> steps.add(step));
            assertEquals(atOffice.fingerprint(), exported.signer());
            assertTrue(!steps.isEmpty(), "the export reports its progress");

            SiteOperations.BundleInfo info = SiteOperations.inspect(bundle);
            assertEquals(BundleManifest.SITE, info.kind());
            assertEquals("factory", info.siteName());
            assertEquals(atOffice.fingerprint(), info.signer());
            assertTrue(info.describe().startsWith("Site bundle of site factory, "), info.describe());

            assertThrows(Exception.class, () -> atSite.importBundle(bundle, atSite.fingerprint(), () -> SiteProgress.NONE),
                    "a bundle signed by another master than the trusted one is refused");
            assertEquals(0, site.requests().count(), "nothing was imported");

            AtomicInteger phases = new AtomicInteger();
            List<SiteSummary> imported = atSite.importBundle(bundle, atOffice.fingerprint(), () -> {
                phases.incrementAndGet();
                return SiteProgress.NONE;
            });
            assertEquals(List.of("site import", "site setup"), imported.stream().map(SiteSummary::step).toList());
            assertEquals(2, phases.get(), "each phase has a progress of its own");
            assertEquals(2, imported.get(0).count("releases"), imported.get(0).toString());
            assertEquals(2, imported.get(1).count("instances"), imported.get(1).toString());

            SiteSummary back = atSite.exportReturn(returned, SiteProgress.NONE);
            assertEquals(atSite.fingerprint(), back.signer());
            assertEquals(BundleManifest.RETURN, SiteOperations.inspect(returned).kind());

            AtomicInteger told = new AtomicInteger();
            office.onChange(told::incrementAndGet);
            List<SiteSummary> reconciled = atOffice.importBundle(returned, atSite.fingerprint(), () -> SiteProgress.NONE);
            assertEquals(List.of("return import"), reconciled.stream().map(SiteSummary::step).toList());
            assertTrue(told.get() > 0, "the office's views are told");
        }
    }
}
