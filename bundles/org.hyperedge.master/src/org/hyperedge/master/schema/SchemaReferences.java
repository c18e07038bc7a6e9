package org.hyperedge.master.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether every {@code $ref} of a schema points at something the schema holds: its own parts, a resource it embeds
 * with an {@code $id} (the files of a multi-file release, bundled), an anchor it declares. Anything else (another
 * file, a network address) would be unresolvable on the master and in the console alike, so a release holding it
 * is refused at import.
 */
public final class SchemaReferences {

    /** The base of a schema without an {@code $id}: hierarchical, so relative ids and references resolve against it. */
    static final URI INLINE_BASE = URI.create("hyperedge-inline:/parameters.json");
    /** Values that are data, not schemas: a {@code $ref} inside them is a string like any other. */
    private static final Set<String> DATA = Set.of("const", "enum", "default", "examples");

    private record Reference(String value, URI target, String path) {
    }

    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Set<String> anchors = new HashSet<>();
    private final List<Reference> references = new ArrayList<>();

    private SchemaReferences() {
    }

    /** Every reference that points at nothing the schema holds, as {@code $.properties.disk.$ref: reason}. */
    public static List<String> unresolved(JsonNode schema) {
        SchemaReferences found = new SchemaReferences();
        URI base = INLINE_BASE;
        found.documents.put(base.toString(), schema);
        found.walk(schema, base, Drafts.idKeyword(schema), "$");
        List<String> problems = new ArrayList<>();
        for (Reference reference : found.references) {
            String problem = found.check(reference);
            if (problem != null) {
                problems.add(reference.path() + ": '" + reference.value() + "' " + problem);
            }
        }
        return problems;
    }

    private void walk(JsonNode node, URI base, String idKeyword, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), base, idKeyword, path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode id = node.get(idKeyword);
        if (id != null && id.isTextual() && !id.textValue().isEmpty()) {
            try {
                URI declared = resolve(base, id.textValue());
                if (id.textValue().startsWith("#")) {
                    anchors.add(declared.toString());
                } else {
                    base = withoutFragment(declared);
                    documents.putIfAbsent(base.toString(), node);
                }
            } catch (IllegalArgumentException e) {
                // an id that is no URI declares nothing: a reference to it is reported as unresolved
            }
        }
        for (String anchor : List.of("$anchor", "$dynamicAnchor")) {
            if (node.path(anchor).isTextual()) {
                anchors.add(base + "#" + node.get(anchor).textValue());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String at = path + "." + key;
            if (("$ref".equals(key) || "$dynamicRef".equals(key)) && field.getValue().isTextual()) {
                String value = field.getValue().textValue();
                URI target;
                try {
                    target = resolve(base, value);
                } catch (IllegalArgumentException e) {
                    target = null;
                }
                references.add(new Reference(value, target, at));
            } else if (!DATA.contains(key)) {
                walk(field.getValue(), base, idKeyword, at);
            }
        }
    }

    private String check(Reference reference) {
        if (reference.target() == null) {
            return "is not a valid reference";
        }
        JsonNode document = documents.get(withoutFragment(reference.target()).toString());
        if (document == null) {
            return "refers to " + withoutFragment(reference.target()) + ", which is not one of this release's schemas "
                    + "(a reference resolves among the release's own files only; nothing else is read or fetched)";
        }
        String fragment = reference.target().getRawFragment();
        if (fragment == null || fragment.isEmpty()) {
            return null;
        }
        if (fragment.startsWith("/")) {
            String pointer = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            return document.at(pointer).isMissingNode() ? "points at nothing: there is no " + pointer + " in "
                    + withoutFragment(reference.target()) : null;
        }
        return anchors.contains(reference.target().toString()) ? null
                : "names the anchor '" + fragment + "', which is not declared";
    }

    static URI resolve(URI base, String reference) {
        URI target = URI.create(reference);
        if (target.isAbsolute()) {
            return target.normalize();
        }
        return base.resolve(target).normalize();
    }

    static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
