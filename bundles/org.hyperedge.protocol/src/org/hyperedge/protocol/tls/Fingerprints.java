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

    /** A fingerprint as people compare it: the first 16 hex digits in groups of four. */
    public static String shortForm(String fingerprint) {
        String head = fingerprint.substring(0, 16);
        return head.substring(0, 4) + ":" + head.substring(4, 8) + ":" + head.substring(8, 12) + ":" + head.substring(12);
    }
}
