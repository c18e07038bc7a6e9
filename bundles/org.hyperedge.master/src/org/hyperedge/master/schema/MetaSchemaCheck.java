package org.hyperedge.master.schema;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.SchemaResolver;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;

/**
 * Whether a schema document is a schema: checked against the meta-schema its {@code $schema} names (drafts 4, 6, 7,
 * 2019-09 and 2020-12; 2020-12 when absent). Each problem names the JSON path in the document and the reason, the
 * innermost one per place (a wrong {@code "type": "objekt"} says what types there are, not that an {@code anyOf}
 * of the meta-schema failed).
 */
public final class MetaSchemaCheck {

    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "oneOf", "$ref", "$dynamicRef", "$recursiveRef");

    private MetaSchemaCheck() {
    }

    /** Every way the document breaks its meta-schema, as {@code $.properties.port.minimum: reason}; empty when none. */
    public static List<String> problems(JsonNode document) {
        if (!document.isObject() && !document.isBoolean()) {
            return List.of("$: a schema is an object or a boolean, not " + document.getNodeType().toString().toLowerCase());
        }
        JsonNode declared = document.path("$schema");
        if (!declared.isMissingNode() && !(declared.isTextual() && Drafts.known(declared.textValue()))) {
            return List.of("$.$schema: names the meta-schema " + declared + ", which HyperEdge does not know (it knows "
                    + String.join(", ", Drafts.NAMES) + ")");
        }
        try {
            // nothing is resolved: references are the release's to satisfy, checked apart from the meta-schema
            new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory())
                    .withSchemaResolver(uri -> SchemaResolver.Result.empty()).createValidator()
                    .registerSchema(URI.create("urn:hyperedge:meta-check"), document);
            return List.of();
        } catch (InvalidSchemaException e) {
            return innermost(e.getErrors());
        } catch (RuntimeException e) {
            return List.of("$: cannot be read as a schema: " + e.getMessage());
        }
    }

    private static List<String> innermost(List<Error> errors) {
        Map<String, String> byPlace = new LinkedHashMap<>();
        for (Error error : errors) {
            String place = error.getInstanceLocation() == null ? "" : error.getInstanceLocation();
            boolean deeper = errors.stream().anyMatch(other -> other != error && other.getInstanceLocation() != null
                    && other.getInstanceLocation().startsWith(place + "/"));
            if (deeper || COMBINATORS.contains(error.getKeyword())) {
                continue;
            }
            byPlace.putIfAbsent(place, error.getError() + (error.getKeyword() == null ? "" : " (" + error.getKeyword() + ")"));
        }
        if (byPlace.isEmpty() && !errors.isEmpty()) {
            Error first = errors.get(0);
            byPlace.put(first.getInstanceLocation() == null ? "" : first.getInstanceLocation(), first.getError());
        }
        List<String> problems = new ArrayList<>();
        byPlace.forEach((place, reason) -> problems.add(ParameterValidator.path(place) + ": " + reason));
        return problems;
    }
}
