package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the operator tells the alternatives of a choice apart when the schema gives them no title: by what
 * distinguishes them, not by their position. In order: the title; the definition a {@code $ref} names; a
 * property's constant (the discriminator, {@code nfs}); an object that takes nothing ({@code none}); the
 * names it requires ({@code with token}); its type. Labels that still collide get their position added.
 */
final class AlternativeLabels {

    private AlternativeLabels() {
    }

    /**
     * The label of each alternative: {@code written} as the schema has it, {@code effective} with references
     * and allOf folded in ({@code null} when it could not be).
     */
    static List<String> of(List<JsonNode> written, List<ObjectNode> effective) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            labels.add(label(written.get(i), effective.get(i), i));
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        labels.forEach(l -> {
            if (!seen.add(l)) {
                repeated.add(l);
            }
        });
        for (int i = 0; i < labels.size(); i++) {
            if (repeated.contains(labels.get(i))) {
                labels.set(i, labels.get(i) + " (" + (i + 1) + ")");
            }
        }
        return labels;
    }

    private static String label(JsonNode written, ObjectNode effective, int index) {
        String title = effective == null ? null : FormBuilder.text(effective, "title");
        if (title != null && !title.isBlank()) {
            return title;
        }
        String reference = written.isObject() ? FormBuilder.text(written, "$ref") : null;
        if (reference != null) {
            return EffectiveSchema.shortName(reference).replace("'", "");
        }
        if (effective == null) {
            return "option " + (index + 1);
        }
        String constant = discriminator(effective);
        if (constant != null) {
            return constant;
        }
        if (takesNothing(effective)) {
            return "none";
        }
        List<String> required = new ArrayList<>();
        effective.path("required").forEach(name -> required.add(name.asText()));
        if (!required.isEmpty()) {
            return "with " + String.join(", ", required);
        }
        String type = FormBuilder.text(effective, "type");
        return type != null ? type : "option " + (index + 1);
    }

    /** The constant one of its properties must have, as the operator reads it. */
    private static String discriminator(ObjectNode schema) {
        var properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            JsonNode property = properties.next().getValue();
            if (property.has("const")) {
                return ChoiceBuilder.label(property.get("const"));
            }
            if (property.path("enum").size() == 1) {
                return ChoiceBuilder.label(property.get("enum").get(0));
            }
        }
        return null;
    }

    /** An object alternative that allows no property at all: the "nothing to set" option. */
    static boolean takesNothing(JsonNode schema) {
        boolean noProperties = schema.path("properties").isEmpty() && !schema.has("patternProperties")
                && !schema.has("required");
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").booleanValue();
        return schema.path("maxProperties").asInt(-1) == 0 || noProperties && closed;
    }
}
