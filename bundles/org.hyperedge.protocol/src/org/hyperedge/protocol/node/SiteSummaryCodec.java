package org.hyperedge.protocol.node;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hyperedge.protocol.node.SiteSummary.OfferedRelease;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@link SiteSummary}. A summary comes from another master: what is read is bounded (bytes, releases,
 * field lengths) and checked, and one that is not a summary is refused naming what is wrong, so nothing of it is kept.
 */
public final class SiteSummaryCodec {

    /** The largest summary a master reads: thousands of releases fit. */
    public static final int MAX_BYTES = 1 << 20;
    /** The most releases a summary lists. */
    public static final int MAX_RELEASES = 5_000;
    private static final int MAX_FIELD = 255;
    /** Printable, with no control or bidirectional characters: these strings end up in tables and the console. */
    private static final Pattern SAFE = Pattern.compile("[^\\p{Cntrl}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]+");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SiteSummaryCodec() {
    }

    public static byte[] write(SiteSummary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("protocol", 1);
        root.put("nodes", summary.nodes());
        root.put("freePartitions", summary.freePartitions());
        root.put("partitions", summary.partitions());
        ArrayNode catalog = root.putArray("catalog");
        for (OfferedRelease release : summary.catalog()) {
            catalog.addObject().put("id", release.id()).put("name", release.name()).put("version", release.version())
                    .put("shortName", release.shortName());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SiteSummary read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a site summary of " + content.length + " bytes is larger than the "
                    + MAX_BYTES + " a master reads");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException("the site summary is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the site summary must be a JSON object");
        }
        int nodes = count(root, "nodes");
        int free = count(root, "freePartitions");
        int partitions = count(root, "partitions");
        if (free > partitions) {
            throw new IllegalArgumentException("the site summary has " + free + " free partitions of only " + partitions);
        }
        JsonNode catalog = root.path("catalog");
        if (!catalog.isArray()) {
            throw new IllegalArgumentException("the site summary's catalog must be an array");
        }
        if (catalog.size() > MAX_RELEASES) {
            throw new IllegalArgumentException("the site summary's catalog lists " + catalog.size()
                    + " releases, more than the " + MAX_RELEASES + " a master keeps");
        }
        List<OfferedRelease> releases = new ArrayList<>();
        for (JsonNode release : catalog) {
            releases.add(new OfferedRelease(text(release, "id", releases.size()), text(release, "name", releases.size()),
                    text(release, "version", releases.size()), text(release, "shortName", releases.size())));
        }
        return new SiteSummary(nodes, free, partitions, releases);
    }

    private static int count(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new IllegalArgumentException("the site summary's " + field + " must be a whole number of 0 or more, not "
                    + (value == null ? "missing" : value.toString()));
        }
        return value.asInt();
    }

    private static String text(JsonNode release, String field, int index) {
        JsonNode value = release.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty() || value.asText().length() > MAX_FIELD
                || !SAFE.matcher(value.asText()).matches()) {
            throw new IllegalArgumentException("release " + (index + 1) + " of the site summary's catalog has no valid "
                    + field + " (1-" + MAX_FIELD + " printable characters): " + (value == null ? "missing" : value));
        }
        return value.asText();
    }
}
