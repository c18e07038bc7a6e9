package org.hyperedge.protocol.seal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of a sealing key (X25519): what a value is sealed to. Written as its 32 raw bytes in
 * URL-safe base64 (43 characters), named by its id: the first 8 bytes of its SHA-256, in hex.
 */
public final class SealingPublicKey {

    /** The DER header of an X25519 SubjectPublicKeyInfo; the raw key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b656e032100");
    static final int RAW_BYTES = 32;
    static final int ID_BYTES = 8;

    private final byte[] raw;
    private final String text;
    private final String id;

    SealingPublicKey(byte[] raw) {
        this.raw = raw.clone();
        this.text = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        this.id = HexFormat.of().formatHex(idBytes(raw));
    }

    /** Reads a key as {@link #text()} writes it; anything else is an error saying what is wrong. */
    public static SealingPublicKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a sealing public key is missing");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a sealing public key (URL-safe base64 expected)");
        }
        if (raw.length != RAW_BYTES) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a sealing public key: " + raw.length
                    + " bytes instead of " + RAW_BYTES);
        }
        SealingPublicKey key = new SealingPublicKey(raw);
        key.publicKey(); // refuses what X25519 does not take
        return key;
    }

    static SealingPublicKey of(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + RAW_BYTES) {
            throw new IllegalArgumentException("not an X25519 public key (" + encoded.length + " bytes encoded)");
        }
        return new SealingPublicKey(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length));
    }

    /** URL-safe base64 of the raw key: how keys travel and are kept. */
    public String text() {
        return text;
    }

    /** 16 hex digits naming the key, as sealed values list their recipients. */
    public String id() {
        return id;
    }

    byte[] raw() {
        return raw.clone();
    }

    PublicKey publicKey() {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, RAW_BYTES);
        try {
            return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not an X25519 public key: " + e.getMessage(), e);
        }
    }

    static byte[] idBytes(byte[] raw) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(raw), ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealingPublicKey key && Arrays.equals(raw, key.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "sealing key " + id;
    }
}
