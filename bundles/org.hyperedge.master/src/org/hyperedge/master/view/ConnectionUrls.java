package org.hyperedge.master.view;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Picks the URL an operator wants to copy out of an instance's connection parameters. */
final class ConnectionUrls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectionUrls() {
    }

    /** The {@code url} parameter if there is one, else the first value that looks like a URL; {@code null} if none. */
    static String first(String connectionParameters) {
        if (connectionParameters == null || connectionParameters.isBlank()) {
            return null;
        }
        JsonNode parameters;
        try {
            parameters = JSON.readTree(connectionParameters);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (parameters.path("url").isTextual()) {
            return parameters.get("url").asText();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields(); fields.hasNext();) {
            JsonNode value = fields.next().getValue();
            if (value.isTextual() && value.asText().contains("://")) {
                return value.asText();
            }
        }
        return null;
    }
}
