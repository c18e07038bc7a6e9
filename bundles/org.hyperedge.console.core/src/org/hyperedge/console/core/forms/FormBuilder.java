package org.hyperedge.console.core.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.console.core.forms.EffectiveSchema.Fallback;

/**
 * Builds the form model of a parameter schema. Whatever it cannot render as fields (a recursive
 * definition, an unresolvable reference, a value of several types, a fixed sequence) becomes a raw JSON
 * part with a note saying why; the rest of the form stays a form. It never fails on a schema.
 */
public final class FormBuilder {

    /** Text allowed to be longer than this is typed in a field of several lines. */
    static final int MULTI_LINE_LENGTH = 200;

    private final SchemaResolver resolver;

    private FormBuilder(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    SchemaResolver resolver() {
        return resolver;
    }

    /** The form of the parameters: an object, or a raw part when the schema is not an object schema. */
    public static FormField build(SchemaSource source) {
        try {
            return buildForm(source);
        } catch (RuntimeException | StackOverflowError e) {
            // whatever this builder did not foresee, the operator can still type the parameters
            return FormField.raw("", "Edited as JSON: the form could not be built from this schema ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").",
                    source.schema());
        }
    }

    private static FormField buildForm(SchemaSource source) {
        FormBuilder builder = new FormBuilder(new SchemaResolver(source));
        SchemaResolver.Resolved root = builder.resolver.root();
        EffectiveSchema place = new EffectiveSchema(null, root.base(), root.draft(), List.of(), 0);
        FormField form = builder.field("", source.schema(), place, true);
        if (form == null) {
            return FormField.raw("", "the schema accepts no parameters at all", source.schema());
        }
        if (form.kind() != FieldKind.OBJECT && form.kind() != FieldKind.RAW && form.kind() != FieldKind.CHOICE) {
            return FormField.raw("", "the parameters schema does not describe an object", source.schema());
        }
        return form;
    }

    /** The field for one schema, or {@code null} when the schema forbids any value ({@code false}). */
    FormField field(String name, JsonNode node, EffectiveSchema place, boolean required) {
        if (node != null && node.isBoolean() && !node.booleanValue()) {
            return null;
        }
        EffectiveSchema effective;
        try {
            effective = place.of(node, resolver);
        } catch (Fallback fallback) {
            return annotated(FormField.raw(name, "Edited as JSON: " + fallback.getMessage() + ".", node), node, required);
        }
        FormField field;
        try {
            field = kindOf(name, effective);
        } catch (Fallback fallback) {
            field = FormField.raw(name, "Edited as JSON: " + fallback.getMessage() + ".", effective.schema());
        }
        return annotated(field, effective.schema(), required);
    }

    private static FormField annotated(FormField field, JsonNode schema, boolean required) {
        field.required(required);
        if (schema != null && schema.isObject()) {
            field.title(text(schema, "title"));
            field.description(text(schema, "description"));
            JsonNode fallback = schema.has("default") ? schema.get("default") : schema.get("const");
            field.defaultValue(fallback == null ? null : fallback.deepCopy());
            field.readOnly(schema.path("readOnly").asBoolean(false) || schema.has("const"));
            field.secret("password".equals(text(schema, "format")) || schema.path("writeOnly").asBoolean(false));
            field.multiLine(field.kind() == FieldKind.TEXT && !field.secret() && multiLine(schema));
            if (field.schema() == null) {
                field.schema(schema);
            }
            DefaultSuggestion.judge(field);
        }
        return field;
    }

    /** Text longer than a line: marked as a text area, a document of some media type, or allowed to be long. */
    private static boolean multiLine(JsonNode schema) {
        return schema.path("textarea").asBoolean(false) || schema.path("x-textarea").asBoolean(false)
                || schema.has("contentMediaType") || schema.path("maxLength").asInt(0) > MULTI_LINE_LENGTH;
    }

    FormField kindOf(String name, EffectiveSchema place) throws Fallback {
        ObjectNode schema = place.schema();
        JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (choices != null && choices.isArray()) {
            return new ChoiceBuilder(this).choice(name, place, choices);
        }
        if (schema.has("enum") || schema.has("const")) {
            return ChoiceBuilder.enumeration(name, schema);
        }
        Set<String> types = SchemaMerger.types(schema.get("type"));
        types.remove("null");
        if (types.isEmpty()) {
            types.add(inferredType(schema));
        }
        if (types.size() > 1) {
            throw new Fallback("its value may be any of " + String.join(", ", types));
        }
        String type = types.iterator().next();
        return switch (type) {
            case "object" -> object(name, place);
            case "array" -> array(name, place);
            case "string" -> scalar(name, FieldKind.TEXT, schema, place.draft());
            case "integer" -> scalar(name, FieldKind.INTEGER, schema, place.draft());
            case "number" -> scalar(name, FieldKind.NUMBER, schema, place.draft());
            case "boolean" -> scalar(name, FieldKind.BOOLEAN, schema, place.draft());
            default -> throw new Fallback("its schema declares no type the form can edit (" + type + ")");
        };
    }

