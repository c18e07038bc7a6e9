package org.hyperedge.cli;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request's parameters from {@code --params-file F} (a JSON object) and {@code --param K=V} (which win). The file's
 * size is checked before it is read and its keys are counted as they come, so a huge file is refused at once; a key
 * given twice in the file is refused (the parser's duplicate check is a hash look-up per key).
 */
final class RequestParameters {

    private static final ObjectMapper STRICT = new ObjectMapper(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestParameters() {
    }

    static ObjectNode read(Arguments parsed) {
        ObjectNode parameters = JSON.createObjectNode();
        String file = parsed.option("params-file");
        if (file != null) {
            parameters.setAll(file(file));
        }
        for (Map.Entry<String, String> pair : parsed.pairs("param", true).entrySet()) {
            Text.name("--param name", pair.getKey(), Limits.NAME);
            if (pair.getValue().length() > Limits.PARAMETER_VALUE) {
                throw new InputRefused("--param " + Text.quote(pair.getKey()) + " has a value of " + pair.getValue().length()
                        + " characters, more than " + Limits.PARAMETER_VALUE + "; put long values in --params-file");
            }
            parameters.set(pair.getKey(), scalar(pair.getValue()));
        }
        if (parameters.size() > Limits.PARAMETERS) {
            throw new InputRefused("the request has " + parameters.size() + " parameters, more than " + Limits.PARAMETERS);
        }
        return parameters;
    }

    /** The JSON object of a params file: at most 1 MiB of UTF-8, at most 1,000 keys, none twice. */
    private static ObjectNode file(String file) {
        String what = "--params-file";
        String text = InputFiles.readUtf8(what, file, Limits.PARAMS_FILE_BYTES);
        JsonNode read;
        try {
            read = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputRefused(what + " " + file + " is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")") + "; give a JSON object of parameters");
        } catch (IOException e) {
            throw new InputRefused(what + " " + file + ": " + InputFiles.describe(e));
        }
        if (!(read instanceof ObjectNode object)) {
            throw new InputRefused(what + " " + file + " does not hold a JSON object; give {\"name\": value, ...}");
        }
        if (object.size() > Limits.PARAMETERS) {
            throw new InputRefused(what + " " + file + " has " + object.size() + " parameters, more than " + Limits.PARAMETERS);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            Text.name(what + " " + file + ": parameter name", names.next(), Limits.NAME);
        }
        return object;
    }

    /** {@code 42}, {@code true} and {@code null} keep their JSON type; anything else is a string. */
    private static JsonNode scalar(String text) {
        try {
            JsonNode value = JSON.readTree(text);
            if (value != null && (value.isNumber() || value.isBoolean() || value.isNull())) {
                return value;
            }
        } catch (JsonProcessingException e) {
            // not JSON: a plain string
        }
        return JSON.getNodeFactory().textNode(text);
    }
}
