package org.hyperedge.master.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The table of contents of a bundle ({@code manifest.json}): what kind of bundle, its id, the site it is for,
 * the signing master (its certificate and fingerprint) and every other entry of the zip with its sha256 and
 * size. The signature ({@code manifest.sig}) covers these exact bytes, so it covers every entry through its
 * digest.
 */
public record BundleManifest(String format, String kind, String bundleId, Instant createdAt, String siteId,
        String siteName, String signer, String certificate, String origin, List<ListedFile> entries) {

    public static final String FORMAT = "hyperedge-site-bundle/1";
    public static final String SITE = "site";
    public static final String RETURN = "return";
    /** a master's backup: its database, identity and software cache index ({@code org.hyperedge.master.backup}) */
    public static final String BACKUP = "master-backup";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One entry of the zip, named by its path, checked by digest and size. */
    public record ListedFile(String path, String sha256, long size) {
    }

    public BundleManifest {
        entries = List.copyOf(entries);
    }

    public X509Certificate signerCertificate() throws SiteBundleException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new SiteBundleException("the signer's certificate in " + MANIFEST + " is unreadable: " + e.getMessage(), e);
        }
    }

    public long totalSize() {
        return entries.stream().mapToLong(ListedFile::size).sum();
    }

    public List<ListedFile> under(String prefix) {
        return entries.stream().filter(e -> e.path().startsWith(prefix)).toList();
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format).put("kind", kind).put("bundleId", bundleId).put("createdAt", createdAt.toString())
                .put("siteId", siteId).put("siteName", siteName).put("signer", signer).put("certificate", certificate);
        if (origin != null) {
            root.put("origin", origin);
        }
        ArrayNode list = root.putArray("entries");
        for (ListedFile entry : entries) {
            list.addObject().put("path", entry.path()).put("sha256", entry.sha256()).put("size", entry.size());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BundleManifest parse(byte[] json) throws SiteBundleException {
        try {
            JsonNode root = JSON.readTree(json);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new SiteBundleException(MANIFEST + " is of format '" + root.path("format").asText()
                        + "', not " + FORMAT);
            }
            List<ListedFile> entries = new ArrayList<>();
            for (JsonNode entry : root.path("entries")) {
                entries.add(new ListedFile(required(entry, "path"), required(entry, "sha256"), entry.path("size").asLong(-1)));
            }
            return new BundleManifest(FORMAT, required(root, "kind"), required(root, "bundleId"),
                    Instant.parse(required(root, "createdAt")), required(root, "siteId"), required(root, "siteName"),
                    required(root, "signer"), required(root, "certificate"),
                    root.hasNonNull("origin") ? root.get("origin").asText() : null, entries);
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw new SiteBundleException(MANIFEST + " is not a readable manifest: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) throws SiteBundleException {
        if (!node.hasNonNull(field) || node.get(field).asText().isEmpty()) {
            throw new SiteBundleException(MANIFEST + " has no '" + field + "'");
        }
        return node.get(field).asText();
    }
}
