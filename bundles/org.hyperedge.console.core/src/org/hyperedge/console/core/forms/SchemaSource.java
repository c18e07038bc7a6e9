package org.hyperedge.console.core.forms;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parameter schema and where it lives. A schema read from a file has that file as its base, so a
 * {@code $ref} to {@code disk.json} reads the sibling file; a schema held in a release descriptor has no
 * file, so its sibling schemas travel inside it as embedded resources ({@code $defs} entries with an
 * {@code $id} such as {@code disk.json}), which is what the master's validator resolves as well.
 */
public record SchemaSource(ObjectNode schema, URI base) {

    /** The JSON reader and writer of the forms (the SWT editors parse what is typed with it). */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** A schema inline in a release descriptor: no file to resolve against. */
    public static SchemaSource inline(ObjectNode schema) {
        return new SchemaSource(schema, null);
    }

    /** A schema file; references to sibling files resolve next to it. */
    public static SchemaSource file(Path file) throws IOException {
        JsonNode tree = JSON.readTree(Files.readString(file));
        if (!(tree instanceof ObjectNode schema)) {
            throw new IOException(file + " does not hold a JSON Schema object");
        }
        return new SchemaSource(schema, file.toAbsolutePath().normalize().toUri());
    }
}
