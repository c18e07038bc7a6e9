package org.hyperedge.master.schema;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON Schema dialects HyperEdge validates with, and the keywords that differ between them. */
final class Drafts {

    static final List<String> NAMES = List.of("draft-04", "draft-06", "draft-07", "2019-09", "2020-12");

    private Drafts() {
    }

    /** Whether a {@code $schema} value names one of the drafts ({@code http} or {@code https}, with or without {@code #}). */
    static boolean known(String uri) {
        String bare = uri.replaceFirst("^https?://", "").replaceFirst("#$", "");
        return bare.equals("json-schema.org/draft-04/schema") || bare.equals("json-schema.org/draft-06/schema")
                || bare.equals("json-schema.org/draft-07/schema") || bare.equals("json-schema.org/draft/2019-09/schema")
                || bare.equals("json-schema.org/draft/2020-12/schema");
    }

    /** {@code id} in draft 4, {@code $id} since. */
    static String idKeyword(JsonNode document) {
        return document.path("$schema").asText("").contains("draft-04") ? "id" : "$id";
    }

    /** Where a document keeps the schemas it embeds: {@code $defs} since 2019-09, {@code definitions} before. */
    static String definitionsKeyword(JsonNode document) {
        String declared = document.path("$schema").asText("");
        return declared.contains("draft-04") || declared.contains("draft-06") || declared.contains("draft-07") ? "definitions"
                : "$defs";
    }
}
