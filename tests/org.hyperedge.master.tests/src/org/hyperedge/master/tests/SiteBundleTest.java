package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SealedPairingCode;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteIdentity;
import org.hyperedge.master.site.SiteImport;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.site.VerifiedBundle;
import org.hyperedge.master.store.Database;
import org.hyperedge.model.CompositeService;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A site bundle carries what a composite needs to an empty master at a site, signed by the office master;
 * anything altered, cut short or signed by another master is refused with the reason, and nothing is imported.
 */
class SiteBundleTest {

    static final String H2_SHA256 = "29b70e427cc1c40cdc376283adbb0cc62853073797bb5fe5761f81fe73d57ce0";
    static final String PAIRING = "127.0.0.1:7443=4f8f12887db6703d9e34fa8b33ca54b0-k3mz8qpa";

    @TempDir
    static Path keys;
    /** The site master's key, to which the office seals the pairing codes (one for the class: made by keytool). */
    static TlsIdentity siteKey;

    @TempDir
    Path dir;

    TestMaster office;
    TlsIdentity officeKey;
    DirectoryArtifacts officeCache;
    Database site;
    DirectoryArtifacts siteCache;
    Path bundle;

    @BeforeAll
    static void siteMasterKey() {
        siteKey = TlsIdentity.loadOrCreate(keys.resolve("site-identity"), "site");
    }

    @BeforeEach
    void exportAtTheOffice() throws Exception {
        office = TestMaster.open(dir.resolve("office"));
        officeKey = TlsIdentity.loadOrCreate(dir.resolve("office-identity"), "office");
        officeCache = new DirectoryArtifacts(dir.resolve("office-cache"));
        officeCache.add(DirectoryArtifacts.h2Jar());
        new PriceList(office.database()).set(Resource.CPU, new BigDecimal("0.0000110000"), "EUR",
                Instant.parse("2026-11-01T00:00:00Z"));
        site = Database.open(TestDatabases.freshUrl(dir.resolve("site")));
        siteCache = new DirectoryArtifacts(dir.resolve("site-cache"));
        bundle = dir.resolve("factory.hesite");
        exportSigned(officeKey, officeCache).export("factory", List.of(webAndDatabase()),
                List.of(SiteExport.Pairing.parse(PAIRING)), siteKey.certificate(), bundle, (step, done, total) -> {
                });
    }

    /** The office master's site export, signing with {@code signer}, its artifacts from {@code cache}. */
    private SiteExport exportSigned(TlsIdentity signer, DirectoryArtifacts cache) {
        return new SiteExport(office.database(), office.catalog(), signer, cache);
    }

    @AfterEach
    void close() {
        office.close();
        site.close();
    }

    static CompositeService webAndDatabase() {
        return CompositeXmi.builtIn("web-and-database").orElseThrow();
    }

    @Test
    void theBundleListsEveryEntryWithItsDigestAndIsSignedByTheOfficeMaster() throws Exception {
        try (VerifiedBundle verified = VerifiedBundle.open(bundle, Trust.of(officeKey.fingerprint()), null, (s, d, t) -> {
        })) {
            List<String> paths = verified.manifest().entries().stream().map(e -> e.path()).toList();
            assertTrue(paths.contains("artifacts/" + H2_SHA256), paths.toString());
            assertTrue(paths.containsAll(List.of("catalog/000.json", "catalog/001.json", "composites/000.composite",
                    "plan.json", "prices.json", "pairings.json")), paths.toString());
            assertEquals(officeKey.fingerprint(), verified.manifest().signer());
            assertEquals("factory", verified.manifest().siteName());
            assertEquals(Files.size(DirectoryArtifacts.h2Jar()),
                    verified.manifest().entries().stream().filter(e -> e.path().startsWith("artifacts/")).findFirst()
                            .orElseThrow().size());
        }
    }

