package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.master.Master;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.node.NodeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 from the command line: an invitation, bad federation arguments refused naming them, the list. */
class FederationCommandsTest {

    private static final String FINGERPRINT = "ab".repeat(32);
    private static final String CODE = "he-fed-" + "1".repeat(40);

    @TempDir
    Path data;

    @Test
    void federationInvitePrintsAOneTimeCodeThisMastersFingerprintAndTheLineToRunOnTheOtherMaster() throws Exception {
        CliRun printed = CliRun.inProcess(data, "federation", "invite", "--url", "https://127.0.0.1:7710",
                "--valid-hours", "2");

        assertEquals(Main.OK, printed.code(), printed.err());
        Matcher code = Pattern.compile("he-fed-[0-9a-f]{40}").matcher(printed.out());
        assertTrue(code.find(), printed.out());
        String fingerprint = org.hyperedge.connector.MasterSite.identity(data).fingerprint();
        assertTrue(printed.out().contains("./hyperedge federation add NAME https://127.0.0.1:7710 " + fingerprint + " "
                + code.group()), printed.out());
        try (Master master = Master.open(data)) {
            master.federationInvites().redeem(code.group(), FINGERPRINT);
        }
    }

    @Test
    void badFederationArgumentsAreRefusedNamingThem() {
        CliRun shortFingerprint = CliRun.inProcess(data, "federation", "add", "site-b", "https://127.0.0.1:7710",
                "abab:abab:abab:abab", CODE);
        CliRun badCode = CliRun.inProcess(data, "federation", "add", "site-b", "https://127.0.0.1:7710", FINGERPRINT,
                "let-me-in");
        CliRun badUrl = CliRun.inProcess(data, "federation", "add", "site-b", "http://127.0.0.1:7710", FINGERPRINT, CODE);
        CliRun unreachable = CliRun.inProcess(data, "federation", "add", "site-b", "https://127.0.0.1:1", FINGERPRINT, CODE);

        assertEquals(Main.REFUSED, shortFingerprint.code());
        assertTrue(shortFingerprint.err().contains("FINGERPRINT") && shortFingerprint.err().contains("64 hex digits"),
                shortFingerprint.err());
        assertTrue(badCode.err().contains("CODE") && badCode.err().contains("he-fed-"), badCode.err());
        assertTrue(badUrl.err().contains("URL") && badUrl.err().contains("https://HOST:PORT"), badUrl.err());
        assertEquals(Main.REFUSED, unreachable.code());
        assertTrue(unreachable.err().contains("cannot reach a master at https://127.0.0.1:1"), unreachable.err());
        assertEquals(Main.USAGE, CliRun.inProcess(data, "federation", "add", "site-b").code());
        assertEquals(Main.USAGE, CliRun.inProcess(data, "federation", "join").code());
        assertEquals(Main.REFUSED, CliRun.inProcess(data, "federation", "invite", "--valid-hours", "169").code());
    }

    @Test
    void federationListAndNodesShowAFederatedSiteEitherWay() throws Exception {
        try (Master master = Master.open(data)) {
            master.nodeLinks().adopt(new NodeSpec("site-b", "site-b", "127.0.0.1:7710", 1000, 1024, 1024,
                    Map.of("kind", FederationPeers.NODE_KIND), 2, 1024, 1), FINGERPRINT);
            master.federationPeers().add("site-b", FederationPeers.Direction.SERVES, FINGERPRINT, "https://127.0.0.1:7710");
            master.federationPeers().add("office", FederationPeers.Direction.DELEGATES, "cd".repeat(32), null);
        }

        String list = CliRun.inProcess(data, "federation").out();
        String nodes = CliRun.inProcess(data, "nodes").out();

        String served = list.lines().filter(l -> l.startsWith("site-b")).findFirst().orElseThrow();
        String serving = list.lines().filter(l -> l.startsWith("office")).findFirst().orElseThrow();
        assertTrue(served.contains("delegated to") && served.contains("https://127.0.0.1:7710")
                && served.contains("not synced yet") && served.contains("never"), served);
        assertTrue(serving.contains("delegates here") && serving.contains("not called yet"), serving);
        assertTrue(nodes.lines().anyMatch(l -> l.contains("site-b") && l.contains("federation")), nodes);
    }
}
