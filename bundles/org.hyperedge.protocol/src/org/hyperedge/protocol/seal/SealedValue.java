package org.hyperedge.protocol.seal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A value sealed to the public keys of those allowed to read it, so that whoever only relays it (the master,
 * its database, its logs, its bundles) learns nothing but its recipients and a length rounded up to 32 bytes.
 *
 * <p>Hybrid public-key encryption with the JDK alone: the value is encrypted once under a random 256-bit
 * content key with AES-256-GCM; for each recipient, an ephemeral X25519 agreement with the recipient's key,
 * through HKDF-SHA256, gives the key that wraps the content key (AES-256-GCM). The ephemeral key is fresh for
 * every value, so every wrapping key is used once. The content's additional data is the whole header, so a
 * recipient list that was altered, cut or added to does not open.
 *
 * <p>Text form: {@code sealed:v1:} and the URL-safe base64 of: version (1), ephemeral public key (32),
 * recipient count (1), per recipient its key id (8) and wrapped content key (48), nonce (12), then the
 * ciphertext of [length (2), UTF-8 bytes, zeros up to a multiple of 32] with its tag (16).
 */
public final class SealedValue {

    public static final String PREFIX = "sealed:v1:";
    /** What is shown in place of a value its reader cannot open. */
    public static final String SHOWN = "(sealed)";
    /** The longest value that can be sealed, in UTF-8 bytes. */
    public static final int MAX_BYTES = 65_535;

