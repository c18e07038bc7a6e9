package org.hyperedge.console.core.forms;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds what a {@code $ref} points at: a JSON pointer into the same document ({@code #/definitions/disk},
 * {@code #/$defs/disk}), an anchor, a resource embedded with its own {@code $id}, or a sibling file next
 * to a schema file. Each result carries the base and draft that hold inside it, so relative references
 * there resolve as the validator resolves them. Nothing outside the release's own schemas is read: a schema held
 * in a release refers only to itself and what it embeds, a schema file also to the files beside it; nothing is
 * fetched from a network.
 */
public final class SchemaResolver {

    /** A schema found by reference, with the base and draft that apply inside it and where it came from. */
    public record Resolved(JsonNode schema, URI base, Draft draft, String location) {
    }

    /** The base of a schema without a file: hierarchical, so relative ids and refs resolve against it. */
    static final URI INLINE_BASE = URI.create("hyperedge-inline:/parameters.json");
    private static final long MAX_FILE_BYTES = 1 << 20;
    /** Keywords whose value is one schema, a map of schemas, or a list of schemas (every draft's). */
    private static final Set<String> ONE = Set.of("items", "additionalItems", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema");
    private static final Set<String> MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");
    private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    private final Map<String, Resolved> resources = new HashMap<>();
    private final Map<String, Resolved> anchors = new HashMap<>();
    private final Resolved root;

    public SchemaResolver(SchemaSource source) {
        URI outer = source.base() == null ? INLINE_BASE : source.base();
        Draft draft = Draft.of(source.schema(), Draft.DRAFT_2020_12);
        // a bundled release schema names its entry file in its root $id: its references resolve from there
        URI base = baseOf(source.schema(), outer, draft);
        root = new Resolved(source.schema(), base, draft, base.toString());
        resources.put(document(outer), root);
        resources.put(document(base), root);
        index(source.schema(), base, draft);
    }

    /** The schema the form starts from. */
    public Resolved root() {
        return root;
    }

    /** The base that holds inside {@code schema}: its own {@code $id} resolved against the outer base. */
    public static URI baseOf(JsonNode schema, URI outer, Draft draft) {
        JsonNode id = schema.get(draft.idKeyword());
        if (id != null && id.isTextual() && !id.textValue().startsWith("#")) {
            try {
                return withoutFragment(resolve(outer, id.textValue()));
            } catch (IllegalArgumentException e) {
                return outer;
            }
        }
        return outer;
    }

    /** What the reference, written in a schema whose base is {@code base}, points at. */
    public Resolved resolve(String reference, URI base) throws UnresolvableReference {
        URI target;
        try {
            target = resolve(base, reference);
        } catch (IllegalArgumentException e) {
            throw new UnresolvableReference("'" + reference + "' is not a valid reference");
        }
        String document = document(target);
        Resolved resource = resources.get(document);
        if (resource == null) {
            resource = load(target, reference);
        }
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return resource;
        }
        if (fragment.startsWith("/")) {
            return walk(resource, fragment, reference);
        }
        Resolved anchored = anchors.get(document + "#" + fragment);
        if (anchored == null) {
            throw new UnresolvableReference("'" + reference + "' names an anchor '" + fragment + "' that is not declared");
        }
        return anchored;
    }

    private Resolved walk(Resolved resource, String pointer, String reference) throws UnresolvableReference {
        JsonNode node = resource.schema();
        URI base = resource.base();
        Draft draft = resource.draft();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            JsonNode next = node.isArray() && token.matches("\\d+") ? node.get(Integer.parseInt(token)) : node.get(token);
            if (next == null) {
                throw new UnresolvableReference("'" + reference + "' points at nothing: " + describe(resource)
                        + " has no '" + token + "' there");
            }
            node = next;
            if (node.isObject()) {
                draft = Draft.of(node, draft);
                base = baseOf(node, base, draft);
            }
        }
        return new Resolved(node, base, draft, document(resource.base()) + "#" + pointer);
    }

    /** How a message names a document: "the schema" for the one being rendered, else its file or URI. */
    private String describe(Resolved resource) {
        if (document(resource.base()).equals(document(root.base()))) {
            return "the schema";
        }
        String path = resource.base().getPath();
        return "file".equals(resource.base().getScheme()) && path != null ? path.substring(path.lastIndexOf('/') + 1)
                : document(resource.base());
    }

    /** A sibling schema file, read once; anything else stays unresolved. */
    private Resolved load(URI target, String reference) throws UnresolvableReference {
        URI document = withoutFragment(target);
        if (!"file".equals(document.getScheme()) || !"file".equals(root.base().getScheme())) {
            throw new UnresolvableReference("'" + reference + "' refers to " + document
                    + ", which is neither in this schema nor a file beside it (nothing else is read, and nothing is fetched from a network)");
        }
        Path file;
        try {
            file = Path.of(document);
        } catch (IllegalArgumentException e) {
            throw new UnresolvableReference("'" + reference + "' is not a usable file reference");
        }
        JsonNode tree;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnresolvableReference("'" + reference + "' refers to " + file + ", which does not exist");
            }
            if (!file.toRealPath().getParent().equals(Path.of(root.base()).toRealPath().getParent())) {
                throw new UnresolvableReference("'" + reference + "' refers to " + file + ", which is not beside the schema "
                        + "(only the files next to it are read)");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnresolvableReference("'" + reference + "' refers to " + file + ", larger than 1 MB");
            }
            tree = SchemaSource.JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UnresolvableReference("'" + reference + "' refers to " + file + ", which cannot be read as JSON: "
                    + e.getMessage());
        }
        Draft draft = Draft.of(tree, root.draft());
        Resolved resource = new Resolved(tree, document, draft, file.getFileName().toString());
        resources.put(document(document), resource);
        index(tree, document, draft);
        return resource;
    }

    /** Records every embedded resource ({@code $id}) and anchor of a document, with the base it sets. */
    private void index(JsonNode node, URI base, Draft outerDraft) {
        if (!node.isObject()) {
            return;
        }
        Draft draft = Draft.of(node, outerDraft);
        JsonNode id = node.get(draft.idKeyword());
        if (id != null && id.isTextual()) {
            String text = id.textValue();
            try {
                if (text.startsWith("#")) {
                    // drafts 4 to 7 declare plain-name anchors as ids
                    anchors.putIfAbsent(document(base) + text, new Resolved(node, base, draft, text));
                } else {
                    base = withoutFragment(resolve(base, text));
                    resources.putIfAbsent(document(base), new Resolved(node, base, draft, base.toString()));
                }
            } catch (IllegalArgumentException e) {
                // an id that is no URI declares nothing we can refer to
            }
        }
        for (String anchor : List.of("$anchor", "$dynamicAnchor")) {
            JsonNode name = node.get(anchor);
            if (name != null && name.isTextual()) {
                anchors.putIfAbsent(document(base) + "#" + name.textValue(), new Resolved(node, base, draft, name.textValue()));
            }
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (MAP.contains(field.getKey()) && value.isObject()) {
                for (JsonNode child : value) {
                    index(child, base, draft);
                }
            } else if (LIST.contains(field.getKey()) && value.isArray()) {
                for (JsonNode child : value) {
                    index(child, base, draft);
                }
            } else if (ONE.contains(field.getKey())) {
                index(value, base, draft);
            }
        }
    }

    static URI resolve(URI base, String reference) {
        if (reference.startsWith("#")) {
            return URI.create(document(base) + reference);
        }
        URI target = URI.create(reference);
        if (target.isAbsolute() || base.isOpaque()) {
            return target.normalize();
        }
        return base.resolve(target).normalize();
    }

    static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The document part of a URI as a key: {@code file:///x} and {@code file:/x} are the same file. */
    private static String document(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        text = hash < 0 ? text : text.substring(0, hash);
        return text.startsWith("file:///") ? "file:/" + text.substring("file:///".length()) : text;
    }
}
