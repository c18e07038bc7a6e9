package org.hyperedge.protocol.seal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * A sealing key pair (X25519): the private half opens what was sealed to the public half. Kept in a file of
 * its own, mode 0600 in a directory only its owner enters; a node's beside its TLS identity, an operator's in
 * the user's configuration directory, never in the master's database.
 */
public final class SealingKeyPair {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrivateKey privateKey;
    private final SealingPublicKey publicKey;

    private SealingKeyPair(PrivateKey privateKey, SealingPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SealingKeyPair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            return new SealingKeyPair(pair.getPrivate(), SealingPublicKey.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no X25519: " + e.getMessage(), e);
        }
    }

    /** The key pair kept in {@code file}, made (and the file written, 0600) the first time. */
    public static synchronized SealingKeyPair loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return read(file);
        }
        SealingKeyPair created = generate();
        created.write(file);
        return created;
    }

    /** Reads a key file; a missing, unreadable or damaged file is an error naming the file and the problem. */
    public static SealingKeyPair read(Path file) {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sealing key " + file + ": " + e.getMessage(), e);
        }
        String privateText = values.getProperty("private");
        String publicText = values.getProperty("public");
        if (privateText == null || publicText == null) {
            throw new IllegalArgumentException("the sealing key " + file + " lacks its " + (privateText == null ? "private" : "public")
                    + " half");
        }
        try {
            PrivateKey privateKey = KeyFactory.getInstance("X25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateText.strip())));
            SealingPublicKey publicKey = SealingPublicKey.parse(publicText);
            SealingKeyPair pair = new SealingKeyPair(privateKey, publicKey);
            pair.checkHalvesMatch(file);
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the sealing key " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Writes the pair to {@code file} (0600), replacing it at once: a reader never sees half a key. */
    public void write(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path scratch = directory.resolve("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(scratch);
            Files.createFile(scratch, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (Writer writer = Files.newBufferedWriter(scratch, StandardCharsets.US_ASCII)) {
                writer.write("# HyperEdge sealing key (X25519). Whoever holds this file opens every value sealed to it:\n"
                        + "# keep it to yourself, and keep a copy where only you can reach it.\n");
                writer.write("public=" + publicKey.text() + "\n");
                writer.write("private=" + Base64.getEncoder().encodeToString(privateKey.getEncoded()) + "\n");
            }
            Files.move(scratch, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sealing key " + file + ": " + e.getMessage(), e);
        }
    }

    public SealingPublicKey publicKey() {
        return publicKey;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** A file whose public half is not the private half's would seal to a key nobody can open with. */
    private void checkHalvesMatch(Path file) {
        SealedValue probe = SealedValue.seal("probe", java.util.List.of(publicKey));
        try {
            probe.open(this);
        } catch (SealException e) {
            throw new IllegalArgumentException("its public half does not belong to its private half (" + file + ")", e);
        }
    }

    @Override
    public String toString() {
        return "sealing key pair " + publicKey.id();
    }
}
