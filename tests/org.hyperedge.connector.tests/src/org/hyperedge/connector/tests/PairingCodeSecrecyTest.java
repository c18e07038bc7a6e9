package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.connector.SiteSetup;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pairing code lets whoever holds it take a machine over, so it is kept nowhere in clear: not by the agent
 * that printed it, not in the site bundle that carries it to the site (which anyone on the way may copy), not in
 * the tables of the office or the site master. The site's machine is still adopted from the bundle.
 */
class PairingCodeSecrecyTest {

    @TempDir
    Path dir;
    TestSite office;
    TestSite site;

    @AfterEach
    void close() throws Exception {
        if (site != null) {
            site.close();
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void aPairingCodeIsInNoAgentFileNoBundleAndNoTableYetTheSiteMachineIsAdoptedFromTheBundle() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        office = new TestSite(dir.resolve("office"));
        site = new TestSite(dir.resolve("site"), false);
        AgentLauncher.Launched machine = site.startAgent("line-1");
        String code = machine.pairingCode();
        String secret = code.substring(code.indexOf('-') + 1);
        List<String> leaks = new ArrayList<>(find(secret, site.directory.resolve("line-1")));
        Path bundle = dir.resolve("factory.hesite");

        office.master.siteExport(office.identity, office.artifacts).export("factory",
                List.of(CompositeXmi.builtIn("web-and-database").orElseThrow()),
                List.of(new SiteExport.Pairing(machine.address(), code)), site.identity.certificate(), bundle, (s, d, t) -> {
                });
        site.master.siteImport(site.artifacts).importBundle(bundle, Trust.of(office.identity.fingerprint()),
                (s, d, t) -> {
                });
        leaks.addAll(find(secret, bundle));
        leaks.addAll(inEntries(secret, bundle));
        leaks.addAll(inStore(secret, office));
        leaks.addAll(inStore(secret, site));
        SiteSummary setUp = SiteSetup.adoptAndProvision(site.connector, site.master, (s, d, t) -> {
        });

        assertEquals(List.of(), leaks, "pairing code " + code + " kept in clear");
        assertEquals(1, setUp.count("machines adopted"), setUp.toString());
        assertTrue(site.master.nodeLinks().all().stream().anyMatch(n -> n.address().equals(machine.address())));
        assertEquals(List.of(), inStore(secret, site), "nor once the machine is adopted");
    }

    /** The store's files, once H2 has written what is committed. */
    private static List<String> inStore(String secret, TestSite master) throws IOException {
        master.database.inTransaction(c -> c.createStatement().execute("CHECKPOINT SYNC"));
        return find(secret, master.directory.resolve("master"));
    }

    /** Files under the path (or the file) whose bytes hold the text. */
    private static List<String> find(String text, Path path) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), needle)) {
                    found.add(file.toString());
                }
            }
        }
        return found;
    }

    /** Entries of the zip whose inflated bytes hold the text. */
    private static List<String> inEntries(String text, Path zip) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        List<String> found = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = file.getInputStream(entry)) {
                    if (contains(in.readAllBytes(), needle)) {
                        found.add(zip.getFileName() + "!" + entry.getName());
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
