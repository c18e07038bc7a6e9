package org.hyperedge.master.site;

import java.util.Locale;

import org.hyperedge.protocol.tls.Fingerprints;

/**
 * Which master's bundles are accepted. A site master has no certificate authority to ask, so the operator
 * names the signer: the fingerprint the exporting master printed (the whole SHA-256 in hex, or at least its
 * first 16 digits, with or without the colons of the short form). A bundle signed by any other key is refused.
 */
public final class Trust {

    private final String prefix;

    private Trust(String prefix) {
        this.prefix = prefix;
    }

    /** Parses what the operator typed; refuses what cannot name one key. */
    public static Trust of(String fingerprint) {
        if (fingerprint == null || fingerprint.isBlank()) {
            throw new IllegalArgumentException("no trusted fingerprint given: name the master whose bundles you accept "
                    + "(--trust FINGERPRINT, as 'site info FILE' or the exporting master shows it)");
        }
        String hex = fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{16,64}")) {
            throw new IllegalArgumentException("'" + fingerprint + "' is not a fingerprint: expected 16 to 64 hex digits "
                    + "(e.g. 4f8f:1288:7db6:703d)");
        }
        return new Trust(hex);
    }

    public boolean accepts(String signerFingerprint) {
        return signerFingerprint.startsWith(prefix);
    }

    @Override
    public String toString() {
        return prefix.length() == 64 ? Fingerprints.shortForm(prefix) + " (" + prefix + ")" : prefix;
    }
}
