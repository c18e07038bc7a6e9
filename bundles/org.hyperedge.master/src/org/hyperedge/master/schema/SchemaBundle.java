package org.hyperedge.master.schema;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schema files of a release made one self-contained schema (a JSON Schema compound document): the entry file
 * is the root, each file it reaches through {@code $ref}, directly or not, is embedded under {@code $defs} (or
 * {@code definitions} before 2019-09) with an {@code $id} of {@value #SCHEME}{@code :/} and its path in the release.
 * Files are known by their whole path, so {@code a/input-schema.json} and {@code b/input-schema.json} are two, and
 * a reference written in one resolves against its own folder. Master, agent and console then all hold the same
 * document and resolve the same references inside it, and nothing outside the release is ever read.
 */
public final class SchemaBundle {

    public static final String SCHEME = "hyperedge-release";
    private static final Set<String> DATA = Set.of("const", "enum", "default", "examples");

    /** Reads a release's file by its path in the release ({@code schemas/common.json}); each problem named by the reader. */
    public interface Files {
        /** The file's JSON, or {@code null} when it is missing, outside the release or unreadable (after {@code problem}). */
        JsonNode read(String path, java.util.function.Consumer<String> problem);
    }

    /** The bundled schema and every problem of its files, each as {@code file: $.json.path: reason}. */
    public record Result(ObjectNode schema, List<String> problems) {
    }

    private SchemaBundle() {
    }

    /** Bundles {@code entry} and every file it reaches; a file that is not a valid schema is reported, not bundled. */
    public static Result of(String entry, Files files) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> read = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(entry));
        while (!pending.isEmpty()) {
            String path = pending.poll();
            if (read.containsKey(path)) {
                continue;
            }
            JsonNode document = files.read(path, problem -> problems.add(path + ": " + problem));
            read.put(path, document);
            if (document == null) {
                continue;
            }
            MetaSchemaCheck.problems(document).forEach(problem -> problems.add(path + ": " + problem));
            for (String referenced : referencedFiles(document, uri(path), path, problems)) {
                pending.add(referenced);
            }
        }
        JsonNode root = read.get(entry);
        if (!(root instanceof ObjectNode rootObject)) {
            return new Result(null, problems);
        }
        ObjectNode bundled = rootObject.deepCopy();
        bundled.put(Drafts.idKeyword(rootObject), uri(entry).toString());
        String holder = Drafts.definitionsKeyword(rootObject);
        read.forEach((path, document) -> {
            if (path.equals(entry) || document == null) {
                return;
            }
            ObjectNode definitions = bundled.has(holder) && bundled.get(holder).isObject() ? (ObjectNode) bundled.get(holder)
                    : bundled.putObject(holder);
            if (definitions.has(path)) {
                problems.add(entry + ": $." + holder + " already has an entry '" + path + "', where that file would be embedded");
                return;
            }
            ObjectNode embedded;
            if (document instanceof ObjectNode object) {
                embedded = object.deepCopy();
            } else {
                // a boolean schema file: the same schema, given the identity of its file
                embedded = bundled.objectNode();
                embedded.putArray("allOf").add(document);
            }
            embedded.put(Drafts.idKeyword(document), uri(path).toString());
            definitions.set(path, embedded);
        });
        // a reference to a file already reported (missing, unreadable) is not reported twice
        List<String> unread = read.entrySet().stream().filter(file -> file.getValue() == null)
                .map(file -> "refers to " + uri(file.getKey()) + ",").toList();
        SchemaReferences.unresolved(bundled).stream().filter(problem -> unread.stream().noneMatch(problem::contains))
                .forEach(problem -> problems.add(entry + " (with the files it refers to): " + problem));
        return new Result(problems.isEmpty() ? bundled : null, problems);
    }

    /** The identity of a release's file in a bundle: {@code hyperedge-release:/schemas/common.json}. */
    public static URI uri(String path) {
        return URI.create(SCHEME + ":/" + path);
    }

    /** The release paths of the other files a document refers to; a reference out of the release is a problem. */
    private static List<String> referencedFiles(JsonNode document, URI base, String path, List<String> problems) {
        List<String> found = new ArrayList<>();
        collect(document, base, "$", path, found, problems);
        return found;
    }

    private static void collect(JsonNode node, URI base, String at, String file, List<String> found, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), base, at + "[" + i + "]", file, found, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
                String reference = field.getValue().textValue();
                if (reference.startsWith("#")) {
                    continue;
                }
                URI target;
                try {
                    target = SchemaReferences.withoutFragment(SchemaReferences.resolve(base, reference));
                } catch (IllegalArgumentException e) {
                    problems.add(file + ": " + at + ".$ref: '" + reference + "' is not a valid reference");
                    continue;
                }
                if (SCHEME.equals(target.getScheme()) && target.getPath() != null && target.getPath().startsWith("/")
                        && !target.getPath().startsWith("/..")) {
                    found.add(target.getPath().substring(1));
                }
                // anything else may still be an $id embedded in the file: SchemaReferences tells once bundled
            } else if (!DATA.contains(field.getKey())) {
                collect(field.getValue(), base, at + "." + field.getKey(), file, found, problems);
            }
        }
    }
}
