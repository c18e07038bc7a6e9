package org.hyperedge.agent.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hyperedge.agent.client.AgentClient;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.AgentProcess;
import org.hyperedge.protocol.node.NodeInfoCodec;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as its own process keeps no pairing code in clear: it prints the code when it makes it, keeps a
 * verifier of its secret, and still pairs with the printed code after a restart. A code an older agent kept in
 * clear is turned into a verifier on the next start.
 */
class PairingFileTest {

    @TempDir
    Path dir;

    @Test
    void theCodeIsPrintedOnceKeptNowhereInClearAndStillPairsAfterARestart() throws Exception {
        Path data = AgentHarness.agentDirectory(dir);
        int ports = AgentHarness.freePortBase();
        String code;
        try (AgentProcess first = AgentProcess.start(data, ports, dir.resolve("first.log"))) {
            code = first.pairingCode;
        }
        String secret = code.substring(code.indexOf('-') + 1);

        try (AgentProcess again = AgentProcess.start(data, ports, dir.resolve("again.log"))) {
            assertNull(again.pairingCode, "a restarted agent has no code to print: it kept none");
            assertTrue(Files.readString(dir.resolve("again.log")).contains("unpaired: the pairing code printed when it was made"));
            assertEquals(List.of(), holding(secret, data), "the code's secret in clear on the node");
            AgentClient master = AgentClient.pair(again.address, TlsIdentity.loadOrCreate(dir.resolve("master"), "m"), code);
            assertTrue(NodeInfoCodec.read(master.get("/v1/node").body()).paired());
        }
    }

    @Test
    void aCodeAnOlderAgentKeptInClearBecomesAVerifierAndStillPairs() throws Exception {
        Path data = AgentHarness.agentDirectory(dir);
        int ports = AgentHarness.freePortBase();
        try (AgentProcess first = AgentProcess.start(data, ports, dir.resolve("first.log"))) {
            assertTrue(first.pairingCode != null);
        }
        Files.delete(data.resolve("identity/pairing.verifier"));
        Files.writeString(data.resolve("identity/pairing.code"), "0123456789abcdef-k3mz8qpa\n", StandardCharsets.US_ASCII);

        try (AgentProcess upgraded = AgentProcess.start(data, ports, dir.resolve("upgraded.log"))) {
            assertTrue(upgraded.pairingCode.endsWith("-k3mz8qpa") && upgraded.pairingCode.length() == 41, upgraded.pairingCode);
            assertFalse(Files.exists(data.resolve("identity/pairing.code")));
            assertEquals(List.of(), holding("k3mz8qpa", data));
            AgentClient master = AgentClient.pair(upgraded.address, TlsIdentity.loadOrCreate(dir.resolve("master"), "m"),
                    upgraded.pairingCode);
            assertTrue(NodeInfoCodec.read(master.get("/v1/node").body()).paired());
        }
    }

    private static List<String> holding(String text, Path directory) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException e) {
                    continue; // the running agent renamed its temporary file (.accounts.tmp) between the walk and this read
                }
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        found.add(file.toString());
                        break;
                    }
                }
            }
        }
        return found;
    }
}
