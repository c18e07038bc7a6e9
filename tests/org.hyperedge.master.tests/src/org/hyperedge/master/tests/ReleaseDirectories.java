package org.hyperedge.master.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Release directories written by a test: {@code release.json} naming its parameter schema, and the schema files. */
public final class ReleaseDirectories {

    private final Path directory;
    private final Map<String, String> files = new LinkedHashMap<>();
    private String parameters = "\"schemas/input-schema.json\"";
    private String id = "test:multi-file";

    private ReleaseDirectories(Path directory) {
        this.directory = directory;
    }

    public static ReleaseDirectories in(Path directory) {
        return new ReleaseDirectories(directory);
    }

    public ReleaseDirectories id(String releaseId) {
        this.id = releaseId;
        return this;
    }

    /** What the software type's {@code parameters} says: a path in quotes, or an inline schema. */
    public ReleaseDirectories parameters(String json) {
        this.parameters = json;
        return this;
    }

    public ReleaseDirectories file(String path, String json) {
        files.put(path, json);
        return this;
    }

    public Path write() {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("release.json"), """
                    {
                      "id": "%s", "name": "Multi-file", "version": "1.0",
                      "description": "A release whose parameter schema is spread over several files",
                      "types": {
                        "default": {
                          "description": "one process",
                          "parameters": %s,
                          "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ]
                        }
                      }
                    }
                    """.formatted(id, parameters));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path written = directory.resolve(file.getKey());
                Files.createDirectories(written.getParent());
                Files.writeString(written, file.getValue());
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
