package org.hyperedge.agent.pairing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What the node keeps of a pairing code's secret: a salted, stretched hash (PBKDF2-HMAC-SHA256), written
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}. It checks a master's answer; it cannot be given as one. The secret is
 * short (8 characters, about 40 bits, as a person types it), so the hash slows a guess from a stolen file rather than
 * stops it: the file stays the agent's own (0600), and the code is one-time and voided by ten wrong answers.
 */
final class PairingVerifier {

    private static final String SCHEME = "pbkdf2-sha256";
    /** About 10 ms a check on a small machine: cheap for the one right answer, costly for a million guesses. */
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PairingVerifier(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    static PairingVerifier of(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PairingVerifier(ITERATIONS, salt, derive(secret, salt, ITERATIONS));
    }

    static PairingVerifier parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("the pairing verifier '" + text + "' is not " + SCHEME
                    + ":ITERATIONS:SALT:HASH; run the agent with --new-pairing for a new code");
        }
        HexFormat hex = HexFormat.of();
        return new PairingVerifier(Integer.parseInt(parts[1]), hex.parseHex(parts[2]), hex.parseHex(parts[3]));
    }

    boolean accepts(String secret) {
        return !secret.isEmpty() && MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot derive a pairing verifier: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return SCHEME + ":" + iterations + ":" + hex.formatHex(salt) + ":" + hex.formatHex(hash);
    }
}
