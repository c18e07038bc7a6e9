package org.hyperedge.protocol.release;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads typed values out of a JSON tree and records a {@link Problem} with its JSON path for each one
 * that is missing, of the wrong type or out of range, so a reader reports every problem at once.
 */
final class JsonWalker {

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    ObjectNode object(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        problem(path, "must be an object, not " + describe(node));
        return null;
    }

    /** Every field of the object must be one of the known ones: a misspelt field is an error, not ignored. */
    void onlyFields(ObjectNode object, String path, Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(path + "." + name, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    String text(ObjectNode object, String path, String field, boolean required, Pattern pattern, String rule) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path + "." + field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            problem(path + "." + field, "must be a string, not " + describe(value));
            return null;
        }
        if (pattern != null && !pattern.matcher(value.textValue()).matches()) {
            problem(path + "." + field, "'" + value.textValue() + "' " + rule);
            return null;
        }
        return value.textValue();
    }

    long integer(ObjectNode object, String path, String field, long fallback, long min, long max) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            problem(path + "." + field, "must be an integer, not " + describe(value));
            return fallback;
        }
        long number = value.longValue();
        if (number < min || number > max) {
            problem(path + "." + field, number + " is outside " + min + " to " + max);
            return fallback;
        }
        return number;
    }

    boolean bool(ObjectNode object, String path, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(path + "." + field, "must be true or false, not " + describe(value));
            return false;
        }
        return value.booleanValue();
    }

    List<String> texts(ObjectNode object, String path, String field, Pattern pattern, String rule) {
        return array(object, path, field, (item, itemPath) -> {
            if (!item.isTextual()) {
                problem(itemPath, "must be a string, not " + describe(item));
                return null;
            }
            if (pattern != null && !pattern.matcher(item.textValue()).matches()) {
                problem(itemPath, "'" + item.textValue() + "' " + rule);
                return null;
            }
            return item.textValue();
        });
    }

    <T> List<T> array(ObjectNode object, String path, String field, BiFunction<JsonNode, String, T> element) {
        JsonNode value = object.get(field);
        List<T> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            problem(path + "." + field, "must be an array, not " + describe(value));
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            T item = element.apply(value.get(i), path + "." + field + "[" + i + "]");
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    <T> Map<String, T> map(ObjectNode object, String path, String field, Pattern keys, String keyRule,
            BiFunction<JsonNode, String, T> entry) {
        Map<String, T> result = new LinkedHashMap<>();
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return result;
        }
        ObjectNode entries = object(value, path + "." + field);
        if (entries == null) {
            return result;
        }
        entries.fields().forEachRemaining(e -> {
            String entryPath = path + "." + field + "." + e.getKey();
            if (keys != null && !keys.matcher(e.getKey()).matches()) {
                problem(entryPath, "name '" + e.getKey() + "' " + keyRule);
                return;
            }
            T item = entry.apply(e.getValue(), entryPath);
            if (item != null) {
                result.put(e.getKey(), item);
            }
        });
        return result;
    }

    Map<String, String> textMap(ObjectNode object, String path, String field) {
        return map(object, path, field, null, null, (item, itemPath) -> {
            if (!item.isTextual()) {
                problem(itemPath, "must be a string, not " + describe(item));
                return null;
            }
            return item.textValue();
        });
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string '" + node.textValue() + "'";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase();
        };
    }
}
