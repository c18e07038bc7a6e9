package org.hyperedge.protocol.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A key pair and self-signed certificate kept in a PKCS#12 file (mode 0600) with its password beside it.
 * Created on first use with the JDK's own {@code keytool} (EC P-256), so neither an agent nor a master
 * needs a certificate authority: peers trust each other by pinning fingerprints at pairing time.
 */
public final class TlsIdentity {

    private static final String ALIAS = "hyperedge";
    private static final String STORE = "identity.p12";
    private static final String PASSWORD = "identity.pass";
    /** The keys are EC P-256 (see {@link #create}). */
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsIdentity(KeyStore keyStore, char[] password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    }

    /** Loads the identity kept in the directory, creating it (named {@code commonName}) the first time. */
    public static synchronized TlsIdentity loadOrCreate(Path directory, String commonName) {
        Path store = directory.resolve(STORE);
        Path passwordFile = directory.resolve(PASSWORD);
        try {
            if (!Files.exists(store) || !Files.exists(passwordFile)) {
                create(directory, commonName);
            }
            char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password);
            }
            return new TlsIdentity(keyStore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TLS identity in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the TLS identity in " + directory + " is unusable: " + e.getMessage(), e);
        }
    }

    private static void create(Path directory, String commonName) throws IOException {
        Files.createDirectories(directory);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Path tmpStore = directory.resolve(STORE + ".tmp");
        Files.deleteIfExists(tmpStore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname",
                "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "36500", "-dname",
                "CN=" + commonName.replaceAll("[^A-Za-z0-9 ._-]", "_"), "-storetype", "PKCS12", "-keystore",
                tmpStore.toString(), "-storepass:env", "HE_STOREPASS");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HE_STOREPASS", password);
        Process keytoolProcess = builder.start();
        String output = new String(keytoolProcess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!keytoolProcess.waitFor(60, TimeUnit.SECONDS) || keytoolProcess.exitValue() != 0) {
                throw new IOException("keytool could not create a key pair: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating a key pair", e);
        }
        writePrivate(directory.resolve(PASSWORD), password);
        Files.setPosixFilePermissions(tmpStore, PosixFilePermissions.fromString("rw-------"));
        Files.move(tmpStore, directory.resolve(STORE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String fingerprint() {
        return Fingerprints.sha256(certificate);
    }

    /**
     * Signs the data with this identity's private key (SHA256withECDSA): how a master signs what it hands
     * over outside TLS, e.g. a site bundle; anyone holding the certificate checks it.
     */
    public byte[] sign(byte[] data) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initSign((java.security.PrivateKey) keyStore.getKey(ALIAS, password));
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the identity's key: " + e.getMessage(), e);
        }
    }

    /**
     * The ECDH secret this identity's private key shares with the public key: how something sealed to this
     * identity's certificate (by someone holding only the certificate) is opened, e.g. a site bundle's pairing codes.
     */
    public byte[] agree(java.security.PublicKey peer) {
        try {
            javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance("ECDH");
            agreement.init((java.security.PrivateKey) keyStore.getKey(ALIAS, password));
            agreement.doPhase(peer, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot agree on a key with the identity's key: " + e.getMessage(), e);
        }
    }

    /** True when the signature over the data was made by the key of the certificate (see {@link #sign}). */
    public static boolean verify(X509Certificate signer, byte[] data, byte[] signatureBytes) {
        try {
            java.security.Signature signature = java.security.Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initVerify(signer.getPublicKey());
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (java.security.SignatureException e) {
            return false; // a signature that does not even decode is as wrong as one that does not match
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot check a signature: " + e.getMessage(), e);
        }
    }

    public KeyManager[] keyManagers() {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore, password);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the TLS identity: " + e.getMessage(), e);
        }
    }

    /** A TLS 1.3 context presenting this identity and trusting what the trust manager decides. */
    public SSLContext sslContext(TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers(), new TrustManager[] { trust }, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
