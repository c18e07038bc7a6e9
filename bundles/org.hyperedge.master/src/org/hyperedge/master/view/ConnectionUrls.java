package org.hyperedge.master.view;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Picks the URL an operator wants to copy out of an instance's connection parameters. Read with the
 * streaming parser: the instance index does this for every instance it loads.
 */
public final class ConnectionUrls {

    private static final JsonFactory JSON = new JsonFactory();

    private ConnectionUrls() {
    }

    /** The {@code url} parameter if there is one, else the first value that looks like a URL; {@code null} if none. */
    public static String first(String connectionParameters) {
        if (connectionParameters == null || connectionParameters.length() < 2) {
            return null;
        }
        String firstUrl = null;
        try (JsonParser parser = JSON.createParser(connectionParameters)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    String text = parser.getText();
                    if ("url".equals(name)) {
                        return text;
                    }
                    if (firstUrl == null && text.contains("://")) {
                        firstUrl = text;
                    }
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
            return token == JsonToken.END_OBJECT ? firstUrl : null;
        } catch (IOException e) {
            return null;
        }
    }
}
