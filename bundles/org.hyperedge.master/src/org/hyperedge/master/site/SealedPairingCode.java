package org.hyperedge.master.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * A site machine's pairing code sealed to the site master's key, so that a site bundle (and the site master's
 * table) carries it without anyone on the way being able to read it: the office, which has only the site
 * master's certificate, seals; only the site master's private key opens. ECIES on P-256: an ephemeral key pair,
 * ECDH with the certificate's key, HKDF-SHA256, AES-256-GCM, with the machine's address as associated data (a
 * code sealed for one machine does not open as another's). Written {@value #PREFIX} and URL-safe base64 of the
 * ephemeral public key (X.509 form), the nonce and the ciphertext.
 */
public final class SealedPairingCode {

    static final String PREFIX = "sealed:v1:";
    private static final byte[] INFO = "hyperedge pairing code v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedPairingCode() {
    }

    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The code sealed to the certificate's key, for the machine at the address. */
    public static String seal(X509Certificate recipient, String address, String code) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair ephemeral = generator.generateKeyPair();
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(recipient.getPublicKey(), true);
            byte[] ephemeralKey = ephemeral.getPublic().getEncoded();
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, agreement.generateSecret(), ephemeralKey, nonce, address);
            byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer out = ByteBuffer.allocate(2 + ephemeralKey.length + nonce.length + sealed.length);
            out.putShort((short) ephemeralKey.length).put(ephemeralKey).put(nonce).put(sealed);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a pairing code: " + e.getMessage(), e);
        }
    }

    /** The code, opened with this master's key; refused when it was sealed to another key or for another address. */
    public static String open(TlsIdentity identity, String address, String sealed) throws SiteBundleException {
        if (!isSealed(sealed)) {
            throw new SiteBundleException("the pairing code of " + address + " is not sealed");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length())));
            byte[] ephemeralKey = new byte[in.getShort()];
            in.get(ephemeralKey);
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            PublicKey ephemeral = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(ephemeralKey));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, identity.agree(ephemeral), ephemeralKey, nonce, address);
            return new String(cipher.doFinal(ciphertext), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException
                | IllegalStateException e) {
            throw new SiteBundleException("the pairing code of " + address + " does not open with this master's key: it "
                    + "was sealed to another master's certificate (or altered)", e);
        }
    }

    private static Cipher cipher(int mode, byte[] shared, byte[] ephemeralKey, byte[] nonce, String address)
            throws GeneralSecurityException {
        byte[] key = hkdf(shared, ephemeralKey);
        Arrays.fill(shared, (byte) 0);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(address.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** HKDF-SHA256 (RFC 5869) of one block: a 256-bit key from the ECDH secret, salted with the ephemeral key. */
    private static byte[] hkdf(byte[] secret, byte[] salt) throws GeneralSecurityException {
        Mac extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] pseudoRandom = extract.doFinal(secret);
        Mac expand = Mac.getInstance("HmacSHA256");
        expand.init(new SecretKeySpec(pseudoRandom, "HmacSHA256"));
        expand.update(INFO);
        expand.update((byte) 1);
        return expand.doFinal();
    }
}
