package org.hyperedge.master.site;

import java.util.Locale;

import org.hyperedge.protocol.tls.Fingerprints;
import org.hyperedge.protocol.tls.PairingCode;

/**
 * Which master's bundles are accepted. A site master has no certificate authority to ask, so the operator
 * names the signer: the fingerprint the exporting master printed (the whole SHA-256 in hex, or at least its
 * first 32 digits, with or without the colons of the short form: a key whose fingerprint starts with given 64
 * bits can be made, one that matches 128 bits cannot). A bundle signed by any other key is refused.
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
        if (!hex.matches("[0-9a-f]{" + PairingCode.PREFIX_DIGITS + ",64}")) {
            throw new IllegalArgumentException("'" + fingerprint + "' does not name one master: give the whole fingerprint "
                    + "or at least 32 hex digits of it, with or without colons (e.g. "
                    + "4f8f:1288:7db6:703d:9e34:fa8b:33ca:54b0), as 'site info' or the exporting master shows it; "
                    + "fewer could be matched by a key made for the purpose");
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
