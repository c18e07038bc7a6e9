package org.hyperedge.protocol.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredState.SharedInstance;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing to several keys with the JDK's X25519, HKDF-SHA256 and AES-256-GCM, and the keys' files. */
class SealedValueTest {

    private static final String PASSWORD_URL = "redis://:Zq3v9Xk2_pY7tL0aBcDeFgHiJkLmNoPq@10.0.0.5:6379/0";

    @TempDir
    Path temp;

    @Test
    void eachRecipientOpensTheValueAndNobodyElseDoes() {
        SealingKeyPair operator = SealingKeyPair.generate();
        SealingKeyPair linkedNode = SealingKeyPair.generate();
        SealingKeyPair master = SealingKeyPair.generate();

        SealedValue sealed = SealedValue.seal(PASSWORD_URL, List.of(operator.publicKey(), linkedNode.publicKey()));

        assertTrue(SealedValue.isSealed(sealed.text()));
        assertFalse(sealed.text().contains("Zq3v9Xk2"), sealed.text());
        assertEquals(PASSWORD_URL, SealedValue.parse(sealed.text()).open(operator));
        assertEquals(PASSWORD_URL, SealedValue.parse(sealed.text()).open(linkedNode));
        SealException refused = assertThrows(SealException.class, () -> SealedValue.parse(sealed.text()).open(master));
        assertTrue(refused.notSealedToKey(), refused.getMessage());
        assertEquals(List.of(operator.publicKey().id(), linkedNode.publicKey().id()), sealed.recipientIds());
    }

    @Test
    void theSameValueSealedTwiceLooksDifferentAndItsLengthShowsOnlyRoundedUpTo32Bytes() {
        SealingKeyPair operator = SealingKeyPair.generate();

        String once = SealedValue.seal("secret-1", List.of(operator.publicKey())).text();
        String twice = SealedValue.seal("secret-1", List.of(operator.publicKey())).text();
        String longer = SealedValue.seal("secret-1-but-some-bytes-longer", List.of(operator.publicKey())).text();

        assertNotEquals(once, twice, "a fresh ephemeral key and nonce every time");
        assertEquals(once.length(), longer.length(), "8 and 29 bytes both fill one 32-byte block");
    }

    @Test
    void aValueAlteredAnywhereOrWithItsRecipientListChangedDoesNotOpen() {
        SealingKeyPair operator = SealingKeyPair.generate();
        SealingKeyPair other = SealingKeyPair.generate();
        String sealed = SealedValue.seal(PASSWORD_URL, List.of(operator.publicKey(), other.publicKey())).text();
        byte[] envelope = Base64.getUrlDecoder().decode(sealed.substring(SealedValue.PREFIX.length()));

        for (int position : new int[] { 5, 34, 40, 100, envelope.length - 20, envelope.length - 1 }) {
            byte[] altered = envelope.clone();
            altered[position] ^= 0x01;
            String text = SealedValue.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThrows(RuntimeException.class, () -> SealedValue.parse(text).open(operator), "byte " + position);
        }
        // the second recipient's entry removed (count 1, entry cut): the header no longer matches the content
        byte[] cut = new byte[envelope.length - 56];
        System.arraycopy(envelope, 0, cut, 0, 34 + 56);
        System.arraycopy(envelope, 34 + 112, cut, 34 + 56, envelope.length - 34 - 112);
        cut[33] = 1;
        String fewer = SealedValue.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(cut);
        assertThrows(SealException.class, () -> SealedValue.parse(fewer).open(operator));
        assertThrows(IllegalArgumentException.class, () -> SealedValue.parse(SealedValue.PREFIX + "AQID"));
    }

    @Test
    void aKeyFileIsWrittenOwnerOnlyAndReadBackOpeningWhatWasSealedToIt() throws Exception {
        Path file = temp.resolve("config/hyperedge/operator.key");

        SealingKeyPair created = SealingKeyPair.loadOrCreate(file);
        SealingKeyPair again = SealingKeyPair.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(created.publicKey(), again.publicKey());
        String sealed = SealedValue.seal("opened after a restart", List.of(created.publicKey())).text();
        assertEquals("opened after a restart", SealedValue.parse(sealed).open(again));
    }

    @Test
    void aKeyFileWhosePublicHalfIsAnotherKeysIsRefusedNamingTheFile() throws Exception {
        Path file = temp.resolve("operator.key");
        SealingKeyPair.generate().write(file);
        String text = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("public=\\S+",
                "public=" + SealingKeyPair.generate().publicKey().text());
        Files.writeString(file, text, StandardCharsets.US_ASCII);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SealingKeyPair.read(file));

        assertTrue(refused.getMessage().contains(file.toString()) && refused.getMessage().contains("does not belong"),
                refused.getMessage());
    }

    @Test
    void publicKeysAreCheckedWhenRead() {
        SealingPublicKey key = SealingKeyPair.generate().publicKey();

        assertEquals(key, SealingPublicKey.parse(key.text()));
        assertEquals(16, key.id().length());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SealingPublicKey.parse("not a key!"))
                .getMessage().contains("not a sealing public key"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SealingPublicKey.parse("AQID"))
                .getMessage().contains("3 bytes instead of 32"));
    }

    @Test
    void theDesiredStateCarriesEachKeyOnceAndEveryInstanceNamesTheKeysItsValuesAreSealedTo() {
        SealingPublicKey operator = SealingKeyPair.generate().publicKey();
        SealingPublicKey webNode = SealingKeyPair.generate().publicKey();
        PartitionState database = new PartitionState("p000", 20000, 20009, 7, "db", "builtin:postgresql", "default",
                "started", ReportCodec.JSON.createObjectNode(), List.of(new SharedInstance(9, "orders", "started",
                        ReportCodec.JSON.createObjectNode(), List.of(operator, webNode))), 0, List.of(operator));

        byte[] written = DesiredStateCodec.write(new DesiredState(DesiredState.PROTOCOL, "n1", 3, List.of(database),
                java.util.Map.of()));
        DesiredState read = DesiredStateCodec.read(written);

        assertEquals(List.of(operator), read.partitions().get(0).sealTo());
        assertEquals(List.of(operator, webNode), read.partitions().get(0).shared().get(0).sealTo());
        String json = new String(written, StandardCharsets.UTF_8);
        assertEquals(1, json.split(operator.text(), -1).length - 1, json);
        byte[] unknownKey = new String(written, StandardCharsets.UTF_8).replace("\"" + webNode.id() + "\":", "\"0000000000000000\":")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DesiredStateCodec.read(unknownKey)).getMessage()
                .contains("sealing key 0000000000000000"));
    }
}
