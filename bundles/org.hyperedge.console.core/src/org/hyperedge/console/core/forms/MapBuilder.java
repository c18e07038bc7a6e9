package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.EffectiveSchema.Fallback;

/**
 * An object whose property names the operator chooses ({@code additionalProperties} or
 * {@code patternProperties} with no named properties): a map, edited as name and value pairs. Its values
 * share one schema; a map whose patterns give different schemas to different names stays JSON.
 */
final class MapBuilder {

    private final FormBuilder builder;

    MapBuilder(FormBuilder builder) {
        this.builder = builder;
    }

    FormField map(String name, EffectiveSchema place) throws Fallback {
        ObjectNode schema = place.schema();
        JsonNode additional = schema.get("additionalProperties");
        JsonNode patterns = schema.get("patternProperties");
        FormField map = new FormField(name, FieldKind.MAP);
        List<JsonNode> valueSchemas = new ArrayList<>();
        if (patterns != null && patterns.isObject()) {
            patterns.fields().forEachRemaining(pattern -> {
                map.addKeyPattern(pattern.getKey());
                valueSchemas.add(pattern.getValue());
            });
        }
        boolean closed = additional != null && additional.isBoolean() && !additional.booleanValue();
        if (additional != null && !additional.isBoolean()) {
            valueSchemas.add(additional);
        }
        if (valueSchemas.stream().distinct().count() > 1) {
            throw new Fallback("it is a map whose values follow different schemas by name");
        }
        JsonNode valueSchema = valueSchemas.isEmpty() ? null : valueSchemas.get(0);
        FormField value = valueSchema == null || valueSchema.isBoolean() && valueSchema.booleanValue()
                ? FormField.raw("value", "", valueSchema) : builder.field("value", valueSchema, place.deeper(), false);
        if (value == null) {
            throw new Fallback("its values may not be anything");
        }
        if (value.kind() == FieldKind.RAW && value.notes().isEmpty()) {
            map.note("Each value is typed as JSON: the map does not say what its values are.");
        }
        map.item(value);
        if (!map.keyPatterns().isEmpty() && (closed || additional == null)) {
            // without additionalProperties other names are allowed too, but only these get the value's schema
            map.note("Names match " + String.join(" or ", map.keyPatterns()) + ".");
        }
        return map;
    }
}
