package org.hyperedge.ui.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** A software type's parameter schema as documentation rows: name, type, default, required, description. */
final class ParameterDocs {

    static final String[] HEADERS = { "Parameter", "Type", "Default", "Required", "Description" };

    private ParameterDocs() {
    }

    static List<String[]> rows(JsonNode schema) {
        List<String[]> rows = new ArrayList<>();
        if (schema == null) {
            return rows;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = field.getValue();
            rows.add(new String[] { field.getKey(), type(property),
                    property.has("default") ? property.get("default").asText() : "",
                    required.contains(field.getKey()) ? "yes" : "", description(property) });
        }
        return rows;
    }

    private static String type(JsonNode property) {
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(value -> values.add(value.asText()));
            return "one of " + String.join(", ", values);
        }
        String type = property.path("type").isArray() ? property.get("type").toString() : property.path("type").asText("any");
        String bounds = "";
        if (property.has("minimum") || property.has("maximum")) {
            bounds = " " + property.path("minimum").asText("…") + "–" + property.path("maximum").asText("…");
        }
        return type + bounds;
    }

    private static String description(JsonNode property) {
        String text = property.path("description").asText(property.path("title").asText(""));
        return text.replace('\n', ' ');
    }
}
