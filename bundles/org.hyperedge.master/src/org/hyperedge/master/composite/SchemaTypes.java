package org.hyperedge.master.composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The type and format a JSON Schema property declares, and whether a value of one property can fill
 * another: what types a link between a connection parameter and a parameter.
 */
final class SchemaTypes {

    private SchemaTypes() {
    }

    /** The declared types ({@code "type": "string"} or {@code ["string", "null"]}); empty when undeclared. */
    static List<String> types(JsonNode property) {
        List<String> types = new ArrayList<>();
        if (property == null) {
            return types;
        }
        JsonNode type = property.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    static Optional<String> format(JsonNode property) {
        return property == null || !property.path("format").isTextual() ? Optional.empty()
                : Optional.of(property.get("format").asText());
    }

    /** "a string (uri)", "an integer", "any value": how a property is named in a refusal. */
    static String describe(JsonNode property) {
        List<String> types = types(property);
        String described = types.isEmpty() ? "any value" : String.join(" or ", types.stream().map(SchemaTypes::article).toList());
        return described + format(property).map(f -> " (" + f + ")").orElse("");
    }

    private static String article(String type) {
        return ("integer".equals(type) || "object".equals(type) || "array".equals(type) ? "an " : "a ") + type;
    }

    /**
     * Why a value of {@code source} cannot fill {@code target}, or empty when it can: types must meet (an
     * integer fills a number; an undeclared type fills and takes anything), and two declared formats must be
     * the same. A value whose format is not declared is checked against the target's schema when it arrives.
     */
    static Optional<String> mismatch(JsonNode source, JsonNode target) {
        List<String> from = types(source);
        List<String> to = types(target);
        if (!from.isEmpty() && !to.isEmpty()) {
            boolean meets = from.stream().anyMatch(t -> to.contains(t) || ("integer".equals(t) && to.contains("number")));
            if (!meets) {
                return Optional.of("types differ");
            }
        }
        Optional<String> fromFormat = format(source);
        Optional<String> toFormat = format(target);
        if (fromFormat.isPresent() && toFormat.isPresent() && !fromFormat.get().equals(toFormat.get())) {
            return Optional.of("formats differ");
        }
        return Optional.empty();
    }
}
