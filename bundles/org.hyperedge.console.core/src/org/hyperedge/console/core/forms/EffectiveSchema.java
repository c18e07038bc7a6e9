package org.hyperedge.console.core.forms;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A schema as the form sees it: references followed and {@code allOf} parts folded in, with the base, draft,
 * chain of references (to stop at a recursive definition) and depth that hold where it is used.
 */
record EffectiveSchema(ObjectNode schema, URI base, Draft draft, List<String> chain, int depth) {

    /** Why a part cannot be rendered as a form; it is then edited as JSON with this reason as its note. */
    static final class Fallback extends Exception {

        private static final long serialVersionUID = 1L;

        Fallback(String reason) {
            super(reason, null, false, false);
        }
    }

    static final int MAX_DEPTH = 24;
    /** Up to draft 7 only these keywords beside a {@code $ref} are kept: they label the field. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "examples", "readOnly",
            "writeOnly", "deprecated");
    private static final Set<String> NOT_MERGED = Set.of("$ref", "$recursiveRef", "$dynamicRef", "$schema", "$id", "id",
            "$defs", "definitions", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$comment");

    /** The same place one level deeper, for the properties or items of this schema. */
    EffectiveSchema deeper() {
        return new EffectiveSchema(null, base, draft, chain, depth + 1);
    }

    /** Follows references and folds {@code allOf} parts of {@code node}, seen from this place. */
    EffectiveSchema of(JsonNode node, SchemaResolver resolver) throws Fallback {
        if (node == null || node.isBoolean()) {
            throw new Fallback(node != null && node.booleanValue() ? "its schema accepts any value"
                    : "its schema accepts no value");
        }
        if (!node.isObject()) {
            throw new Fallback("its schema is not a JSON object");
        }
        if (depth > MAX_DEPTH) {
            throw new Fallback("it is nested more than " + MAX_DEPTH + " levels deep");
        }
        ObjectNode schema = (ObjectNode) node;
        Draft here = Draft.of(schema, draft);
        URI hereBase = SchemaResolver.baseOf(schema, base, here);
        List<String> hereChain = chain;
        String reference = reference(schema);
        if (reference != null) {
            SchemaResolver.Resolved target;
            try {
                target = resolver.resolve(reference, hereBase);
            } catch (UnresolvableReference e) {
                throw new Fallback(e.getMessage());
            }
            if (chain.contains(target.location())) {
                throw new Fallback("it refers back to " + shortName(target.location())
                        + ", a recursive definition the form does not unfold");
            }
            hereChain = new ArrayList<>(chain);
            hereChain.add(target.location());
            EffectiveSchema resolved = new EffectiveSchema(null, target.base(), target.draft(), hereChain, depth)
                    .of(target.schema(), resolver);
            ObjectNode merged = siblings(schema, here);
            String conflict = SchemaMerger.merge(merged,
                    SchemaMerger.absolute(resolved.schema(), resolved.base(), resolved.draft()));
            if (conflict != null) {
                throw new Fallback("its reference and the keywords beside it do not combine: " + conflict);
            }
            schema = merged;
            here = resolved.draft();
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            ObjectNode merged = schema.deepCopy();
            merged.remove("allOf");
            for (JsonNode part : allOf) {
                if (SchemaMerger.isTrue(part)) {
                    continue; // a part that allows anything adds nothing to fold in
                }
                EffectiveSchema resolved = new EffectiveSchema(null, hereBase, here, hereChain, depth).of(part, resolver);
                String conflict = SchemaMerger.merge(merged,
                        SchemaMerger.absolute(resolved.schema(), resolved.base(), resolved.draft()));
                if (conflict != null) {
                    throw new Fallback("its allOf parts do not combine: " + conflict);
                }
            }
            schema = merged;
        }
        return new EffectiveSchema(schema, hereBase, here, hereChain, depth);
    }

    private static ObjectNode siblings(ObjectNode schema, Draft draft) {
        ObjectNode siblings = schema.deepCopy();
        siblings.remove(NOT_MERGED);
        if (draft.refOverridesSiblings()) {
            siblings.retain(ANNOTATIONS);
        }
        return siblings;
    }

    private static String reference(ObjectNode schema) {
        for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
            JsonNode value = schema.get(keyword);
            if (value != null && value.isTextual()) {
                return value.textValue();
            }
        }
        return null;
    }

    /** {@code disk} for {@code .../kvm.json#/$defs/disk}: what an operator recognises. */
    static String shortName(String location) {
        int slash = location.lastIndexOf('/');
        String name = slash >= 0 && slash < location.length() - 1 ? location.substring(slash + 1) : location;
        return "'" + name.replace("#", "") + "'";
    }
}
