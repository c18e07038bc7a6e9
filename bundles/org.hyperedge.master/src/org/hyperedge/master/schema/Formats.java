package org.hyperedge.master.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import dev.harrel.jsonschema.EvaluationContext;
import dev.harrel.jsonschema.Evaluator;
import dev.harrel.jsonschema.EvaluatorFactory;
import dev.harrel.jsonschema.JsonNode;
import dev.harrel.jsonschema.SchemaParsingContext;

/**
 * The {@code format}s the master enforces, where JSON Schema only annotates by default: templates put these
 * values into pages and configuration files as what their format says. {@code uri}: an absolute URI (RFC 3986:
 * a scheme, then no space, control character, quote or angle bracket, which is also what keeps markup out).
 * Any other format stays an annotation.
 */
final class Formats implements EvaluatorFactory {

    private static final Evaluator URI_FORMAT = new Evaluator() {
        @Override
        public Result evaluate(EvaluationContext context, JsonNode node) {
            if (!node.isString() || isAbsoluteUri(node.asString())) {
                return Result.success();
            }
            return Result.failure("\"" + abbreviate(node.asString()) + "\" is not an absolute URI (scheme:..., RFC 3986)");
        }
    };

    @Override
    public Optional<Evaluator> create(SchemaParsingContext context, String keyword, JsonNode value) {
        if ("format".equals(keyword) && value.isString() && "uri".equals(value.asString())) {
            return Optional.of(URI_FORMAT);
        }
        return Optional.empty();
    }

    static boolean isAbsoluteUri(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            return false;
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
