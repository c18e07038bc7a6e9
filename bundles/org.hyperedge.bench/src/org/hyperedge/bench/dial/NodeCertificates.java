package org.hyperedge.bench.dial;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;

/**
 * Self-signed EC P-256 certificates made in memory, one per simulated node: the agent makes its own with
 * {@code keytool}, a process per certificate, which for 10,000 nodes would take longer than the benchmark. The
 * certificate is the plainest the TLS handshake takes (X.509 v3, no extensions, signed SHA256withECDSA), written in
 * DER here because the JDK has no public API that writes one.
 */
final class NodeCertificates {

    private static final byte[] ECDSA_WITH_SHA256 = { 0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03,
            0x02 };
    private static final byte[] COMMON_NAME = { 0x06, 0x03, 0x55, 0x04, 0x03 };

    private final KeyPairGenerator keys;
    private final CertificateFactory x509;

    NodeCertificates() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("EC");
        keys.initialize(new ECGenParameterSpec("secp256r1"));
        x509 = CertificateFactory.getInstance("X.509");
    }

    /** A node's identity: its key pair and its certificate naming {@code commonName}. */
    record Identity(KeyPair keys, X509Certificate certificate) {
    }

    Identity create(String commonName, long serial) throws GeneralSecurityException {
        KeyPair pair = keys.generateKeyPair();
        byte[] name = sequence(set(sequence(COMMON_NAME, tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] tbs = sequence(tlv(0xA0, integer(BigInteger.TWO)), integer(BigInteger.valueOf(serial)),
                sequence(ECDSA_WITH_SHA256), name,
                sequence(utcTime("260101000000Z"), utcTime("491231235959Z")), name, pair.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1]; // no unused bits
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] der = sequence(tbs, sequence(ECDSA_WITH_SHA256), tlv(0x03, bits));
        return new Identity(pair, (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(der)));
    }

    private static byte[] utcTime(String time) {
        return tlv(0x17, time.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] set(byte[]... parts) {
        return tlv(0x31, concat(parts));
    }

    private static byte[] sequence(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 4);
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
