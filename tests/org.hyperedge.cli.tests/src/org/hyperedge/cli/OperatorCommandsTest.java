package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.protocol.seal.SealingKeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code operators}: an operator's own key made outside the data directory, and colleagues' public keys added. */
class OperatorCommandsTest {

    @TempDir
    Path temp;

    private String out;
    private String err;

    @Test
    void enrollMakesThePrivateKeyOwnerOnlyBesideTheUsersConfigurationAndTheMasterKeepsThePublicHalfOnly()
            throws Exception {
        Path data = temp.resolve("data");
        Path key = temp.resolve("home/.config/hyperedge/operator.key");

        assertEquals(Main.OK, run(data, key, "operators", "enroll", "--name", "alice"));
        String publicKey = SealingKeyPair.read(key).publicKey().text();
        assertTrue(out.contains("made your operator key") && out.contains("as operator 'alice'") && out.contains(publicKey), out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(Main.OK, run(data, key, "operators", "enroll", "--name", "alice"));
        assertTrue(out.contains("your operator key ") && out.contains("as operator 'alice'"), "enrolled once: " + out);

        String bob = SealingKeyPair.generate().publicKey().text();
        assertEquals(Main.OK, run(data, key, "operators", "add", "bob", bob));
        assertEquals(Main.OK, run(data, key, "operators"));
        assertTrue(out.lines().anyMatch(l -> l.startsWith("alice ") && l.contains(publicKey)), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("bob ") && l.contains(bob)), out);
        String privateHalf = Files.readString(key).replaceAll("(?s).*private=(\\S+).*", "$1");
        try (var files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).indexOf(privateHalf) < 0,
                        "the private key is in " + file);
            }
        }

        assertEquals(Main.REFUSED, run(data, key, "operators", "remove", "carol"));
        assertTrue(err.contains("no operator 'carol'"), err);
        assertEquals(Main.OK, run(data, key, "operators", "remove", "bob"));
        assertEquals(Main.REFUSED, run(data, key, "operators", "add", "carol", "not-a-key"));
        assertTrue(err.contains("'not-a-key' is not a sealing public key"), err);
        assertEquals(Main.REFUSED, run(data, Path.of("none"), "operators", "enroll"));
    }

    private int run(Path data, Path key, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString(), "--operator-key", key.toString()));
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
