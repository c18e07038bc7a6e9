package org.hyperedge.master.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.harrel.jsonschema.Error;

/**
 * A validator's error in the operator's words: which rule, said about their parameters ({@code must not be
 * "root"}), with the JSON Schema keyword in parentheses for whoever wrote the schema.
 */
final class ViolationWords {

    private static final String NOT_A_PARAMETER = "is not a parameter of this software type";

    private ViolationWords() {
    }

    /** {@code root} is the schema registered as {@code rootUri}: where the rule an error names is looked up. */
    static String describe(Error error, ObjectNode root, URI rootUri) {
        String evaluation = error.getEvaluationPath() == null ? "" : error.getEvaluationPath();
        if (error.getKeyword() == null && "False schema always fails".equals(error.getError())) {
            // how a property refused by "additionalProperties": false or "unevaluatedProperties": false is reported
            if (evaluation.endsWith("/unevaluatedProperties")) {
                return NOT_A_PARAMETER + " (unevaluatedProperties)";
            }
            if (evaluation.endsWith("/additionalProperties")) {
                return NOT_A_PARAMETER + " (additionalProperties)";
            }
            return "is not allowed here (" + lastKeyword(evaluation) + ")";
        }
        if ("not".equals(error.getKeyword())) {
            JsonNode forbidden = rule(error.getSchemaLocation(), root, rootUri);
            return forbidden(forbidden == null ? null : forbidden.get("not")) + " (not)";
        }
        return error.getError() + (error.getKeyword() == null ? "" : " (" + error.getKeyword() + ")");
    }

    /** What a {@code not} forbids, in words: a value, one of values, properties set together, a type. */
    private static String forbidden(JsonNode not) {
        if (not != null && not.isObject() && not.size() == 1) {
            if (not.has("const")) {
                return "must not be " + not.get("const");
            }
            if (not.path("enum").isArray()) {
                return "must not be any of " + joined(not.get("enum"));
            }
            if (not.path("required").isArray() && !not.get("required").isEmpty()) {
                List<String> names = new ArrayList<>();
                not.get("required").forEach(name -> names.add(name.asText()));
                return names.size() == 1 ? "must not set " + names.get(0)
                        : "must not set " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                                + names.get(names.size() - 1) + " together";
            }
            if (not.path("type").isTextual()) {
                return "must not be of type " + not.get("type").asText();
            }
        }
        return "has a value this software type forbids here";
    }

    private static String joined(JsonNode values) {
        List<String> words = new ArrayList<>();
        values.forEach(value -> words.add(value.toString()));
        return String.join(", ", words);
    }

    /** The schema holding the keyword an error names ({@code urn:...#/properties/user}), in the root or a resource it embeds. */
    private static JsonNode rule(String location, ObjectNode root, URI rootUri) {
        if (location == null) {
            return null;
        }
        int hash = location.indexOf('#');
        String document = hash < 0 ? location : location.substring(0, hash);
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        JsonNode node = document.equals(rootUri.toString()) ? root : embedded(root, document);
        if (node == null) {
            return null;
        }
        return pointer.isEmpty() ? node : node.at(pointer);
    }

    /** A resource a bundled schema embeds under {@code $defs} or {@code definitions} with that {@code $id}. */
    private static JsonNode embedded(ObjectNode root, String id) {
        for (String holder : List.of("$defs", "definitions")) {
            for (JsonNode candidate : root.path(holder)) {
                if (id.equals(candidate.path("$id").asText(null)) || id.equals(candidate.path("id").asText(null))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String lastKeyword(String evaluationPath) {
        int slash = evaluationPath.lastIndexOf('/');
        return slash < 0 ? evaluationPath : evaluationPath.substring(slash + 1);
    }
}
