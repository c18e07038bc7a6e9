package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.EffectiveSchema.Fallback;

/**
 * {@code oneOf} and {@code anyOf} as the operator meets them: a nullable value ({@code [X, null]}) is just an
 * optional X, a list of constants is an enum, and anything else is a choice of alternatives, each built from
 * the alternative folded with the keywords around it.
 */
public final class ChoiceBuilder {

    private final FormBuilder builder;

    ChoiceBuilder(FormBuilder builder) {
        this.builder = builder;
    }

    FormField choice(String name, EffectiveSchema place, JsonNode choices) throws Fallback {
        ObjectNode around = place.schema().deepCopy();
        String keyword = around.has("oneOf") ? "oneOf" : "anyOf";
        around.remove(keyword);
        List<JsonNode> alternatives = new ArrayList<>();
        List<EffectiveSchema> resolved = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (JsonNode alternative : choices) {
            try {
                EffectiveSchema effective = place.of(alternative, builder.resolver());
                if (!"null".equals(FormBuilder.text(effective.schema(), "type"))) {
                    alternatives.add(alternative);
                    resolved.add(effective);
                    unusable.add(null);
                }
            } catch (Fallback fallback) {
                // this alternative alone is edited as JSON; the others stay forms
                alternatives.add(alternative);
                resolved.add(null);
                unusable.add(fallback.getMessage());
            }
        }
        if (resolved.isEmpty()) {
            throw new Fallback("its " + keyword + " leaves no alternative but null");
        }
        if (resolved.size() == 1 && resolved.get(0) != null) {
            ObjectNode merged = around.deepCopy();
            EffectiveSchema only = resolved.get(0);
            String conflict = SchemaMerger.merge(merged, SchemaMerger.absolute(only.schema(), only.base(), only.draft()));
            if (conflict != null) {
                throw new Fallback("its " + keyword + " does not combine with the schema around it: " + conflict);
            }
            // X or null: an optional X
            return builder.kindOf(name, new EffectiveSchema(merged, place.base(), only.draft(), only.chain(),
                    place.depth()));
        }
        if (resolved.stream().allMatch(r -> r != null && isConstant(r))) {
            FormField enumeration = new FormField(name, FieldKind.ENUM);
            for (EffectiveSchema constant : resolved) {
                JsonNode value = constant.schema().has("const") ? constant.schema().get("const")
                        : constant.schema().get("enum").get(0);
                String title = FormBuilder.text(constant.schema(), "title");
                enumeration.addValue(value, title != null ? title : label(value));
            }
            return enumeration;
        }
        FormField choice = new FormField(name, FieldKind.CHOICE);
        List<ObjectNode> effective = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            JsonNode written = alternatives.get(i);
            effective.add(resolved.get(i) != null ? resolved.get(i).schema()
                    : written.isObject() ? (ObjectNode) written : null);
        }
        List<String> labels = AlternativeLabels.of(alternatives, effective);
        for (int i = 0; i < resolved.size(); i++) {
            EffectiveSchema alternative = resolved.get(i);
            if (alternative == null) {
                choice.addAlternative(labels.get(i),
                        FormField.raw(name, "Edited as JSON: " + unusable.get(i) + ".", alternatives.get(i)));
                continue;
            }
            ObjectNode merged = around.deepCopy();
            merged.remove(List.of("title", "description", "default"));
            String conflict = SchemaMerger.merge(merged,
                    SchemaMerger.absolute(alternative.schema(), alternative.base(), alternative.draft()));
            FormField field = conflict != null ? FormField.raw(name, "Edited as JSON: this alternative does not combine "
                    + "with the schema around it: " + conflict + ".", alternatives.get(i))
                    : builder.field(name, merged, new EffectiveSchema(null, place.base(), alternative.draft(),
                            alternative.chain(), place.depth()), true);
            if (field != null) {
                choice.addAlternative(labels.get(i), field);
            }
        }
        if (keyword.equals("anyOf")) {
            choice.note("Several alternatives may fit (anyOf); the one chosen here is filled in.");
        }
        return choice;
    }

    static FormField enumeration(String name, ObjectNode schema) {
        FormField enumeration = new FormField(name, FieldKind.ENUM);
        if (schema.has("const")) {
            enumeration.addValue(schema.get("const"), label(schema.get("const")));
        } else {
            schema.get("enum").forEach(value -> enumeration.addValue(value, label(value)));
        }
        return enumeration;
    }

    private static boolean isConstant(EffectiveSchema alternative) {
        ObjectNode schema = alternative.schema();
        return schema.has("const") || schema.path("enum").size() == 1;
    }

    /** How an enumeration value reads in a form: a string as it is, anything else as JSON. */
    public static String label(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
