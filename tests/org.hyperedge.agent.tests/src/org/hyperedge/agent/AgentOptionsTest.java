package org.hyperedge.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.agent.launch.AgentLauncher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOptionsTest {

    @TempDir
    Path temp;

    @Test
    void defaultsListenOnAllAddressesWithTenPartitions() {
        AgentOptions options = AgentOptions.parse();

        assertEquals("0.0.0.0", options.listenHost());
        assertEquals(7443, options.listenPort());
        assertEquals(10, options.partitions());
        assertEquals(1000, options.portsPerPartition());
        assertEquals(AgentOptions.runsAsRoot() ? Path.of("/var/lib/hyperedge-agent")
                : Path.of(System.getProperty("user.home"), ".hyperedge-agent"), options.dataDirectory());
        assertFalse(options.help());
    }

    @Test
    void commandLineOptionsAreRead() {
        AgentOptions options = AgentOptions.parse("--data", temp.toString(), "--listen", "127.0.0.1:9443",
                "--partitions", "4", "--ports", "30000-30099");

        assertEquals(temp, options.dataDirectory());
        assertEquals("127.0.0.1", options.listenHost());
        assertEquals(9443, options.listenPort());
        assertEquals(4, options.partitions());
        assertEquals(30000, options.firstPort());
        assertEquals(30099, options.lastPort());
        assertEquals(25, options.portsPerPartition());
    }

    @Test
    void configFileSettingsApplyAndTheCommandLineWins() throws IOException {
        Path config = temp.resolve("agent.properties");
        Files.writeString(config, "partitions=3\nports=40000-40029\nlisten=127.0.0.1:8443\n");

        AgentOptions options = AgentOptions.parse("--config", config.toString(), "--partitions", "5");

        assertEquals(5, options.partitions());
        assertEquals(40000, options.firstPort());
        assertEquals(8443, options.listenPort());
    }

    @Test
    void helpIsRecognisedAndTheUsageNamesEveryOption() {
        assertTrue(AgentOptions.parse("--help").help());
        for (String option : new String[] { "--data", "--listen", "--partitions", "--ports", "--config" }) {
            assertTrue(AgentOptions.USAGE.contains(option), option);
        }
        assertTrue(AgentOptions.USAGE.contains("--clock-offset S    FOR TESTS ONLY"), "the clock offset is said to be for tests");
    }

    @Test
    void aTestClockOffsetIsTakenWithinAYearEitherWay() {
        assertEquals(0, AgentOptions.parse().clockOffsetSeconds());
        assertEquals(-2_595_600, AgentOptions.parse("--clock-offset", "-2595600").clockOffsetSeconds());
        assertMessage("clock offset 31622401 is outside -31622400-31622400", "--clock-offset", "31622401");
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        assertMessage("unknown option '--bogus'", "--bogus");
        assertMessage("--data needs a value", "--data");
        assertMessage("listen address 'localhost' is not HOST:PORT", "--listen", "localhost");
        assertMessage("listen port 70000 is outside 0-65535", "--listen", "h:70000");
        assertMessage("partitions 'many' is not a number", "--partitions", "many");
        assertMessage("partitions 0 is outside 1-1000", "--partitions", "0");
        assertMessage("port range '20000' is not FROM-TO", "--ports", "20000");
        assertMessage("first port 80 is outside 1024-65535", "--ports", "80-90");
        assertMessage("has 5 ports, fewer than the 10 partitions", "--ports", "20000-20004");
    }

    @Test
    void theJournalLimitIsAnOptionAndAConfigKeyWithinTwoMebibytesAndOneTebibyte() throws IOException {
        Path config = temp.resolve("agent.properties");
        Files.writeString(config, "journal-limit=1G\n");

        assertEquals(256L << 20, AgentOptions.parse().journalLimitBytes(), "the default");
        assertEquals(64L << 20, AgentOptions.parse("--journal-limit", "64M").journalLimitBytes());
        assertEquals(3L << 20, AgentOptions.parse("--journal-limit", "3145728").journalLimitBytes());
        assertEquals(1L << 30, AgentOptions.parse("--config", config.toString()).journalLimitBytes());
        assertEquals(512L << 20, AgentOptions.parse("--config", config.toString(), "--journal-limit", "512m")
                .journalLimitBytes(), "the command line wins");
        assertTrue(AgentOptions.USAGE.contains("--journal-limit SIZE") && AgentOptions.USAGE.contains("2M-1T"));
        assertMessage("journal limit 1M is outside 2M-1T", "--journal-limit", "1M");
        assertMessage("journal limit 2T is outside 2M-1T", "--journal-limit", "2T");
        assertMessage("journal limit '-5M' is not a size (a number of bytes, or with K, M, G or T, such as 256M)",
                "--journal-limit", "-5M");
        assertMessage("journal limit '1.5G' is not a size", "--journal-limit", "1.5G");
        assertMessage("journal limit '99999999999999999999' is not a size", "--journal-limit", "99999999999999999999");
        assertMessage("--journal-limit needs a value", "--journal-limit");
    }

    @Test
    void anAgentGivenAJournalLimitOutOfBoundsDoesNotStartAndSaysWhy() throws Exception {
        IOException refused = assertThrows(IOException.class, () -> AgentLauncher.start(List.of("--data",
                temp.resolve("agent").toString(), "--listen", "127.0.0.1:0", "--journal-limit", "100K"),
                temp.resolve("agent.log")));

        assertTrue(refused.getMessage().contains("exited with 2: hyperedge-agent: journal limit 100K is outside 2M-1T"),
                refused.getMessage());
    }

    @Test
    void unknownConfigKeysAndMissingConfigFilesAreErrors() throws IOException {
        Path config = temp.resolve("agent.properties");
        Files.writeString(config, "partitons=3\n");

        assertMessage("unknown key 'partitons'", "--config", config.toString());
        assertMessage("cannot read the config file", "--config", temp.resolve("missing").toString());
    }

    @Test
    void aDiallingAgentIsGivenItsMasterAddressesInOrderAndItsEnrolmentOnce() {
        String token = "he-enrol-" + "0a".repeat(24);
        AgentOptions options = AgentOptions.parse("--master", "10.0.0.1:8443, master.example:443", "--enrol", token,
                "--master-fingerprint", "AB:".repeat(31) + "AB");

        assertEquals(List.of("10.0.0.1:8443", "master.example:443"), options.masters());
        assertEquals(token, options.enrolToken());
        assertEquals("ab".repeat(32), options.masterFingerprint());
        assertEquals(List.of(), AgentOptions.parse().masters(), "dialled unless told");
    }

    @Test
    void badDialInOptionsAreRefusedNamingWhatIsWrong() {
        String token = "he-enrol-" + "0a".repeat(24);
        assertMessage("master address 'master' is not HOST:PORT", "--master", "master");
        assertMessage("master port 0 is outside 1-65535", "--master", "m:0");
        assertMessage("master address m:1 is given twice", "--master", "m:1,m:1");
        assertMessage("17 master addresses are more than the 16", "--master", String.join(",",
                java.util.stream.IntStream.rangeClosed(1, 17).mapToObj(i -> "m:" + i).toList()));
        assertMessage("enrolment token 'secret' is not one a master prints", "--master", "m:1", "--enrol", "secret");
        assertMessage("--enrol needs --master HOST:PORT and --master-fingerprint FP", "--enrol", token);
        assertMessage("master fingerprint 'abc' is not 64 hex digits", "--master", "m:1", "--enrol", token,
                "--master-fingerprint", "abc");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(args));
        assertTrue(error.getMessage().contains(expected), () -> "'" + error.getMessage() + "' should say '" + expected + "'");
    }
}
