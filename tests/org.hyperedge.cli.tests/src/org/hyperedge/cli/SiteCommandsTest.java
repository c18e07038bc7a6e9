package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site export | info | import | return | import-return} between two real data directories. */
class SiteCommandsTest {

    private static final Pattern SIGNER = Pattern.compile("signed by this (?:site )?master: \\S+ \\(([0-9a-f]{64})\\)");

    @TempDir
    Path temp;

    private String out;
    private String err;

    @Test
    void aSiteBundleGoesOutSignedComesInOnlyForItsSignerAndTheRecordsComeBackOnce() throws Exception {
        Path office = temp.resolve("office");
        Path site = temp.resolve("site");
        Path bundle = temp.resolve("factory.hesite");
        assertEquals(Main.OK, run(office, "catalog"));

        Path siteCertificate = temp.resolve("site-master.pem");
        assertEquals(Main.OK, run(site, "site", "identity", "--out", siteCertificate.toString()), err);
        assertEquals(Main.USAGE, run(office, "site", "export", "--composite", "web-and-database", "--out", bundle.toString(),
                "--pair", "127.0.0.1:1=4f8f12887db6703d9e34fa8b33ca54b0-k3mz8qpa"));
        assertTrue(err.contains("--pair needs --site-master FILE"), err);
        assertEquals(Main.OK, run(office, "site", "export", "--composite", "web-and-database", "--out", bundle.toString(),
                "--site", "factory", "--pair", "127.0.0.1:1=4f8f12887db6703d9e34fa8b33ca54b0-k3mz8qpa", "--site-master",
                siteCertificate.toString()), err);
        String officeMaster = signer();
        assertTrue(out.contains("2 releases, 1 artifacts, 1 composites, 2 services"), out);
        assertEquals(Main.OK, run(office, "site", "info", bundle.toString()));
        assertTrue(out.contains("site bundle") && out.contains("signer: ") && out.contains(officeMaster), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("artifacts/\\s+1\\s+\\d+")), out);

        assertEquals(Main.REFUSED, run(site, "site", "import", bundle.toString(), "--trust", "0123456789abcdef0123456789abcdef"));
        assertTrue(err.contains("refused, nothing imported: factory.hesite is signed by master ") && err.contains(
                "not by the trusted master 0123456789abcdef0123456789abcdef"), err);
        assertEquals(Main.USAGE, run(site, "site", "import", bundle.toString()));
        assertTrue(err.contains("no trusted fingerprint given"), err);
        assertEquals(Main.OK, run(site, "status"));
        assertEquals(1, out.strip().lines().count(), "nothing imported, the header alone: " + out);

        assertEquals(Main.REFUSED, run(site, "site", "import", bundle.toString(), "--trust", officeMaster));
        assertTrue(out.contains("site import") && out.contains("2 releases"), out);
        assertTrue(out.contains("1 machines not adopted") && out.contains("127.0.0.1:1: cannot reach an agent"), out);
        assertEquals(Main.OK, run(site, "status"));
        assertTrue(out.contains("database") && out.contains("web"), out);

        Path returned = temp.resolve("factory.hereturn");
        assertEquals(Main.OK, run(site, "site", "return", "--out", returned.toString()));
        String siteMaster = signer();
        assertEquals(Main.OK, run(office, "site", "import-return", returned.toString(), "--trust", siteMaster));
        assertTrue(out.contains("2 instances created"), out);
        assertEquals(Main.OK, run(office, "site", "import-return", returned.toString(), "--trust", siteMaster));
        assertTrue(out.contains("0 instances created, 0 instances updated, 2 instances unchanged"), out);
        assertTrue(Files.size(returned) > 0);
    }

    @Test
    void aBundleIsNotTrustedOnA64BitPrefixOfItsSignersFingerprint() throws Exception {
        Path office = temp.resolve("office");
        Path bundle = temp.resolve("factory.hesite");
        assertEquals(Main.OK, run(office, "site", "export", "--composite", "web-and-database", "--out", bundle.toString(),
                "--site", "factory"), err);
        String officeMaster = signer();

        int code = run(temp.resolve("site"), "site", "import", bundle.toString(), "--trust", officeMaster.substring(0, 16),
                "--no-setup");

        assertEquals(Main.REFUSED, code, "a bundle was trusted on the first 64 bits of its signer's fingerprint: " + out);
        assertTrue(err.contains("at least 32 hex digits"), err);
        assertEquals(Main.OK, run(temp.resolve("site"), "site", "import", bundle.toString(), "--trust",
                officeMaster.substring(0, 32), "--no-setup"), err);
    }

    @Test
    void siteInfoSaysWhoSignedABundleAndWhetherThisMasterTrustsThem() throws Exception {
        Path office = temp.resolve("office");
        Path site = temp.resolve("site");
        Path bundle = temp.resolve("factory.hesite");
        assertEquals(Main.OK, run(office, "site", "export", "--composite", "web-and-database", "--out", bundle.toString(),
                "--site", "factory"), err);
        String officeMaster = signer();

        assertEquals(Main.OK, run(site, "site", "info", bundle.toString()), err);
        assertTrue(out.contains("signed by master " + org.hyperedge.protocol.tls.Fingerprints.shortForm(officeMaster)), out);
        assertTrue(out.contains("NOT trusted by this master"), "a bundle from a master nobody trusts is shown as verified: " + out);

        assertEquals(Main.OK, run(site, "site", "info", bundle.toString(), "--trust", officeMaster), err);
        assertTrue(out.contains("trusted: named by --trust"), out);
        assertEquals(Main.REFUSED, run(site, "site", "info", bundle.toString(), "--trust", "0123456789abcdef0123456789abcdef"));
        assertTrue(err.contains("not by the trusted master"), err);
        assertEquals(Main.OK, run(office, "site", "info", bundle.toString()), err);
        assertTrue(out.contains("trusted: this master signed it"), out);
        assertEquals(Main.OK, run(site, "site", "import", bundle.toString(), "--trust", officeMaster, "--no-setup"), err);
        assertEquals(Main.OK, run(site, "site", "info", bundle.toString()), err);
        assertTrue(out.contains("trusted: the office master this site master was set up from"), out);
    }

    private String signer() {
        Matcher signer = SIGNER.matcher(out);
        assertTrue(signer.find(), out);
        return signer.group(1);
    }

    private int run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }
}
