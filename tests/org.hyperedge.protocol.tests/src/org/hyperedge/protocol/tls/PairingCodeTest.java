package org.hyperedge.protocol.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A pairing code names the agent by the start of its certificate's fingerprint. 64 bits of it can be matched by
 * a key made for the purpose (about 2^64 tries, within a large attacker's reach); 128 bits cannot.
 */
class PairingCodeTest {

    private static final String FINGERPRINT = "4f8f12887db6703d9e34fa8b33ca54b051d0c2aa7e9b1f40a1b2c3d4e5f60718";

    @Test
    void aCodeNamesTheAgentBy128BitsOfItsFingerprint() {
        PairingCode code = PairingCode.fresh(FINGERPRINT);

        assertEquals(FINGERPRINT.substring(0, 32), code.fingerprintPrefix());
        assertTrue(code.matches(FINGERPRINT));
        assertEquals(code, PairingCode.parse(code.toString()));
    }

    @Test
    void aCodeThatNamesTheAgentByOnly64BitsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PairingCode.parse(FINGERPRINT.substring(0, 16) + "-k3mz8qpa"));

        assertTrue(refused.getMessage().contains("32 hex digits"), refused.getMessage());
        assertFalse(PairingCode.parse(FINGERPRINT.substring(0, 31) + "f-k3mz8qpa").matches(FINGERPRINT));
    }
}
