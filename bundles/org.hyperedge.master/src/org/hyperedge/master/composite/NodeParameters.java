package org.hyperedge.master.composite;

import org.hyperedge.model.Entry;
import org.hyperedge.model.ServiceNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service node's parameters as JSON: the model keeps every value as text, so each is read as the type its
 * schema property declares (an integer port, a boolean switch). A value that does not read as that type
 * stays text, for the schema check to name.
 */
public final class NodeParameters {

    static final ObjectMapper JSON = new ObjectMapper();

    private NodeParameters() {
    }

    public static ObjectNode of(ServiceNode node, ObjectNode schema) {
        ObjectNode parameters = JSON.createObjectNode();
        for (Entry entry : node.getParameters()) {
            if (entry.getKey() == null) {
                continue;
            }
            JsonNode property = schema == null ? null : schema.path("properties").get(entry.getKey());
            parameters.set(entry.getKey(), typed(entry.getValue(), property));
        }
        return parameters;
    }

    private static JsonNode typed(String text, JsonNode property) {
        if (text == null) {
            return JSON.nullNode();
        }
        for (String type : SchemaTypes.types(property)) {
            switch (type) {
                case "integer" -> {
                    try {
                        return JSON.getNodeFactory().numberNode(Long.parseLong(text.strip()));
                    } catch (NumberFormatException e) {
                        // not this type; the next declared one may fit
                    }
                }
                case "number" -> {
                    try {
                        return JSON.getNodeFactory().numberNode(new java.math.BigDecimal(text.strip()));
                    } catch (NumberFormatException e) {
                        // not this type
                    }
                }
                case "boolean" -> {
                    if ("true".equals(text.strip()) || "false".equals(text.strip())) {
                        return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(text.strip()));
                    }
                }
                case "object", "array" -> {
                    try {
                        JsonNode parsed = JSON.readTree(text);
                        if (parsed != null && (parsed.isObject() || parsed.isArray())) {
                            return parsed;
                        }
                    } catch (JsonProcessingException e) {
                        // not JSON
                    }
                }
                default -> {
                    return JSON.getNodeFactory().textNode(text);
                }
            }
        }
        return JSON.getNodeFactory().textNode(text);
    }
}
