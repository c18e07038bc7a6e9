package org.hyperedge.agent.partition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Values a service publishes itself ({@code ${published.NAME}} in connection values): what only the running service
 * knows, such as the fingerprint of the certificate a child master made at its first start, written by the service
 * into its partition's {@code published/NAME}. The agent runs as root and the file is the tenant's, so it is read
 * without following links ({@link TenantTree#read}), bounded, and only as one line of printable ASCII: anything
 * else reads as not published yet (""), never as a config file's or another user's content.
 */
public final class PublishedValues {

    /** Where in the partition a service writes what it publishes. */
    public static final String DIRECTORY = "published";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?");
    private static final int MAX_BYTES = 1024;

    private final Path partition;

    public PublishedValues(Path partition) {
        this.partition = partition;
    }

    /** The value published under {@code name}, "" while there is none (or none fit to publish); null for a bad name. */
    public String get(String name) {
        if (!NAME.matcher(name).matches()) {
            return null;
        }
        try {
            String text = TenantTree.read(partition, DIRECTORY + "/" + name, MAX_BYTES)
                    .map(bytes -> new String(bytes, StandardCharsets.US_ASCII).strip()).orElse("");
            return PRINTABLE.matcher(text).matches() ? text : "";
        } catch (IOException | RuntimeException e) {
            return ""; // the partition is not there (yet): nothing is published
        }
    }
}
