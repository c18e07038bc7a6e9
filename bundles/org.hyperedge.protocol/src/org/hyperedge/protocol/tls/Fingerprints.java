package org.hyperedge.protocol.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The SHA-256 fingerprint of a certificate, as lower-case hex: what each side of a pairing pins. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A fingerprint as people compare it: its first 32 hex digits (128 bits, as much as a pairing code or a trusted
     * prefix must name, see {@link PairingCode}) in groups of four.
     */
    public static String shortForm(String fingerprint) {
        String head = fingerprint.substring(0, PairingCode.PREFIX_DIGITS);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < head.length(); i += 4) {
            grouped.append(i == 0 ? "" : ":").append(head, i, i + 4);
        }
        return grouped.toString();
    }
}
