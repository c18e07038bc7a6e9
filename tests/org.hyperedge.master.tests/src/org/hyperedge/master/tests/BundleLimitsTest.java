package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.VerifiedBundle;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bundles built to exhaust whoever opens them, opened as {@code site info} opens them (no trusted signer given):
 * a bomb is refused with the limit it passed, as soon as it passes it, before anything more is inflated.
 */
class BundleLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void onceNotPerStore() {
        assumeFalse(TestDatabases.onPostgres(), "opening a bundle does not touch the store: the H2 pass runs these");
    }

    @Test
    void aManifestThatInflatesToGigabytesIsRefusedBeforeTheSignatureIsChecked() throws Exception {
        Path bomb = new ZipBomb().bomb("manifest.json", 2_100).add("manifest.sig", "AAAA".getBytes(StandardCharsets.US_ASCII))
                .write(dir.resolve("bomb.hesite"));
        assertTrue(Files.size(bomb) < 3_000_000, Files.size(bomb) + " bytes");

        SiteBundleException refused = assertThrows(SiteBundleException.class, () -> open(bomb));

        assertTrue(refused.getMessage().contains("manifest.json inflates to more than"), refused.getMessage());
    }

    @Test
    void anEntryThatInflatesPastTheSizeItsSignedManifestListsIsRefusedAsItDoes() throws Exception {
        TlsIdentity anyone = TlsIdentity.loadOrCreate(dir.resolve("anyone"), "anyone");
        ObjectNode manifest = manifest(anyone);
        ((ArrayNode) manifest.get("entries")).addObject().put("path", "plan.json").put("sha256", "0".repeat(64)).put("size", 10);
        byte[] json = JSON.writeValueAsBytes(manifest);
        Path bomb = new ZipBomb().add("manifest.json", json)
                .add("manifest.sig", Base64.getEncoder().encode(anyone.sign(json))).bomb("plan.json", 2_100)
                .write(dir.resolve("entry-bomb.hesite"));

        SiteBundleException refused = assertThrows(SiteBundleException.class, () -> open(bomb));

        assertTrue(refused.getMessage().contains("plan.json inflates to more than the 10 bytes its signed manifest lists"),
                refused.getMessage());
    }

    @Test
    void aSignedManifestListingMoreThanABundleMayHoldIsRefusedBeforeAnyEntryIsRead() throws Exception {
        TlsIdentity anyone = TlsIdentity.loadOrCreate(dir.resolve("anyone"), "anyone");
        ObjectNode huge = manifest(anyone);
        ((ArrayNode) huge.get("entries")).addObject().put("path", "artifacts/" + "0".repeat(64)).put("sha256", "0".repeat(64))
                .put("size", 1L << 40);
        ObjectNode many = manifest(anyone);
        for (int i = 0; i <= 10_000; i++) {
            ((ArrayNode) many.get("entries")).addObject().put("path", "catalog/" + i + ".json").put("sha256", "0".repeat(64))
                    .put("size", 1);
        }

        for (ObjectNode manifest : List.of(huge, many)) {
            byte[] json = JSON.writeValueAsBytes(manifest);
            Path bundle = new ZipBomb().add("manifest.json", json).add("manifest.sig", Base64.getEncoder().encode(anyone.sign(json)))
                    .write(dir.resolve("listing.hesite"));

            SiteBundleException refused = assertThrows(SiteBundleException.class, () -> open(bundle));

            assertTrue(refused.getMessage().contains("more than a bundle may hold"), refused.getMessage());
        }
    }

    private static void open(Path bundle) throws SiteBundleException {
        VerifiedBundle.open(bundle, null, null, SiteProgress.NONE).close();
    }

    private static ObjectNode manifest(TlsIdentity signer) throws Exception {
        ObjectNode manifest = JSON.createObjectNode().put("format", "hyperedge-site-bundle/1").put("kind", "site")
                .put("bundleId", "b").put("createdAt", "2026-12-01T00:00:00Z").put("siteId", "s").put("siteName", "bomb")
                .put("signer", signer.fingerprint())
                .put("certificate", Base64.getEncoder().encodeToString(signer.certificate().getEncoded()));
        manifest.putArray("entries");
        return manifest;
    }
}
