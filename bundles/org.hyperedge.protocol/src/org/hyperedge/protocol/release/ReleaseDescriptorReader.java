package org.hyperedge.protocol.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hyperedge.protocol.release.ReleaseDescriptor.Artifact;
import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON form of a release and checks it, reporting every problem with the source and the
 * JSON path (for example {@code h2.json: $.types.default.promises[0].kind: 'tcpp' is not one of tcp,
 * http, command, file}). A descriptor with any problem is refused whole.
 */
public final class ReleaseDescriptorReader {

    /** The largest descriptor accepted: templates are small, artifacts are never inlined. */
    public static final int MAX_BYTES = 1 << 20;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9+.-]*:[^\\s]{1,240}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern COMMAND_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ReleaseDescriptorReader() {
    }

    public static ReleaseDescriptor read(Path file) throws InvalidDescriptorException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidDescriptorException(file.toString(), List.of(new Problem("$", "cannot be read: " + e)));
        }
        return read(file.toString(), content);
    }

    public static ReleaseDescriptor read(String source, String json) throws InvalidDescriptorException {
        return read(source, json.getBytes(StandardCharsets.UTF_8));
    }

    public static ReleaseDescriptor read(String source, byte[] content) throws InvalidDescriptorException {
        if (content.length > MAX_BYTES) {
            throw new InvalidDescriptorException(source,
                    List.of(new Problem("$", "is larger than " + MAX_BYTES + " bytes")));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(content);
        } catch (JsonParseException e) {
            throw new InvalidDescriptorException(source, List.of(new Problem("$", "is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidDescriptorException(source, List.of(new Problem("$", "is not valid JSON: " + e.getMessage())));
        }
        JsonWalker walker = new JsonWalker();
        ReleaseDescriptor release = tree == null ? null : release(walker, tree);
        if (tree == null) {
            walker.problem("$", "is empty");
        }
        if (!walker.problems().isEmpty()) {
            throw new InvalidDescriptorException(source, walker.problems());
        }
        return release;
    }

    private static ReleaseDescriptor release(JsonWalker walker, JsonNode tree) {
        ObjectNode root = walker.object(tree, "$");
        if (root == null) {
            return null;
        }
        walker.onlyFields(root, "$", Set.of("id", "name", "version", "description", "artifacts", "requires",
                "install", "types"));
        String id = walker.text(root, "$", "id", true, ID, "is not a URL-like id (scheme:rest, e.g. builtin:h2-database)");
        String name = walker.text(root, "$", "name", true, null, null);
        String version = walker.text(root, "$", "version", true, Pattern.compile("\\S{1,64}"), "is not a version");
        String description = walker.text(root, "$", "description", false, null, null);
        List<Artifact> artifacts = walker.array(root, "$", "artifacts", (node, path) -> artifact(walker, node, path));
        unique(walker, "$.artifacts", artifacts.stream().map(Artifact::name).toList());
        List<String> requires = walker.texts(root, "$", "requires", COMMAND_NAME, "is not a command name");
        Set<String> artifactNames = new HashSet<>(artifacts.stream().map(Artifact::name).toList());
        List<InstallStep> install = walker.array(root, "$", "install",
                (node, path) -> installStep(walker, node, path, artifactNames));
        Map<String, SoftwareTypeDescriptor> types = walker.map(root, "$", "types", SoftwareTypeReader.NAME, SoftwareTypeReader.NAME_RULE,
                (node, path) -> SoftwareTypeReader.read(walker, node, path));
        if (!root.has("types") || root.get("types").isObject() && root.get("types").isEmpty()) {
            walker.problem("$.types", "must declare at least one software type");
        }
        return new ReleaseDescriptor(id, name, version, description, artifacts, requires, install, types);
    }

    private static Artifact artifact(JsonWalker walker, JsonNode node, String path) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("name", "sha256", "size"));
        String name = walker.text(object, path, "name", true, FILE_NAME, "is not a plain file name");
        String sha256 = walker.text(object, path, "sha256", true, SHA256, "is not 64 lower-case hex digits");
        long size = walker.integer(object, path, "size", -1, 0, Long.MAX_VALUE);
        if (!object.has("size")) {
            walker.problem(path + ".size", "is required");
        }
        return name == null || sha256 == null ? null : new Artifact(name, sha256, size);
    }

    private static InstallStep installStep(JsonWalker walker, JsonNode node, String path, Set<String> artifacts) {
        ObjectNode object = walker.object(node, path);
        if (object == null) {
            return null;
        }
        walker.onlyFields(object, path, Set.of("kind", "artifact", "command", "background"));
        InstallStep.Kind kind = kind(walker, object, path, InstallStep.Kind.class);
        if (kind == null) {
            return null;
        }
        String artifact = walker.text(object, path, "artifact", kind != InstallStep.Kind.RUN, FILE_NAME,
                "is not a plain file name");
        if (artifact != null && !artifacts.contains(artifact)) {
            walker.problem(path + ".artifact", "'" + artifact + "' is not one of the release's artifacts");
        }
        List<String> command = walker.texts(object, path, "command", null, null);
        if (kind == InstallStep.Kind.RUN && command.isEmpty()) {
            walker.problem(path + ".command", "a run step needs a command");
        }
        boolean background = walker.bool(object, path, "background");
        if (background && kind != InstallStep.Kind.RUN) {
            walker.problem(path + ".background", "only a run step can run in the background");
        }
        return new InstallStep(kind, artifact, command, background);
    }

    static <E extends Enum<E>> E kind(JsonWalker walker, ObjectNode object, String path, Class<E> kinds) {
        String text = walker.text(object, path, "kind", true, null, null);
        if (text == null) {
            return null;
        }
        for (E kind : kinds.getEnumConstants()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text)) {
                return kind;
            }
        }
        walker.problem(path + ".kind", "'" + text + "' is not one of " + String.join(", ",
                java.util.Arrays.stream(kinds.getEnumConstants()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
        return null;
    }

    static void unique(JsonWalker walker, String path, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                walker.problem(path, "'" + name + "' is declared twice");
            }
        }
    }
}
