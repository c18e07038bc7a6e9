package org.hyperedge.master.schema;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills absent properties with their schema's {@code default}, converting one that is written as a string but
 * read exactly as the property's only type ({@code "2"} as the number 2, {@code "true"} as true). Whether what was
 * filled fits the schema is the validator's to say ({@link ParameterValidator#complete}).
 */
final class Defaults {

    /** A default put at {@code path} ({@code $.pool.size}): {@code name} in {@code parent}. */
    record Filled(String path, ObjectNode parent, String name, JsonNode value) {

        /** Whether a violation ({@code $.pool.size: ...}) is about this default or something inside it. */
        boolean explains(String violation) {
            return violation.startsWith(path + ":") || violation.startsWith(path + ".") || violation.startsWith(path + "[");
        }
    }

    private Defaults() {
    }

    static void fill(JsonNode schema, ObjectNode target, String path, List<Filled> filled, List<String> notes) {
        JsonNode properties = schema.get("properties");
        if (properties == null || !properties.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> property = fields.next();
            String name = property.getKey();
            JsonNode value = target.get(name);
            JsonNode suggested = property.getValue().get("default");
            String at = path + "." + name;
            if (value == null && suggested != null) {
                JsonNode converted = exactly(suggested, property.getValue().get("type"));
                if (converted != suggested) {
                    notes.add(at + ": the default " + suggested + " taken as " + converted);
                }
                target.set(name, converted.deepCopy());
                filled.add(new Filled(at, target, name, suggested));
            } else if (value instanceof ObjectNode nested) {
                fill(property.getValue(), nested, at, filled, notes);
            }
        }
    }

    /** The default as the one type the schema names, when the string says exactly that value; else as written. */
    private static JsonNode exactly(JsonNode suggested, JsonNode type) {
        if (!suggested.isTextual() || type == null || !type.isTextual()) {
            return suggested;
        }
        String text = suggested.textValue().strip();
        switch (type.textValue()) {
            case "boolean" -> {
                return "true".equals(text) || "false".equals(text) ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text))
                        : suggested;
            }
            case "integer", "number" -> {
                try {
                    BigDecimal number = new BigDecimal(text);
                    if ("integer".equals(type.textValue())) {
                        return JsonNodeFactory.instance.numberNode(number.toBigIntegerExact());
                    }
                    return number.scale() <= 0 && number.precision() - number.scale() < 19
                            ? JsonNodeFactory.instance.numberNode(number.longValueExact())
                            : JsonNodeFactory.instance.numberNode(number);
                } catch (NumberFormatException | ArithmeticException notExactly) {
                    return suggested;
                }
            }
            default -> {
                return suggested;
            }
        }
    }
}
