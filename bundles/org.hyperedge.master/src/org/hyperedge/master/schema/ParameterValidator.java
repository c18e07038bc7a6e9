package org.hyperedge.master.schema;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.SchemaResolver;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;

/**
 * Checks request parameters against a software type's JSON Schema (drafts 4, 6, 7, 2019-09 and 2020-12,
 * chosen by {@code $schema}; 2020-12 when absent) and fills in the defaults the schema declares; the formats of
 * {@link Formats} are enforced. A {@code $ref} resolves inside the release's own schemas only: the schema and
 * what it embeds ({@code $defs} with their {@code $id}), and for a schema read from a file, the files beside
 * it. Nothing else is read, not a file elsewhere on the master's disk, nothing from a network.
 */
public final class ParameterValidator {

    private static final int CACHE_SIZE = 128;
    private static final String INLINE_BASE = "urn:hyperedge:parameters:";
    private static final long MAX_SCHEMA_FILE_BYTES = 1 << 20;

    private record Compiled(Validator validator, URI schema) {
    }

    /**
     * A schema by identity: descriptors are parsed once and cached, so the same schema arrives as the same
     * node, and neither serializing it nor hashing its content is paid on every request.
     */
    private record SchemaKey(ObjectNode schema, URI base) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaKey key && key.schema == schema && java.util.Objects.equals(key.base, base);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema) * 31 + java.util.Objects.hashCode(base);
        }
    }

    private final Map<SchemaKey, Compiled> compiled = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<SchemaKey, Compiled> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    /**
     * Every way the parameters break the schema, as {@code $.path: what is wrong (keyword)}; empty when they
     * conform. {@code base} locates sibling schema files ({@code null} for a schema without file references).
     */
    public List<String> violations(ObjectNode schema, URI base, JsonNode parameters) {
        Compiled schemaValidator;
        Validator.Result result;
        try {
            schemaValidator = compile(schema, base);
            synchronized (schemaValidator.validator()) {
                result = schemaValidator.validator().validate(schemaValidator.schema(), parameters);
            }
        } catch (RuntimeException e) {
            // a schema that breaks its meta-schema, or a reference that cannot be resolved: nothing can be checked
            return List.of("the parameter schema cannot be used: " + e.getMessage());
        }
        if (result.isValid()) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        for (Error error : result.getErrors()) {
            String message = path(error.getInstanceLocation()) + ": "
                    + ViolationWords.describe(error, schema, schemaValidator.schema());
            if (!violations.contains(message)) {
                violations.add(message);
            }
        }
        return violations;
    }

    /**
     * The parameters as the software type will run with them: the given ones, and for each absent property the
     * schema's {@code default}, which is a suggestion, not a value the operator gave. A default the property's type
     * reads exactly ({@code "2"} for a number, {@code "true"} for a boolean) is converted and the note says so; one
     * that would break the schema (a {@code null} for an integer, {@code ""} outside an enum...) is left out, so an
     * omitted parameter never causes a violation the operator did not make. The completed parameters are checked
     * once (twice only when a default was left out), and what that check found comes with them.
     */
    public Completed complete(ObjectNode schema, URI base, ObjectNode given) {
        ObjectNode completed = given.deepCopy();
        List<Defaults.Filled> filled = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Defaults.fill(schema, completed, "$", filled, notes);
        List<String> violations = violations(schema, base, completed);
        boolean leftOut = false;
        for (Defaults.Filled suggestion : filled) {
            if (violations.stream().anyMatch(suggestion::explains)) {
                suggestion.parent().remove(suggestion.name());
                notes.add(suggestion.path() + ": the default " + suggestion.value() + " does not fit the schema; left out");
                leftOut = true;
            }
        }
        return new Completed(completed, notes, leftOut ? violations(schema, base, completed) : violations);
    }

    /**
     * Parameters completed with the defaults that fit, what was converted or left out on the way, and how the
     * completed parameters break the schema ({@code $.path: reason}; empty when they conform).
     */
    public record Completed(ObjectNode parameters, List<String> notes, List<String> violations) {
    }

    private Compiled compile(ObjectNode schema, URI base) {
        SchemaKey key = new SchemaKey(schema, base);
        Compiled existing = compiled.get(key);
        if (existing != null) {
            return existing;
        }
        Validator validator = new ValidatorFactory().withJsonNodeFactory(new JacksonNode.Factory())
                .withEvaluatorFactory(new Formats()).withSchemaResolver(uri -> resolveSibling(uri, base)).createValidator();
        URI id = base != null ? base : URI.create(INLINE_BASE + java.util.UUID.randomUUID());
        URI registered = validator.registerSchema(id, schema);
        Compiled fresh = new Compiled(validator, registered);
        compiled.put(key, fresh);
        return fresh;
    }

    /**
     * A file beside the schema's own file, and nothing else: a schema held in a release (no base) has no
     * siblings, and a reference elsewhere, or out of the directory through {@code ..} or a link, stays
     * unresolved and is reported.
     */
    private static SchemaResolver.Result resolveSibling(String uri, URI base) {
        if (base == null || !"file".equals(base.getScheme()) || !uri.startsWith("file:")) {
            return SchemaResolver.Result.empty();
        }
        try {
            Path directory = Path.of(base).getParent().toRealPath();
            Path file = Path.of(URI.create(uri.replaceFirst("#.*$", ""))).toRealPath();
            if (!directory.equals(file.getParent()) || Files.size(file) > MAX_SCHEMA_FILE_BYTES) {
                return SchemaResolver.Result.empty();
            }
            return SchemaResolver.Result.fromString(Files.readString(file));
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return SchemaResolver.Result.empty();
        }
    }

    /** A JSON pointer ({@code /servers/0/port}) as a JSON path ({@code $.servers[0].port}). */
    static String path(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            path.append(name.matches("\\d+") ? "[" + name + "]" : "." + name);
        }
        return path.toString();
    }
}