    @Test
    void anEmptyMasterImportsCatalogArtifactsPlanPricesAndPairings() throws Exception {
        List<String> steps = new ArrayList<>();

        SiteSummary summary = new SiteImport(site, siteCache).importBundle(bundle, Trust.of(officeKey.fingerprint()),
                (step, done, total) -> steps.add(step));

        assertEquals(2, summary.count("releases"));
        assertEquals(1, summary.count("artifacts added to the cache"));
        assertTrue(siteCache.find(H2_SHA256).isPresent());
        assertEquals(2, rows(site, "software_release"));
        assertEquals(1, rows(site, "price"));
        SiteIdentity identity = SiteIdentity.find(site).orElseThrow();
        assertEquals("factory", identity.siteName());
        assertEquals(officeKey.fingerprint(), identity.officeMaster());
        assertEquals("web-database", identity.plan().get(0).tree(), "the composite \"web + database\" as a title");
        assertEquals(2, identity.plan().get(0).composite().getNodes().size());
        SiteIdentity.SitePairing pairing = SiteIdentity.pairings(site).get(0);
        assertEquals("127.0.0.1:7443", pairing.address());
        assertFalse(pairing.code().contains("k3mz8qpa"), "the pairing code is kept sealed: " + pairing.code());
        assertEquals(PAIRING.substring(PAIRING.indexOf('=') + 1), SealedPairingCode.open(siteKey, pairing.address(), pairing.code()));
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("checking artifacts/")), steps.toString());
    }

    @Test
    void theAgentPackageTravelsInTheBundleAndIsKeptForTheSiteMachines() throws Exception {
        Path deb = debianArchive(dir.resolve("out/hyperedge-agent_0.1.0~SNAPSHOT_all.deb"));
        Path withAgent = dir.resolve("with-agent.hesite");
        exportSigned(officeKey, officeCache).withAgentPackage(deb).export("factory",
                List.of(webAndDatabase()), List.of(), withAgent, (step, done, total) -> {
                });

        SiteSummary summary = new SiteImport(site, siteCache).keepAgentPackagesIn(dir.resolve("site-data/packages"))
                .importBundle(withAgent, Trust.of(officeKey.fingerprint()), (step, done, total) -> {
                });

        Path kept = dir.resolve("site-data/packages/hyperedge-agent_0.1.0~SNAPSHOT_all.deb");
        assertEquals(1, summary.count("agent packages"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(deb), Files.readAllBytes(kept)), "the same package, whole");
        assertTrue(summary.toString().contains(kept + " (install it on each: sudo dpkg -i FILE)"), summary.toString());
    }

    @Test
    void aFileThatIsNoAgentPackageIsRefusedAtTheExportNamingWhy() throws Exception {
        Path misnamed = debianArchive(dir.resolve("out/agent.deb"));
        Path notAnArchive = Files.writeString(Files.createDirectories(dir.resolve("text"))
                .resolve("hyperedge-agent_1.0_all.deb"), "#!/bin/sh\n");
        SiteExport export = exportSigned(officeKey, officeCache);

        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> export.withAgentPackage(misnamed));
        IllegalArgumentException content = assertThrows(IllegalArgumentException.class,
                () -> export.withAgentPackage(notAnArchive));

        assertTrue(name.getMessage().contains("is not named hyperedge-agent_VERSION_all.deb"), name.getMessage());
        assertTrue(content.getMessage().contains("is not a Debian archive"), content.getMessage());
    }

    /** A file that starts as every Debian package does (an ar archive), with some content of the test's own. */
    private static Path debianArchive(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, ("!<arch>\ndebian-binary   0           0     0     100644  4         `\n2.0\n"
                + "x".repeat(10_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void importingTheSameBundleAgainAfterAnInterruptionChangesNothing() throws Exception {
        SiteImport importer = new SiteImport(site, siteCache);
        importer.importBundle(bundle, Trust.of(officeKey.fingerprint()), (s, d, t) -> {
        });

        SiteSummary again = importer.importBundle(bundle, Trust.of(officeKey.fingerprint()), (s, d, t) -> {
        });

        assertEquals(1, again.count("imported before"));
        assertEquals(0, again.count("artifacts added to the cache"));
        assertEquals(2, rows(site, "software_release"));
        assertEquals(1, rows(site, "price"));
        assertEquals(1, rows(site, "site_identity"));
        assertEquals(1, rows(site, "site_pairing"));
    }

    @Test
    void anImportInterruptedMidwayLeavesNoHalfSiteAndARetryCompletesIt() throws Exception {
        SiteImport importer = new SiteImport(site, siteCache);
        RuntimeException crash = new IllegalStateException("power cut");

        RuntimeException interrupted = assertThrows(RuntimeException.class, () -> importer.importBundle(bundle,
                Trust.of(officeKey.fingerprint()), (step, done, total) -> {
                    if (step.startsWith("writing the site's identity")) {
                        throw crash;
                    }
                }));
        assertEquals("power cut", interrupted.getMessage());
        assertEquals(0, rows(site, "software_release"), "the transaction rolled back: no release without its site");
        assertEquals(0, rows(site, "site_identity"));
        SiteSummary retried = importer.importBundle(bundle, Trust.of(officeKey.fingerprint()), (s, d, t) -> {
        });

        assertEquals(0, retried.count("artifacts added to the cache"), "cached, verified, by the interrupted run");
        assertEquals(0, retried.count("imported before"));
        assertEquals(2, rows(site, "software_release"));
        assertEquals(1, rows(site, "site_identity"));
        assertEquals(1, rows(site, "price"));
    }

    @Test
    void aBundleWithAnAlteredArtifactIsRefusedNamingTheArtifactAndNothingIsImported() throws Exception {
        Path tampered = Zips.rewrite(bundle, dir.resolve("tampered.hesite"), "artifacts/" + H2_SHA256, Zips::flipLastByte);

        String reason = refused(tampered, officeKey.fingerprint());

        assertTrue(reason.contains("artifacts/" + H2_SHA256 + " has sha256 "), reason);
        assertTrue(reason.contains("the signed manifest says " + H2_SHA256), reason);
        assertSiteStillEmpty();
    }

    @Test
    void aBundleWithAnAlteredSignatureIsRefusedAndNothingIsImported() throws Exception {
        Path tampered = Zips.rewrite(bundle, dir.resolve("tampered.hesite"), "manifest.sig", signature -> {
            byte[] raw = java.util.Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip());
            raw[raw.length - 1] ^= 0x01;
            return java.util.Base64.getEncoder().encode(raw);
        });

        String reason = refused(tampered, officeKey.fingerprint());

        assertTrue(reason.contains("signature") && reason.contains("does not match its manifest"), reason);
        assertSiteStillEmpty();
    }

    @Test
    void aManifestAlteredToMatchAnAlteredArtifactBreaksTheSignature() throws Exception {
        Path tampered = Zips.rewrite(bundle, dir.resolve("tampered.hesite"), "manifest.json",
                manifest -> new String(manifest, StandardCharsets.UTF_8).replace("\"factory\"", "\"elsewhere\"")
                        .getBytes(StandardCharsets.UTF_8));

        String reason = refused(tampered, officeKey.fingerprint());

        assertTrue(reason.contains("does not match its manifest"), reason);
        assertSiteStillEmpty();
    }

    @Test
    void aTruncatedBundleIsRefusedAndNothingIsImported() throws Exception {
        byte[] whole = Files.readAllBytes(bundle);
        Path truncated = Files.write(dir.resolve("truncated.hesite"), java.util.Arrays.copyOf(whole, whole.length / 2));

        String reason = refused(truncated, officeKey.fingerprint());

        assertTrue(reason.contains("not a whole bundle (truncated or not a zip file)"), reason);
        assertSiteStillEmpty();
    }

    @Test
    void aBundleFromAnUnknownMasterIsRefusedNamingItsSignerAndNothingIsImported() throws Exception {
        TlsIdentity stranger = TlsIdentity.loadOrCreate(dir.resolve("stranger-identity"), "stranger");
        Path foreign = dir.resolve("foreign.hesite");
        exportSigned(stranger, officeCache).export("factory", List.of(webAndDatabase()), List.of(),
                foreign, (s, d, t) -> {
                });

        String reason = refused(foreign, officeKey.fingerprint());

        assertTrue(reason.contains("is signed by master " + org.hyperedge.protocol.tls.Fingerprints.shortForm(
                stranger.fingerprint())), reason);
        assertTrue(reason.contains("not by the trusted master"), reason);
        assertSiteStillEmpty();
    }

    @Test
    void aMasterThatAlreadyHoldsInstanceTreesRefusesASiteBundle() throws Exception {
        office.requests().request(Request.root("shop", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));

        String reason = assertThrows(SiteBundleException.class, () -> new SiteImport(office.database(), siteCache)
                .importBundle(bundle, Trust.of(officeKey.fingerprint()), (s, d, t) -> {
                })).getMessage();

        assertTrue(reason.contains("this master is not empty: it holds 1 instance tree"), reason);
        assertEquals(0, siteCache.count(), "no artifact cached for a refused bundle");
        assertEquals(0, rows(office.database(), "site_identity"));
    }

    @Test
    void anExportNamesAReleaseWhoseArtifactIsNotInTheCache() throws Exception {
        DirectoryArtifacts empty = new DirectoryArtifacts(dir.resolve("empty-cache"));

        SiteBundleException refused = assertThrows(SiteBundleException.class, () -> exportSigned(officeKey, empty)
                .export("factory", List.of(webAndDatabase()), List.of(), dir.resolve("none.hesite"), (s, d, t) -> {
                }));

        assertTrue(refused.getMessage().contains("release builtin:h2-database needs artifact h2.jar (" + H2_SHA256
                + "), which is not in this master's software cache"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("none.hesite")));
    }

    @Test
    void pairingCodesOpenOnlyWithTheSiteMastersKeyAndForTheirOwnMachine() throws Exception {
        new SiteImport(site, siteCache).importBundle(bundle, Trust.of(officeKey.fingerprint()), (s, d, t) -> {
        });
        String sealed = SiteIdentity.pairings(site).get(0).code();

        SiteBundleException otherKey = assertThrows(SiteBundleException.class,
                () -> SealedPairingCode.open(officeKey, "127.0.0.1:7443", sealed));
        assertTrue(otherKey.getMessage().contains("sealed to another master's certificate"), otherKey.getMessage());
        assertThrows(SiteBundleException.class, () -> SealedPairingCode.open(siteKey, "127.0.0.1:7444", sealed));
        IllegalArgumentException unsealed = assertThrows(IllegalArgumentException.class,
                () -> exportSigned(officeKey, officeCache).export("factory", List.of(webAndDatabase()),
                        List.of(SiteExport.Pairing.parse(PAIRING)), dir.resolve("clear.hesite"), (s, d, t) -> {
                        }));
        assertTrue(unsealed.getMessage().contains("sealed to the site master's key"), unsealed.getMessage());
    }

    private String refused(Path file, String trusted) {
        return assertThrows(SiteBundleException.class, () -> new SiteImport(site, siteCache).importBundle(file,
                Trust.of(trusted), (s, d, t) -> {
                })).getMessage();
    }

    private void assertSiteStillEmpty() throws Exception {
        assertEquals(0, rows(site, "software_release"));
        assertEquals(0, rows(site, "price"));
        assertEquals(0, rows(site, "site_identity"));
        assertEquals(0, rows(site, "site_pairing"));
        assertEquals(0, siteCache.count(), "no artifact cached");
    }

    static long rows(Database database, String table) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
