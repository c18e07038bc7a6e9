package org.hyperedge.ui.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A reported event as an operator reads it: "started, healthy", "process h2 exited (exit code 1)", not JSON. */
final class HistoryText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryText() {
    }

    static String of(String kind, String summary) {
        JsonNode data;
        try {
            data = JSON.readTree(summary);
        } catch (JsonProcessingException e) {
            return kind + ": " + summary;
        }
        if (data == null || !data.isObject()) {
            return kind + ": " + summary;
        }
        String error = data.hasNonNull("error") ? " — " + data.get("error").asText() : "";
        return switch (kind) {
            case "instance" -> data.path("state").asText("?") + (data.path("healthy").asBoolean() ? ", healthy" : "")
                    + error;
            case "process" -> "process " + data.path("name").asText("") + " " + data.path("event").asText("")
                    + (data.has("pid") ? " (pid " + data.get("pid").asText() + ")" : "")
                    + (data.has("status") ? " (" + data.get("status").asText() + ")" : "")
                    + (data.has("restartInMs") ? ", restarting in " + data.get("restartInMs").asLong() / 1000.0 + " s" : "")
                    + (data.has("by") ? " by " + data.get("by").asText() : "") + error;
            case "install" -> "install of " + data.path("release").asText("the release") + " "
                    + data.path("state").asText("") + error;
            default -> kind + ": " + summary;
        };
    }
}
