package org.hyperedge.protocol.tls;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an operator types to adopt a node: 32 hex digits, a dash and 8 letters or digits. The first part is the
 * start of the agent certificate's fingerprint, so the master knows it reached the right agent before it says
 * anything; 128 bits, because a key whose fingerprint starts with a given 64 bits can be made (about 2^64 tries),
 * and one that matches 128 bits cannot. The second part is a one-time secret, so the agent knows the master was
 * given the code by a person.
 */
public record PairingCode(String fingerprintPrefix, String secret) {

    private static final Pattern FORM = Pattern.compile("([0-9a-f]{32})-([0-9a-z]{8})");
    /** How much of the agent's fingerprint a code names: 128 bits. */
    public static final int PREFIX_DIGITS = 32;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    public static PairingCode fresh(String agentFingerprint) {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new PairingCode(agentFingerprint.substring(0, PREFIX_DIGITS), secret.toString());
    }

    public static PairingCode parse(String text) {
        var match = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!match.matches()) {
            throw new IllegalArgumentException("pairing code '" + text + "' is not of the form 32 hex digits, a dash, 8 letters or digits"
                    + " (as the agent printed it)");
        }
        return new PairingCode(match.group(1), match.group(2));
    }

    /** Whether a certificate fingerprint is the one this code was made for. */
    public boolean matches(String fingerprint) {
        return fingerprint.toLowerCase(Locale.ROOT).startsWith(fingerprintPrefix);
    }

    @Override
    public String toString() {
        return fingerprintPrefix + "-" + secret;
    }
}
