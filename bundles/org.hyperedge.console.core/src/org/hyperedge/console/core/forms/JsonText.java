package org.hyperedge.console.core.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** JSON as the raw tabs show it: indented, one property a line. */
public final class JsonText {

    private JsonText() {
    }

    public static String pretty(JsonNode value) {
        try {
            return SchemaSource.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }
}
