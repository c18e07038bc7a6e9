package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.schema.ParameterValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parameter schemas as real catalogs write them, drafts 4 to 2020-12. */
class ParameterValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final ParameterValidator validator = new ParameterValidator();

    @Test
    void conformingParametersHaveNoViolations() throws Exception {
        ObjectNode schema = json("""
                { "type": "object", "properties": { "port": { "type": "integer", "minimum": 1024 } }, "required": ["port"] }""");

        assertEquals(List.of(), validator.violations(schema, null, json("{\"port\": 8080}")));
    }

    @Test
    void everyViolationIsListedWithTheFieldAndTheRule() throws Exception {
        ObjectNode schema = json("""
                { "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                  "properties": { "database": { "type": "string", "pattern": "^[a-z]+$" },
                                  "size": { "enum": ["small", "large"] },
                                  "replicas": { "type": "array", "items": { "type": "integer", "maximum": 5 } } },
                  "required": ["database"] }""");

        List<String> violations = validator.violations(schema, null,
                json("{\"database\": \"Orders!\", \"size\": \"huge\", \"replicas\": [1, 9]}"));

        assertEquals(3, violations.size(), violations::toString);
        assertTrue(violations.contains("$.database: \"Orders!\" does not match regular expression [^[a-z]+$] (pattern)"),
                violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.size: ") && v.endsWith("(enum)")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.replicas[1]: ") && v.endsWith("(maximum)")), violations::toString);
    }

    @Test
    void draft4BooleanExclusiveMaximumIsHonoured() throws Exception {
        ObjectNode schema = json("""
                { "$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                  "properties": { "load": { "type": "number", "maximum": 1, "exclusiveMaximum": true } } }""");

        assertEquals(List.of(), validator.violations(schema, null, json("{\"load\": 0.5}")));
        assertEquals(1, validator.violations(schema, null, json("{\"load\": 1}")).size());
    }

    @Test
    void draft7DefinitionsAndOneOfAnyOfAllOfAreApplied() throws Exception {
        ObjectNode schema = json("""
                { "$schema": "http://json-schema.org/draft-07/schema#",
                  "definitions": { "port": { "type": "integer", "minimum": 1, "maximum": 65535 } },
                  "type": "object",
                  "properties": {
                    "listen": { "$ref": "#/definitions/port" },
                    "storage": { "oneOf": [ { "type": "object", "properties": { "disk": { "type": "string" } }, "required": ["disk"] },
                                             { "type": "object", "properties": { "memory": { "type": "integer" } }, "required": ["memory"] } ] },
                    "tag": { "anyOf": [ { "type": "string" }, { "type": "integer" } ] },
                    "name": { "allOf": [ { "type": "string" }, { "minLength": 3 } ] } } }""");

        assertEquals(List.of(), validator.violations(schema, null,
                json("{\"listen\": 80, \"storage\": {\"disk\": \"/srv\"}, \"tag\": 3, \"name\": \"abc\"}")));
        List<String> violations = validator.violations(schema, null,
                json("{\"listen\": 70000, \"storage\": {}, \"tag\": true, \"name\": \"ab\"}"));
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.listen: ")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.storage") && v.contains("oneOf")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.tag") && v.contains("anyOf")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.name: ") && v.contains("minLength")), violations::toString);
    }

    @Test
    void draft201909DefsAndNestedObjectsAreChecked() throws Exception {
        ObjectNode schema = json("""
                { "$schema": "https://json-schema.org/draft/2019-09/schema",
                  "$defs": { "user": { "type": "object", "properties": { "name": { "type": "string" } }, "required": ["name"] } },
                  "type": "object", "properties": { "admin": { "$ref": "#/$defs/user" } } }""");

        List<String> violations = validator.violations(schema, null, json("{\"admin\": {\"nick\": \"x\"}}"));

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("$.admin: ") && violations.get(0).endsWith("(required)"), violations::toString);
    }

    @Test
    void refToASiblingSchemaFileResolvesNextToTheSchema() throws Exception {
        Files.writeString(temp.resolve("common.json"), """
                { "definitions": { "mode": { "enum": ["fast", "safe"] } } }""");
        ObjectNode schema = json("""
                { "$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                  "properties": { "mode": { "$ref": "common.json#/definitions/mode" } } }""");

        assertEquals(List.of(), validator.violations(schema, temp.resolve("type.json").toUri(), json("{\"mode\": \"safe\"}")));
        assertEquals(1, validator.violations(schema, temp.resolve("type.json").toUri(), json("{\"mode\": \"reckless\"}")).size());
    }

    @Test
    void aReferenceThatCannotBeResolvedIsReportedNotFetched() throws Exception {
        ObjectNode schema = json("""
                { "type": "object", "properties": { "x": { "$ref": "https://schemas.invalid/x.json" } } }""");

        List<String> violations = validator.violations(schema, null, json("{\"x\": 1}"));

        assertEquals(1, violations.size(), violations::toString);
    }

    @Test
    void defaultsAreFilledInNestedObjectsWithoutOverwritingValues() throws Exception {
        ObjectNode schema = json("""
                { "type": "object", "properties": {
                    "database": { "type": "string", "default": "main" },
                    "user": { "type": "string", "default": "sa" },
                    "pool": { "type": "object", "properties": { "size": { "type": "integer", "default": 8 } } } } }""");

        ObjectNode completed = validator.complete(schema, null, json("{\"user\": \"app\", \"pool\": {}}")).parameters();

        assertEquals(json("{\"user\": \"app\", \"pool\": {\"size\": 8}, \"database\": \"main\"}"), completed);
    }

    private static ObjectNode json(String text) throws Exception {
        JsonNode node = JSON.readTree(text);
        return (ObjectNode) node;
    }
}
