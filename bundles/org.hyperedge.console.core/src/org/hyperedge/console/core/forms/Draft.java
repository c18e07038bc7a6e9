package org.hyperedge.console.core.forms;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON Schema drafts a form understands, chosen by {@code $schema}; 2020-12 when a schema names none. */
public enum Draft {
    DRAFT_4, DRAFT_6, DRAFT_7, DRAFT_2019_09, DRAFT_2020_12;

    /** The draft the schema declares, or {@code inherited} when it declares none (or one we do not know). */
    public static Draft of(JsonNode schema, Draft inherited) {
        JsonNode declared = schema == null ? null : schema.get("$schema");
        if (declared == null || !declared.isTextual()) {
            return inherited;
        }
        String uri = declared.textValue();
        if (uri.contains("draft-04")) {
            return DRAFT_4;
        }
        if (uri.contains("draft-06")) {
            return DRAFT_6;
        }
        if (uri.contains("draft-07")) {
            return DRAFT_7;
        }
        if (uri.contains("2019-09")) {
            return DRAFT_2019_09;
        }
        if (uri.contains("2020-12")) {
            return DRAFT_2020_12;
        }
        return inherited;
    }

    /** Draft 4 names a schema's identifier {@code id}; later drafts {@code $id}. */
    public String idKeyword() {
        return this == DRAFT_4 ? "id" : "$id";
    }

    /** Up to draft 7 a {@code $ref} replaces its whole schema object; later drafts apply its siblings too. */
    public boolean refOverridesSiblings() {
        return compareTo(DRAFT_7) <= 0;
    }

    /** Draft 4 writes exclusive bounds as booleans next to minimum and maximum; later drafts as numbers. */
    public boolean booleanExclusiveBounds() {
        return this == DRAFT_4;
    }
}