    private static final byte VERSION = 1;
    private static final int KEY = 32;
    private static final int TAG = 16;
    private static final int NONCE = 12;
    private static final int WRAPPED = KEY + TAG;
    private static final int ENTRY = SealingPublicKey.ID_BYTES + WRAPPED;
    private static final int PAD = 32;
    private static final byte[] WRAP_INFO = "hyperedge sealed value v1: content key".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] envelope;
    private final int recipients;

    private SealedValue(String text, byte[] envelope) {
        this.text = text;
        this.envelope = envelope;
        this.recipients = Byte.toUnsignedInt(envelope[1 + KEY]);
    }

    /** True for a value in sealed form (whether or not it is whole). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** Reads the sealed form; a damaged or truncated one is an error saying so. */
    public static SealedValue parse(String text) {
        if (!isSealed(text)) {
            throw new IllegalArgumentException("not a sealed value (it does not start with " + PREFIX + ")");
        }
        byte[] envelope;
        try {
            envelope = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed value is damaged: not URL-safe base64");
        }
        if (envelope.length < 2 + KEY || envelope[0] != VERSION) {
            throw new IllegalArgumentException("a sealed value is damaged or of an unknown version");
        }
        int count = Byte.toUnsignedInt(envelope[1 + KEY]);
        if (envelope.length < header(count) + NONCE + PAD + TAG) {
            throw new IllegalArgumentException("a sealed value is truncated");
        }
        return new SealedValue(text, envelope);
    }

    /**
     * Seals {@code plaintext} to each recipient (duplicates once). No recipient is allowed: the value then
     * exists, and nobody can read it.
     */
    public static SealedValue seal(String plaintext, Collection<SealingPublicKey> recipients) {
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("a value of " + bytes.length + " bytes is too long to seal (at most " + MAX_BYTES + ")");
        }
        List<SealingPublicKey> to = new ArrayList<>(new LinkedHashSet<>(recipients));
        if (to.size() > 255) {
            throw new IllegalArgumentException(to.size() + " recipients are more than a sealed value holds (255)");
        }
        try {
            byte[] contentKey = random(KEY);
            KeyPair ephemeral = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] ephemeralRaw = SealingPublicKey.of(ephemeral.getPublic()).raw();
            ByteArrayOutputStream header = new ByteArrayOutputStream(header(to.size()));
            header.write(VERSION);
            header.writeBytes(ephemeralRaw);
            header.write(to.size());
            for (SealingPublicKey recipient : to) {
                byte[] wrappingKey = wrappingKey(ephemeral.getPrivate(), recipient.publicKey(), ephemeralRaw, recipient.raw());
                header.writeBytes(SealingPublicKey.idBytes(recipient.raw()));
                header.writeBytes(gcm(Cipher.ENCRYPT_MODE, wrappingKey, new byte[NONCE], null, contentKey));
            }
            byte[] nonce = random(NONCE);
            byte[] head = header.toByteArray();
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, contentKey, nonce, head, frame(bytes));
            byte[] envelope = ByteBuffer.allocate(head.length + NONCE + sealed.length).put(head).put(nonce).put(sealed).array();
            return new SealedValue(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(envelope), envelope);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal: " + e.getMessage(), e);
        }
    }

    /** The value, opened with {@code key}; a value not sealed to it, or altered, is a {@link SealException}. */
    public String open(SealingKeyPair key) {
        byte[] wanted = SealingPublicKey.idBytes(key.publicKey().raw());
        byte[] ephemeralRaw = Arrays.copyOfRange(envelope, 1, 1 + KEY);
        int headerLength = header(recipients);
        boolean listed = false;
        for (int i = 0; i < recipients; i++) {
            int entry = 2 + KEY + i * ENTRY;
            if (!Arrays.equals(envelope, entry, entry + SealingPublicKey.ID_BYTES, wanted, 0, wanted.length)) {
                continue;
            }
            listed = true;
            try {
                PublicKey ephemeral = new SealingPublicKey(ephemeralRaw).publicKey();
                byte[] wrappingKey = wrappingKey(key.privateKey(), ephemeral, ephemeralRaw, key.publicKey().raw());
                int wrapped = entry + SealingPublicKey.ID_BYTES;
                byte[] contentKey = gcm(Cipher.DECRYPT_MODE, wrappingKey, new byte[NONCE], null,
                        Arrays.copyOfRange(envelope, wrapped, wrapped + WRAPPED));
                byte[] frame = gcm(Cipher.DECRYPT_MODE, contentKey, Arrays.copyOfRange(envelope, headerLength, headerLength + NONCE),
                        Arrays.copyOfRange(envelope, 0, headerLength),
                        Arrays.copyOfRange(envelope, headerLength + NONCE, envelope.length));
                return unframe(frame);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // an id collision, or an altered value: another entry may still be ours
            }
        }
        throw new SealException(listed ? "the sealed value was altered: it does not open with key " + key.publicKey().id()
                : "the value is sealed to " + recipientIds() + ", not to key " + key.publicKey().id(), !listed);
    }

    /** The ids of the keys the value is sealed to, in order. */
    public List<String> recipientIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            int entry = 2 + KEY + i * ENTRY;
            ids.add(HexFormat.of().formatHex(envelope, entry, entry + SealingPublicKey.ID_BYTES));
        }
        return ids;
    }

    public String text() {
        return text;
    }

    private static int header(int recipients) {
        return 2 + KEY + recipients * ENTRY;
    }

    private static byte[] frame(byte[] bytes) {
        int length = 2 + bytes.length;
        byte[] frame = new byte[(length + PAD - 1) / PAD * PAD];
        frame[0] = (byte) (bytes.length >>> 8);
        frame[1] = (byte) bytes.length;
        System.arraycopy(bytes, 0, frame, 2, bytes.length);
        return frame;
    }

    private static String unframe(byte[] frame) {
        int length = (Byte.toUnsignedInt(frame[0]) << 8) | Byte.toUnsignedInt(frame[1]);
        if (length > frame.length - 2) {
            throw new IllegalArgumentException("a sealed value's length is beyond its content");
        }
        return new String(frame, 2, length, StandardCharsets.UTF_8);
    }

    /** HKDF-SHA256 (RFC 5869) of the X25519 agreement, salted with both public keys, one 32-byte block. */
    private static byte[] wrappingKey(PrivateKey ours, PublicKey theirs, byte[] ephemeralRaw, byte[] recipientRaw)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(ours);
        agreement.doPhase(theirs, true);
        byte[] shared = agreement.generateSecret();
        Mac mac = Mac.getInstance("HmacSHA256");
        byte[] salt = ByteBuffer.allocate(2 * KEY).put(ephemeralRaw).put(recipientRaw).array();
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] pseudoRandomKey = mac.doFinal(shared);
        mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
        mac.update(WRAP_INFO);
        mac.update((byte) 1);
        return mac.doFinal();
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] additional, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG * 8, nonce));
        if (additional != null) {
            cipher.updateAAD(additional);
        }
        return cipher.doFinal(input);
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    @Override
    public String toString() {
        return SHOWN + " to " + recipientIds();
    }
}
