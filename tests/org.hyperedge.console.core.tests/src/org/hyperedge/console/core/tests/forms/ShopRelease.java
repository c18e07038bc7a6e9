package org.hyperedge.console.core.tests.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A release directory ({@code test:shop}) whose parameter schema is spread over folders: {@code shop/input-schema.json}
 * refers to {@code ../web/input-schema.json} and {@code ../db/input-schema.json}, which both take their port from
 * {@code ../common.json} (1024 to 65535); {@code web.port} is required.
 */
public final class ShopRelease {

    public static final String ID = "test:shop";

    private ShopRelease() {
    }

    /** Writes the release into {@code directory} and returns it. */
    public static Path write(Path directory) throws IOException {
        write(directory.resolve("release.json"), """
                { "id": "test:shop", "name": "Shop", "version": "1.0", "description": "parameters spread over folders",
                  "types": { "default": { "description": "one process", "parameters": "shop/input-schema.json",
                    "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
                """);
        write(directory.resolve("shop/input-schema.json"), """
                { "type": "object", "required": ["web"],
                  "properties": { "web": { "$ref": "../web/input-schema.json" }, "db": { "$ref": "../db/input-schema.json" } } }
                """);
        write(directory.resolve("web/input-schema.json"), """
                { "type": "object", "title": "Web", "required": ["port"],
                  "properties": { "port": { "$ref": "../common.json#/$defs/port" } } }
                """);
        write(directory.resolve("db/input-schema.json"), """
                { "type": "object", "title": "Database",
                  "properties": { "port": { "$ref": "../common.json#/$defs/port" }, "name": { "type": "string", "maxLength": 16 } } }
                """);
        write(directory.resolve("common.json"), """
                { "$defs": { "port": { "type": "integer", "title": "Port", "minimum": 1024, "maximum": 65535 } } }
                """);
        return directory;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
