package org.hyperedge.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    void unknownConfigKeysAndMissingConfigFilesAreErrors() throws IOException {
        Path config = temp.resolve("agent.properties");
        Files.writeString(config, "partitons=3\n");

        assertMessage("unknown key 'partitons'", "--config", config.toString());
        assertMessage("cannot read the config file", "--config", temp.resolve("missing").toString());
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse(args));
        assertTrue(error.getMessage().contains(expected), () -> "'" + error.getMessage() + "' should say '" + expected + "'");
    }
}
