package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 4, offline: a field engineer with only a site bundle ({@code site export}) subscribes a master's
 * catalog to it ({@code catalog add-source BUNDLE --trust FP}) and updates from it: the bundle's signature is checked
 * against the trusted master, its new releases come in marked with the source and their artifacts into the software
 * cache, a release already in the catalog is left as it is, and a tampered bundle changes nothing.
 */
class SiteBundleSourceTest {

    private static final Pattern SIGNER = Pattern.compile("signed by this (?:site )?master: \\S+ \\(([0-9a-f]{64})\\)");

    @TempDir
    Path temp;

    private Path bundle;
    private String office;

    /** At the office: the greeter release and its artifact in the master's catalog and cache, exported to a site. */
    @BeforeEach
    void officeExportsASiteBundle() throws IOException {
        Path officeData = temp.resolve("office");
        ArtifactCatalog acme = new ArtifactCatalog(temp);
        Path carried = Files.createDirectories(temp.resolve("carried"));
        Files.writeString(carried.resolve(ArtifactCatalog.sha256(ArtifactCatalog.GREETING)), ArtifactCatalog.GREETING);
        Path composite = temp.resolve("greeter.composite");
        Files.writeString(composite, """
                <?xml version="1.0" encoding="UTF-8"?>
                <hyperedge:CompositeService xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:hyperedge="http://hyperedge.org/model/1.0" name="greeter" description="one greeter">
                  <nodes title="greeter" releaseId="acme:greeter" softwareType="default" x="40" y="40"/>
                </hyperedge:CompositeService>
                """);
        assertOk(CliRun.inProcess(officeData, "catalog", "import", acme.releases().resolve("greeter").toString()));
        assertOk(CliRun.inProcess(officeData, "cache", "import", carried.toString()));
        bundle = temp.resolve("factory.hesite");
        CliRun exported = CliRun.inProcess(officeData, "site", "export", "--composite", composite.toString(), "--out",
                bundle.toString(), "--site", "factory");
        assertOk(exported);
        Matcher signer = SIGNER.matcher(exported.out());
        assertTrue(signer.find(), exported.out());
        office = signer.group(1);
    }

    @Test
    void aSiteBundleIsASourceWhoseReleasesAndArtifactsComeInWithNothingReplaced() throws IOException {
        // when the field engineer subscribes the site's master to the bundle and updates from it, twice
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", bundle.toString(), "--trust", office);
        CliRun first = CliRun.inProcess(data(), "catalog", "update", "factory");
        CliRun second = CliRun.inProcess(data(), "catalog", "update", "factory");
        CliRun catalog = CliRun.inProcess(data(), "catalog");
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        // then the new release comes in once, from the source, its artifact into the cache
        assertOk(added);
        assertTrue(added.out().contains("added catalog source factory: " + bundle), added.out());
        assertOk(first);
        assertTrue(first.out().contains("added acme:greeter (Greeter 1.0) from factory"), first.out());
        assertTrue(first.out().contains("factory: 1 added, 0 already in the catalog (unchanged); 1 artifacts fetched into "
                + "the software cache"), first.out());
        assertTrue(second.out().contains("factory: 0 added, 1 already in the catalog (unchanged)"), second.out());
        assertTrue(Pattern.compile("acme:greeter\\s+1\\.0\\s+default\\s+factory\\s+Greeter").matcher(catalog.out()).find(),
                catalog.out());
        assertEquals(ArtifactCatalog.GREETING, Files.readString(cached()));
        assertTrue(sources.out().contains(bundle.toString()) && sources.out().contains(office), sources.out());
    }

    @Test
    void aReleaseTheCatalogHoldsIsNotReplacedByTheBundles() throws IOException {
        // given the site's master already holds acme:greeter, imported by hand with another description
        Path own = temp.resolve("own-greeter.json");
        Files.writeString(own, ArtifactCatalog.descriptor(ArtifactCatalog.GREETING).replace(
                "a process that greets with the text of its artifact", "the site's own greeter"));
        assertOk(CliRun.inProcess(data(), "catalog", "import", own.toString()));

        assertOk(CliRun.inProcess(data(), "catalog", "add-source", bundle.toString(), "--trust", office));
        CliRun update = CliRun.inProcess(data(), "catalog", "update", "factory");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        assertOk(update);
        assertTrue(update.out().contains("factory: 0 added, 1 already in the catalog (unchanged)"), update.out());
        assertTrue(Pattern.compile("acme:greeter\\s+1\\.0\\s+default\\s+imported\\s").matcher(catalog.out()).find(),
                catalog.out());
    }

    @Test
    void aTamperedBundleIsRefusedAndNothingChanges() throws IOException {
        // given the site's master subscribed to the bundle, which is then altered: its artifact's bytes replaced
        assertOk(CliRun.inProcess(data(), "catalog", "add-source", bundle.toString(), "--trust", office));
        replaceEntry(bundle, "artifacts/" + ArtifactCatalog.sha256(ArtifactCatalog.GREETING),
                ArtifactCatalog.GREETING.toUpperCase());

        CliRun update = CliRun.inProcess(data(), "catalog", "update", "factory");
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        assertEquals(Main.REFUSED, update.code(), update.out());
        assertTrue(update.err().contains("catalog source factory is refused: the site bundle " + bundle + " is refused: "
                + "artifacts/" + ArtifactCatalog.sha256(ArtifactCatalog.GREETING) + " has sha256 "), update.err());
        assertTrue(update.err().contains("the bundle was altered; nothing was changed"), update.err());
        assertFalse(catalog.out().contains(ArtifactCatalog.ID), catalog.out());
        assertFalse(Files.exists(cached()), "no artifact is kept");
    }

    @Test
    void aBundleSignedByAnotherMasterThanTheTrustedOneIsRefusedAsASource() {
        CliRun added = CliRun.inProcess(data(), "catalog", "add-source", bundle.toString(), "--trust", "ab".repeat(32));
        CliRun sources = CliRun.inProcess(data(), "catalog", "sources");

        assertEquals(Main.REFUSED, added.code(), added.out());
        assertTrue(added.err().contains("not by the trusted master"), added.err());
        assertFalse(sources.out().contains(bundle.toString()), sources.out());
    }

    /** Rewrites the zip with one entry's content replaced, everything else (the signed manifest too) as it was. */
    private static void replaceEntry(Path zip, String name, String content) throws IOException {
        Path altered = zip.resolveSibling(zip.getFileName() + ".altered");
        try (ZipFile in = new ZipFile(zip.toFile()); OutputStream file = Files.newOutputStream(altered);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream body = in.getInputStream(entry)) {
                        body.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.move(altered, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertOk(CliRun run) {
        assertEquals(Main.OK, run.code(), run.err() + run.out());
    }

    private Path cached() {
        return data().resolve("cache").resolve(ArtifactCatalog.sha256(ArtifactCatalog.GREETING));
    }

    private Path data() {
        return temp.resolve("site");
    }
}
