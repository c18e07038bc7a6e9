package org.hyperedge.console.core.forms;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values a form starts from: the schema's defaults, filled in where a value is absent, and a fresh value
 * for a new list item or a newly chosen alternative. Also tells which alternative of a choice a value is.
 */
public final class FormValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormValues() {
    }

    /** The parameters with every absent default filled in (nested groups too); a copy, the input is kept. */
    public static ObjectNode withDefaults(FormField form, ObjectNode parameters) {
        ObjectNode filled = parameters == null ? NODES.objectNode() : parameters.deepCopy();
        if (form.kind() == FieldKind.OBJECT) {
            fill(form, filled);
        }
        return filled;
    }

    private static void fill(FormField object, ObjectNode value) {
        for (FormField property : object.properties()) {
            JsonNode current = value.get(property.name());
            if (current == null) {
                JsonNode fresh = property.defaultValue() != null ? property.defaultValue().deepCopy()
                        : property.required() || hasDefaults(property) && completeByDefaults(property) ? initial(property)
                                : null;
                if (fresh != null && !fresh.isNull()) {
                    value.set(property.name(), fresh);
                    current = fresh;
                }
            }
            if (current instanceof ObjectNode nested && property.kind() == FieldKind.OBJECT) {
                fill(property, nested);
            } else if (current instanceof ObjectNode nested && property.kind() == FieldKind.CHOICE) {
                FormField chosen = property.alternatives().get(activeAlternative(property, current)).field();
                if (chosen.kind() == FieldKind.OBJECT) {
                    fill(chosen, nested);
                }
            }
        }
    }

    /** True when an object has a default somewhere inside, so its group starts filled in. */
    private static boolean hasDefaults(FormField field) {
        if (field.kind() != FieldKind.OBJECT) {
            return false;
        }
        return field.properties().stream().anyMatch(p -> p.defaultValue() != null || hasDefaults(p));
    }

    /**
     * True when the defaults alone make a valid start for an object: an optional group is only filled in when
     * it does not then ask for something the operator never meant to give.
     */
    private static boolean completeByDefaults(FormField object) {
        return object.properties().stream().allMatch(p -> !p.required() || p.defaultValue() != null
                || p.kind() == FieldKind.OBJECT && completeByDefaults(p));
    }

    /**
     * The value a field starts with when it must exist: its default, an object of its defaults, the first
     * alternative of a choice, and for scalars a neutral value; {@code null} for a scalar with no default.
     */
    public static JsonNode initial(FormField field) {
        if (field.defaultValue() != null) {
            return field.defaultValue().deepCopy();
        }
        return switch (field.kind()) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                fill(field, object);
                yield object;
            }
            case ARRAY -> NODES.arrayNode();
            case MAP -> NODES.objectNode();
            case CHOICE -> field.alternatives().isEmpty() ? null : initial(field.alternatives().get(0).field());
            case ENUM -> field.required() && !field.values().isEmpty() ? field.values().get(0).deepCopy() : null;
            case RAW -> "object".equals(type(field)) ? NODES.objectNode() : "array".equals(type(field)) ? NODES.arrayNode() : null;
            default -> null;
        };
    }

    /** The value a new list item starts with: scalars get a neutral value a form can show. */
    public static JsonNode newItem(FormField item) {
        JsonNode initial = initial(item);
        if (initial != null) {
            return initial;
        }
        return switch (item.kind()) {
            case TEXT -> NODES.textNode("");
            case BOOLEAN -> NODES.booleanNode(false);
            case INTEGER, NUMBER -> NODES.numberNode(lowest(item.rules()));
            case ENUM -> item.values().isEmpty() ? NODES.nullNode() : item.values().get(0).deepCopy();
            default -> NODES.nullNode();
        };
    }

    private static BigDecimal lowest(FieldRules rules) {
        if (rules.minimum() != null) {
            return rules.minimum();
        }
        return rules.exclusiveMinimum() != null ? rules.exclusiveMinimum().add(BigDecimal.ONE) : BigDecimal.ZERO;
    }

    private static String type(FormField field) {
        return field.schema() != null && field.schema().isObject() ? FormBuilder.text(field.schema(), "type") : null;
    }

    /**
     * Which alternative of a choice the value is: the first whose constant properties (a discriminator such as
     * {@code "kind": "nfs"}) it carries; else the first of its kind that it satisfies as far as the form can
     * tell (every required name present, no name a closed alternative does not take), so {@code {}} is the
     * "nothing" alternative and not one that requires a property; else the first of its kind, else the first.
     */
    public static int activeAlternative(FormField choice, JsonNode value) {
        if (value == null || choice.alternatives().isEmpty()) {
            return 0;
        }
        int sameKind = -1;
        int complete = -1;
        for (int i = 0; i < choice.alternatives().size(); i++) {
            FormField alternative = choice.alternatives().get(i).field();
            if (!fits(alternative, value)) {
                continue;
            }
            if (alternative.kind() == FieldKind.OBJECT) {
                boolean discriminated = false;
                boolean contradicted = false;
                for (FormField property : alternative.properties()) {
                    JsonNode present = value.get(property.name());
                    if (property.kind() == FieldKind.ENUM && property.values().size() == 1) {
                        if (property.values().get(0).equals(present)) {
                            discriminated = true;
                        } else {
                            contradicted = true;
                        }
                    }
                }
                if (discriminated && !contradicted) {
                    return i;
                }
                if (contradicted) {
                    continue;
                }
                if (complete < 0 && satisfied(alternative, value)) {
                    complete = i;
                }
            }
            if (sameKind < 0) {
                sameKind = i;
            }
        }
        return complete >= 0 ? complete : Math.max(sameKind, 0);
    }

    /** Every name the object alternative requires is there, and none it closes out. */
    private static boolean satisfied(FormField alternative, JsonNode value) {
        JsonNode schema = alternative.schema();
        for (FormField property : alternative.properties()) {
            if (property.required() && value.get(property.name()) == null) {
                return false;
            }
        }
        if (schema == null || !schema.isObject()) {
            return true;
        }
        for (JsonNode name : schema.path("required")) {
            if (value.get(name.asText()) == null) {
                return false;
            }
        }
        if (schema.path("maxProperties").isNumber() && value.size() > schema.get("maxProperties").asInt()) {
            return false;
        }
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").booleanValue()
                && !schema.has("patternProperties");
        if (closed) {
            var names = value.fieldNames();
            while (names.hasNext()) {
                if (alternative.property(names.next()) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fits(FormField field, JsonNode value) {
        return switch (field.kind()) {
            case OBJECT, MAP -> value.isObject();
            case ARRAY -> value.isArray();
            case TEXT -> value.isTextual();
            case INTEGER -> value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case ENUM -> field.values().contains(value);
            default -> true;
        };
    }
}
