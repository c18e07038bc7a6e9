package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.seal.OperatorKeys.OperatorKey;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.ui.nodes.EnrolmentDialog;
import org.hyperedge.ui.preferences.OperatorKeyStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Operator Key page says and offers in each state a console's key can be in, read from real key files: none
 * wanted, none yet, one the master does not seal to, one it does, and a damaged file; and the enrolment token's line.
 */
class OperatorKeyStatusTest {

    @TempDir
    Path temp;

    @Test
    void aConsoleToldToHoldNoKeySaysSoAndOffersNothing() {
        OperatorKeyStatus status = OperatorKeyStatus.read(null, List.of());

        assertTrue(status.summary().startsWith("This console holds no operator key"), status.summary());
        assertFalse(status.canEnrol());
    }

    @Test
    void noFileYetOffersToMakeAndEnrolOne() {
        OperatorKeyStatus status = OperatorKeyStatus.read(temp.resolve("operator.key"), List.of());

        assertTrue(status.summary().startsWith("No operator key yet"), status.summary());
        assertEquals("&Make and Enrol Key", status.buttonLabel());
        assertTrue(status.canEnrol());
    }

    @Test
    void aKeyTheMasterDoesNotSealToIsOfferedForEnrolmentAndOneItDoesIsNot() {
        Path file = temp.resolve("operator.key");
        SealingKeyPair pair = SealingKeyPair.loadOrCreate(file);
        OperatorKey other = new OperatorKey("alice@laptop", SealingKeyPair.generate().publicKey(), Instant.now());

        OperatorKeyStatus unknown = OperatorKeyStatus.read(file, List.of(other));
        OperatorKeyStatus known = OperatorKeyStatus.read(file,
                List.of(other, new OperatorKey("root@console", pair.publicKey(), Instant.now())));

        assertEquals("Key " + pair.publicKey().id() + ", which this master does not seal to: \"Make and Enrol\" adds it.",
                unknown.summary());
        assertEquals("&Enrol Key on This Master", unknown.buttonLabel());
        assertTrue(unknown.canEnrol());
        assertEquals(Optional.of("root@console"), known.enrolledAs());
        assertEquals("Key " + pair.publicKey().id() + ", which the master seals to as 'root@console'.", known.summary());
        assertFalse(known.canEnrol());
    }

    @Test
    void aDamagedKeyFileIsNamedAndNeverOverwritten() throws Exception {
        Path file = temp.resolve("operator.key");
        Files.writeString(file, "not a key\n");

        OperatorKeyStatus status = OperatorKeyStatus.read(file, List.of());

        assertTrue(status.summary().startsWith("The key file cannot be read: "), status.summary());
        assertFalse(status.canEnrol(), "making a key over it would throw away what it held");
        assertEquals("not a key\n", Files.readString(file));
    }

    @Test
    void theEnrolmentLineDialsTheEndpointOrAHostToFillIn() {
        assertEquals("HOST:PORT", EnrolmentDialog.dialTo(null));
        assertEquals("HOST:8443", EnrolmentDialog.dialTo("0.0.0.0:8443"), "a wildcard address names no host to dial");
        assertEquals("master.example:8443", EnrolmentDialog.dialTo("master.example:8443"));
        String text = EnrolmentDialog.text("he-enrol-00ff", "ab12", "master.example:8443");
        assertTrue(text.endsWith("./hyperedge agent --master master.example:8443 \\\n      --enrol he-enrol-00ff \\\n"
                + "      --master-fingerprint ab12"), text);
    }
}
