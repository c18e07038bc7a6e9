package org.hyperedge.console.core.forms;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Folds schemas together for the form: the parts of an {@code allOf}, and a {@code $ref}'s target with the
 * keywords beside it. Properties and required names add up, bounds take the tightest value, types and enums
 * intersect. Parts coming from another document get their references made absolute first, so they keep
 * resolving where they were written.
 */
final class SchemaMerger {

    private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems",
            "minProperties");
    private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
            "maxProperties");
    private static final Set<String> REFERENCES = Set.of("$ref", "$recursiveRef", "$dynamicRef");

    private SchemaMerger() {
    }

    /** Adds {@code part} into {@code target}; returns why they cannot be combined, or {@code null}. */
    static String merge(ObjectNode target, ObjectNode part) {
        var fields = part.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(key);
            if (existing == null) {
                target.set(key, value.deepCopy());
                continue;
            }
            String conflict = switch (key) {
                case "properties" -> mergeProperties((ObjectNode) existing, value);
                case "required" -> union(target, key, existing, value);
                case "type" -> intersectTypes(target, existing, value);
                case "enum" -> intersectEnums(target, existing, value);
                case "oneOf", "anyOf" -> existing.equals(value) ? null : "it combines two different " + key + " choices";
                default -> tighten(target, key, existing, value);
            };
            if (conflict != null) {
                return conflict;
            }
        }
        return null;
    }

    private static String mergeProperties(ObjectNode existing, JsonNode more) {
        if (!more.isObject()) {
            return null;
        }
        more.fields().forEachRemaining(property -> {
            JsonNode before = existing.get(property.getKey());
            JsonNode after = property.getValue();
            if (before == null || isTrue(before)) {
                // "type": true only says the property exists: the other part's schema is all there is to it
                existing.set(property.getKey(), after.deepCopy());
            } else if (isTrue(after)) {
                // the part adds nothing to what the property already was
            } else if (!before.equals(after)) {
                // both parts constrain the property: the form builds it from both
                ArrayNode both = JsonNodeFactory.instance.arrayNode().add(before).add(property.getValue().deepCopy());
                existing.set(property.getKey(), JsonNodeFactory.instance.objectNode().set("allOf", both));
            }
        });
        return null;
    }

    /** The boolean schema {@code true} (or its object twin {@code {}}): it allows any value and adds no rule. */
    static boolean isTrue(JsonNode schema) {
        return schema.isBoolean() && schema.booleanValue() || schema.isObject() && schema.isEmpty();
    }

    private static String union(ObjectNode target, String key, JsonNode existing, JsonNode more) {
        Set<JsonNode> all = new LinkedHashSet<>();
        existing.forEach(all::add);
        more.forEach(all::add);
        ArrayNode merged = target.putArray(key);
        all.forEach(merged::add);
        return null;
    }

    private static String intersectTypes(ObjectNode target, JsonNode existing, JsonNode more) {
        Set<String> left = types(existing);
        Set<String> right = types(more);
        Set<String> both = new LinkedHashSet<>();
        for (String type : left) {
            if (right.contains(type)) {
                both.add(type);
            } else if (type.equals("integer") && right.contains("number")
                    || type.equals("number") && right.contains("integer")) {
                both.add("integer");
            }
        }
        if (both.isEmpty()) {
            return "its parts disagree on the type (" + String.join(", ", left) + " against " + String.join(", ", right)
                    + ")";
        }
        if (both.size() == 1) {
            target.put("type", both.iterator().next());
        } else {
            ArrayNode merged = target.putArray("type");
            both.forEach(merged::add);
        }
        return null;
    }

    static Set<String> types(JsonNode type) {
        Set<String> types = new LinkedHashSet<>();
        if (type != null && type.isTextual()) {
            types.add(type.textValue());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static String intersectEnums(ObjectNode target, JsonNode existing, JsonNode more) {
        List<JsonNode> both = new ArrayList<>();
        existing.forEach(value -> {
            for (JsonNode other : more) {
                if (other.equals(value)) {
                    both.add(value);
                }
            }
        });
        if (both.isEmpty()) {
            return "its parts allow no common value";
        }
        ArrayNode merged = target.putArray("enum");
        both.forEach(merged::add);
        return null;
    }

    /** Bounds take the tightest value; anything else keeps the value the target had first. */
    private static String tighten(ObjectNode target, String key, JsonNode existing, JsonNode more) {
        if (existing.isNumber() && more.isNumber()) {
            BigDecimal a = existing.decimalValue();
            BigDecimal b = more.decimalValue();
            if (LOWER_BOUNDS.contains(key) && b.compareTo(a) > 0 || UPPER_BOUNDS.contains(key) && b.compareTo(a) < 0) {
                target.set(key, more.deepCopy());
            }
        }
        return null;
    }

    /**
     * A copy of the schema whose references are absolute, resolved against the base they were written at
     * (each nested {@code $id} moving the base), so the copy can be merged into a schema of another document.
     */
    static ObjectNode absolute(ObjectNode schema, URI base, Draft draft) {
        ObjectNode copy = schema.deepCopy();
        rewrite(copy, base, draft);
        return copy;
    }

    private static void rewrite(JsonNode node, URI outerBase, Draft outerDraft) {
        if (!node.isObject()) {
            if (node.isArray()) {
                node.forEach(child -> rewrite(child, outerBase, outerDraft));
            }
            return;
        }
        ObjectNode object = (ObjectNode) node;
        Draft draft = Draft.of(object, outerDraft);
        URI base = SchemaResolver.baseOf(object, outerBase, draft);
        for (String keyword : REFERENCES) {
            JsonNode reference = object.get(keyword);
            if (reference != null && reference.isTextual()) {
                try {
                    object.put(keyword, SchemaResolver.resolve(base, reference.textValue()).toString());
                } catch (IllegalArgumentException e) {
                    // left as written: resolving it later reports it as unresolvable
                }
            }
        }
        object.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("enum") && !field.getKey().equals("const") && !field.getKey().equals("default")
                    && !field.getKey().equals("examples")) {
                rewrite(field.getValue(), base, draft);
            }
        });
    }
}
