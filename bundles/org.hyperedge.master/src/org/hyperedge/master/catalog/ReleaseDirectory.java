package org.hyperedge.master.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.master.schema.SchemaBundle;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;

/**
 * A release as a directory: {@value #DESCRIPTOR}, whose software types may name their parameter and connection
 * schemas by path ({@code "parameters": "schemas/input-schema.json"}), and the schema files beside it, which refer
 * to each other by relative {@code $ref}. Read as one descriptor with each such schema bundled
 * ({@link SchemaBundle}): what the catalog stores, and nodes and consoles receive. Only regular files inside the
 * directory are read: no absolute path, no {@code ..}, no link leading out.
 */
public final class ReleaseDirectory {

    public static final String DESCRIPTOR = "release.json";
    /** The most schema files one release may hold, and the largest one. */
    public static final int MAX_FILES = 256;
    public static final int MAX_FILE_BYTES = 1 << 20;
    private static final List<String> SCHEMA_FIELDS = List.of("parameters", "connectionSchema");
    private static final ObjectMapper JSON = new ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final Path directory;
    private final Path realDirectory;
    private int filesRead;

    private ReleaseDirectory(Path directory) throws IOException {
        this.directory = directory;
        this.realDirectory = directory.toRealPath();
    }

    /** The descriptor of the release in {@code directory}, schemas bundled; every problem of every file listed. */
    public static String read(Path directory) throws InvalidDescriptorException {
        String source = directory.resolve(DESCRIPTOR).toString();
        ReleaseDirectory release;
        try {
            release = new ReleaseDirectory(directory);
        } catch (IOException e) {
            throw new InvalidDescriptorException(directory.toString(), List.of(new Problem("$", "cannot be read: " + e)));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode descriptor = release.file(DESCRIPTOR, problem -> problems.add(new Problem("$", problem)));
        if (!(descriptor instanceof ObjectNode root)) {
            if (descriptor != null) {
                problems.add(new Problem("$", "is not a JSON object"));
            }
            throw new InvalidDescriptorException(source, problems);
        }
        JsonNode types = root.path("types");
        for (Iterator<Map.Entry<String, JsonNode>> each = types.fields(); each.hasNext();) {
            Map.Entry<String, JsonNode> type = each.next();
            if (!(type.getValue() instanceof ObjectNode typeObject)) {
                continue;
            }
            for (String field : SCHEMA_FIELDS) {
                JsonNode named = typeObject.get(field);
                if (named != null && named.isTextual()) {
                    SchemaBundle.Result bundled = SchemaBundle.of(named.textValue(), release::file);
                    String at = "$.types." + type.getKey() + "." + field;
                    bundled.problems().forEach(problem -> problems.add(new Problem(at, problem)));
                    if (bundled.schema() != null) {
                        typeObject.set(field, bundled.schema());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDescriptorException(source, problems);
        }
        return root.toString();
    }

    /** A file of the release by its path in it, parsed; {@code null} and a problem when it cannot be one. */
    private JsonNode file(String path, Consumer<String> problem) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            problem.accept("'" + path + "' is not a path inside the release (relative, without '..')");
            return null;
        }
        if (++filesRead > MAX_FILES + 1) {
            problem.accept("the release refers to more than " + MAX_FILES + " schema files");
            return null;
        }
        Path file = directory.resolve(path).normalize();
        try {
            if (!Files.isRegularFile(file)) {
                problem.accept("does not exist in " + directory);
                return null;
            }
            if (!file.toRealPath().startsWith(realDirectory)) {
                problem.accept("leads out of the release's directory (through a link); only its own files are read");
                return null;
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (content.length > MAX_FILE_BYTES) {
                problem.accept("is larger than " + MAX_FILE_BYTES + " bytes");
                return null;
            }
            return JSON.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problem.accept("is not valid JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()) + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problem.accept("cannot be read: " + e.getMessage());
            return null;
        }
    }
}