    private static String inferredType(ObjectNode schema) throws Fallback {
        if (schema.has("properties") || schema.has("required") || schema.has("additionalProperties")
                || schema.has("patternProperties") || schema.has("minProperties") || schema.has("maxProperties")
                || schema.has("propertyNames") || schema.has("dependentRequired")) {
            return "object";
        }
        if (schema.has("items") || schema.has("prefixItems") || schema.has("minItems") || schema.has("maxItems")) {
            return "array";
        }
        if (schema.has("minimum") || schema.has("maximum") || schema.has("multipleOf")) {
            return "number";
        }
        if (schema.has("pattern") || schema.has("minLength") || schema.has("maxLength") || schema.has("format")) {
            return "string";
        }
        throw new Fallback("its schema declares no type");
    }

    private FormField object(String name, EffectiveSchema place) throws Fallback {
        ObjectNode schema = place.schema();
        JsonNode properties = schema.path("properties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        JsonNode additional = schema.get("additionalProperties");
        JsonNode patterns = schema.get("patternProperties");
        boolean openMap = additional != null && (additional.isObject() || additional.asBoolean(false));
        if (properties.isEmpty() && !name.isEmpty() && (openMap || patterns != null)) {
            return new MapBuilder(this).map(name, place);
        }
        FormField object = new FormField(name, FieldKind.OBJECT);
        properties.fields().forEachRemaining(property -> {
            FormField child = field(property.getKey(), property.getValue(), place.deeper(),
                    required.contains(property.getKey()));
            if (child != null) {
                object.addProperty(child);
            }
        });
        for (String missing : required) {
            if (!properties.has(missing)) {
                object.note("Also required, in the JSON tab: '" + missing + "'.");
            }
        }
        if (patterns != null && patterns.isObject()) {
            List<String> names = new ArrayList<>();
            patterns.fieldNames().forEachRemaining(names::add);
            object.note("Further properties whose names match " + String.join(" or ", names)
                    + " are added in the JSON tab.");
        } else if (openMap) {
            object.note("Further properties of any name are added in the JSON tab.");
        }
        for (String keyword : List.of("if", "dependentRequired", "dependentSchemas", "dependencies", "not",
                "unevaluatedProperties")) {
            if (schema.has(keyword)) {
                object.note("Further rules (" + keyword + ") are checked against the whole parameters as you type.");
            }
        }
        return object;
    }

    private FormField array(String name, EffectiveSchema place) {
        ObjectNode schema = place.schema();
        FormField list = new FormField(name, FieldKind.ARRAY);
        // a tuple: prefixItems from 2019-09 on, an array of items before; the items after them follow "items"
        // (2020-12) or "additionalItems" (earlier drafts)
        JsonNode prefix = schema.has("prefixItems") ? schema.get("prefixItems") : schema.path("items").isArray()
                ? schema.get("items") : null;
        JsonNode rest = prefix == null ? schema.get("items")
                : schema.has("prefixItems") ? schema.get("items") : schema.get("additionalItems");
        if (prefix != null) {
            int index = 0;
            for (JsonNode position : prefix) {
                FormField field = field("item " + (++index), position, place.deeper(), false);
                list.addPosition(field != null ? field
                        : FormField.raw("item " + index, "Edited as JSON: this item allows no value.", position));
            }
        }
        if (rest == null || rest.isBoolean() && rest.booleanValue()) {
            list.note("Each item is typed as JSON: the list does not say what its items are.");
            list.item(FormField.raw("item", "", null));
        } else {
            // items: false after a tuple's positions: nothing more may follow them
            list.item(field("item", rest, place.deeper(), false));
            if (list.item() == null && prefix == null) {
                list.item(FormField.raw("item", "Edited as JSON: the list allows no items.", rest));
            }
        }
        list.rules(rules(schema, place.draft()));
        return list;
    }

    private static FormField scalar(String name, FieldKind kind, ObjectNode schema, Draft draft) {
        FormField field = new FormField(name, kind);
        field.rules(rules(schema, draft));
        return field;
    }

    static FieldRules rules(ObjectNode schema, Draft draft) {
        java.math.BigDecimal minimum = decimal(schema, "minimum");
        java.math.BigDecimal maximum = decimal(schema, "maximum");
        java.math.BigDecimal exclusiveMinimum = decimal(schema, "exclusiveMinimum");
        java.math.BigDecimal exclusiveMaximum = decimal(schema, "exclusiveMaximum");
        // draft 4 writes "exclusiveMaximum": true to make "maximum" an exclusive bound
        if (schema.path("exclusiveMinimum").isBoolean()) {
            if (schema.get("exclusiveMinimum").booleanValue()) {
                exclusiveMinimum = minimum;
                minimum = null;
            }
        }
        if (schema.path("exclusiveMaximum").isBoolean()) {
            if (schema.get("exclusiveMaximum").booleanValue()) {
                exclusiveMaximum = maximum;
                maximum = null;
            }
        }
        return new FieldRules(minimum, exclusiveMinimum, maximum, exclusiveMaximum, decimal(schema, "multipleOf"),
                integer(schema, "minLength"), integer(schema, "maxLength"), text(schema, "pattern"), text(schema, "format"),
                integer(schema, "minItems"), integer(schema, "maxItems"), schema.path("uniqueItems").asBoolean(false));
    }

    private static java.math.BigDecimal decimal(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static Integer integer(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.canConvertToInt() && value.isNumber() ? value.intValue() : null;
    }

    static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
