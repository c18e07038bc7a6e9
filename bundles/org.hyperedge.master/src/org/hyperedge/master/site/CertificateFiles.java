package org.hyperedge.master.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A master's certificate as a PEM file: what a site master hands the office ({@code site identity --out}) so the
 * office can seal the site machines' pairing codes to it. It holds the public key only.
 */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    public static void write(Path file, X509Certificate certificate) throws IOException {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n",
                    StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IOException("cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    /** The certificate in the file (PEM or DER); a file that holds none is named with what is wrong. */
    public static X509Certificate read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no certificate file " + file);
        }
        if (Files.size(file) > 64 * 1024) {
            throw new IOException(file + " is too large to be a certificate");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (CertificateException | ClassCastException e) {
            throw new IOException(file + " holds no X.509 certificate (as 'site identity --out FILE' writes it): "
                    + e.getMessage(), e);
        }
    }
}
