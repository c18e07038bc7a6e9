package org.hyperedge.master.catalog;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A published catalog: the releases a publisher offers, each by id, version, its descriptor's file in the index
 * directory and that file's SHA-256, with the publisher's certificate. The index file ({@value #FILE}) is signed as
 * its exact bytes ({@value #SIGNATURE}, base64), with the same key and algorithm as a site bundle's manifest, so a
 * subscriber that trusts the publisher's fingerprint trusts every descriptor through its digest.
 */
public record CatalogIndex(String publisher, String certificate, Instant publishedAt, List<Listed> releases,
        List<Artifact> artifacts) {

    public static final String FILE = "catalog-index.json";
    public static final String SIGNATURE = "catalog-index.sig";
    public static final String FORMAT = "hyperedge-catalog-index/1";
    /** The largest index and signature a subscriber reads: a few thousand releases fit. */
    public static final int MAX_INDEX_BYTES = 4 << 20;
    public static final int MAX_SIGNATURE_BYTES = 4096;

    /** One release of the index. */
    public record Listed(String id, String version, String file, String sha256) {
    }

    /**
     * An artifact the releases of the index name, in the index directory as {@code file} ({@code artifacts/SHA256}):
     * what a subscriber fetches, at most {@code size} bytes, and keeps only when its digest is {@code sha256}.
     */
    public record Artifact(String sha256, long size, String file) {
    }

    /** Where an artifact lies in an index directory. */
    public static String artifactFile(String sha256) {
        return "artifacts/" + sha256;
    }

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("publisher", publisher);
        root.put("certificate", certificate);
        root.put("publishedAt", publishedAt.toString());
        ArrayNode list = root.putArray("releases");
        for (Listed entry : releases) {
            list.addObject().put("id", entry.id()).put("version", entry.version()).put("file", entry.file())
                    .put("sha256", entry.sha256());
        }
        ArrayNode files = root.putArray("artifacts");
        for (Artifact artifact : artifacts) {
            files.addObject().put("sha256", artifact.sha256()).put("size", artifact.size()).put("file", artifact.file());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a catalog index: " + e.getMessage(), e);
        }
    }

    /** Reads an index's bytes; a field missing or of the wrong kind is named. */
    public static CatalogIndex parse(byte[] json) throws CatalogSourceException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new CatalogSourceException(FILE + " is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new CatalogSourceException(FILE + " is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new CatalogSourceException(FILE + " is not a catalog index of format " + FORMAT + " (its format: "
                    + root.path("format").asText("none") + ")");
        }
        Instant publishedAt;
        try {
            publishedAt = Instant.parse(text(root, "publishedAt", "$"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new CatalogSourceException(FILE + ": $.publishedAt is not an instant (e.g. 2026-12-06T21:00:00Z)");
        }
        JsonNode list = root.path("releases");
        if (!list.isArray()) {
            throw new CatalogSourceException(FILE + ": $.releases is missing or not a list");
        }
        List<Listed> releases = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.releases[" + i + "]";
            JsonNode entry = list.get(i);
            releases.add(new Listed(text(entry, "id", at), text(entry, "version", at), text(entry, "file", at),
                    text(entry, "sha256", at)));
        }
        return new CatalogIndex(text(root, "publisher", "$"), text(root, "certificate", "$"), publishedAt, releases,
                artifacts(root.path("artifacts")));
    }

    /** The artifacts an index lists; an index published before artifacts were listed lists none. */
    private static List<Artifact> artifacts(JsonNode list) throws CatalogSourceException {
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new CatalogSourceException(FILE + ": $.artifacts is not a list");
        }
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.artifacts[" + i + "]";
            JsonNode entry = list.get(i);
            String sha256 = text(entry, "sha256", at);
            if (!SHA256.matcher(sha256).matches()) {
                throw new CatalogSourceException(FILE + ": " + at + ".sha256 is not 64 lower-case hex digits");
            }
            JsonNode size = entry.path("size");
            if (!size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
                throw new CatalogSourceException(FILE + ": " + at + ".size is missing or not a byte count");
            }
            artifacts.add(new Artifact(sha256, size.asLong(), text(entry, "file", at)));
        }
        return artifacts;
    }

    /** The publisher's certificate the index carries; its fingerprint is the publisher's. */
    public X509Certificate signerCertificate() throws CatalogSourceException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new CatalogSourceException(FILE + ": $.certificate is not a base64 X.509 certificate: " + e.getMessage());
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String text(JsonNode node, String field, String at) throws CatalogSourceException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new CatalogSourceException(FILE + ": " + at + "." + field + " is missing or not a text");
        }
        return value.textValue();
    }
}
