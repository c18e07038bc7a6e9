package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.protocol.release.InvalidDescriptorException;
import org.hyperedge.protocol.release.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A release whose parameter schema is spread over several files: imported from its directory, checked by the master. */
class MultiFileReleaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private TestMaster master;

    @BeforeEach
    void openMaster() throws Exception {
        master = TestMaster.open(temp.resolve("data"));
    }

    @AfterEach
    void closeMaster() {
        master.close();
    }

    @Test
    void aReferenceToASiblingFileResolvesAndItsRulesHold() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .file("schemas/input-schema.json", """
                        { "type": "object", "properties": { "port": { "$ref": "./common-schema.json#/$defs/port" } } }
                        """)
                .file("schemas/common-schema.json", """
                        { "$defs": { "port": { "type": "integer", "minimum": 1024, "maximum": 65535 } } }
                        """)
                .write();

        master.catalog().importRelease(release);

        accepted("{\"port\": 8080}");
        assertEquals(List.of("parameter $.port: 80 is less than 1024 (minimum)"), refused("{\"port\": 80}"));
    }

    @Test
    void sameNamedFilesInDifferentFoldersAreTwoFilesNotARecursion() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .parameters("\"a/input-schema.json\"")
                .file("a/input-schema.json", """
                        { "type": "object", "properties": { "backend": { "$ref": "../b/input-schema.json" } } }
                        """)
                .file("b/input-schema.json", """
                        { "type": "object", "required": ["host"], "properties": { "host": { "type": "string", "maxLength": 10 } } }
                        """)
                .write();

        master.catalog().importRelease(release);

        accepted("{\"backend\": {\"host\": \"db\"}}");
        assertEquals(List.of("parameter $.backend: Object does not have some of the required properties [[host]] (required)"),
                refused("{\"backend\": {}}"));
    }

    @Test
    void aReferenceOutOfTheReleaseIsRefusedAtImportAndNothingIsImported() throws Exception {
        Files.writeString(temp.resolve("outside.json"), "{\"type\": \"string\"}");
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .file("schemas/input-schema.json", """
                        { "type": "object", "properties": {
                            "a": { "$ref": "../../outside.json" },
                            "b": { "$ref": "file:///etc/passwd" },
                            "c": { "$ref": "https://schemas.invalid/x.json" } } }
                        """)
                .write();

        InvalidDescriptorException refused = assertThrows(InvalidDescriptorException.class,
                () -> master.catalog().importRelease(release));

        List<String> problems = refused.problems().stream().map(Problem::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains("which is not one of this release's schemas")), problems.toString());
        assertTrue(problems.get(0).contains("$.properties.a.$ref: '../../outside.json'"), problems.get(0));
        assertTrue(master.catalog().find("test:multi-file").isEmpty());
    }

    @Test
    void anInvalidSchemaEvenOneReachedThroughAReferenceIsRefusedWithFilePathAndReason() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .file("schemas/input-schema.json", """
                        { "type": "objekt", "properties": { "disk": { "$ref": "disk.json" } } }
                        """)
                .file("schemas/disk.json", """
                        { "type": "object", "properties": { "size": { "type": "integer", "minimum": "ten" } } }
                        """)
                .write();

        InvalidDescriptorException refused = assertThrows(InvalidDescriptorException.class,
                () -> master.catalog().importRelease(release));

        List<String> problems = refused.problems().stream().map(Problem::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("$.types.default.parameters: schemas/input-schema.json: $.type: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("$.types.default.parameters: schemas/disk.json: $.properties.size.minimum: "),
                problems.get(1));
        assertTrue(problems.get(1).contains("should be [number]"), problems.get(1));
        assertTrue(master.catalog().find("test:multi-file").isEmpty());
    }

    @Test
    void anInlineSchemaThatBreaksItsMetaSchemaIsRefusedAtImport() {
        String release = """
                { "id": "test:inline", "name": "Inline", "version": "1.0", "description": "broken schema",
                  "types": { "default": { "description": "one process",
                    "parameters": { "type": "object", "properties": { "n": { "maximum": "big" } } },
                    "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
                """;

        InvalidDescriptorException refused = assertThrows(InvalidDescriptorException.class,
                () -> master.catalog().importRelease("inline.json", release));

        assertEquals("$.types.default.parameters.properties.n.maximum", refused.problems().get(0).path());
    }

    @Test
    void aMissingFileAndADanglingPointerAreListedTogether() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .file("schemas/input-schema.json", """
                        { "type": "object", "properties": {
                            "a": { "$ref": "missing.json" },
                            "b": { "$ref": "#/$defs/nowhere" } } }
                        """)
                .write();

        InvalidDescriptorException refused = assertThrows(InvalidDescriptorException.class,
                () -> master.catalog().importRelease(release));

        String problems = refused.problems().toString();
        assertEquals(2, refused.problems().size(), problems);
        assertTrue(problems.contains("schemas/missing.json: does not exist"), problems);
        assertTrue(problems.contains("$.properties.b.$ref: '#/$defs/nowhere' points at nothing"), problems);
    }

    @Test
    void aDefaultThatBreaksItsOwnSchemaIsASuggestionNotAViolation() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .parameters("""
                        { "type": "object", "properties": {
                            "replicas": { "type": "number", "default": "2" },
                            "tls": { "type": "boolean", "default": "true" },
                            "workers": { "type": "integer", "default": null },
                            "mode": { "type": "string", "enum": ["fast", "safe"], "default": "" } } }
                        """)
                .write();
        master.catalog().importRelease(release);

        ObjectNode stored = accepted("{}");

        assertEquals(JSON.readTree("{\"replicas\": 2, \"tls\": true}"), stored);
        assertEquals(List.of("parameter $.mode: Expected any of [[fast, safe]] (enum)"), refused("{\"mode\": \"\"}"));
    }

    @Test
    void unevaluatedPropertiesAndNotAreReportedInTheOperatorsWords() throws Exception {
        Path release = ReleaseDirectories.in(temp.resolve("release"))
                .parameters("""
                        { "type": "object", "properties": { "user": { "type": "string", "not": { "const": "root" } } },
                          "allOf": [ { "properties": { "group": { "type": "string" } } } ],
                          "unevaluatedProperties": false,
                          "not": { "required": ["user", "group"] } }
                        """)
                .write();
        master.catalog().importRelease(release);

        List<String> refused = refused("{\"user\": \"root\", \"group\": \"wheel\", \"shell\": \"sh\"}");

        assertTrue(refused.contains("parameter $.user: must not be \"root\" (not)"), refused.toString());
        assertTrue(refused.contains("parameter $: must not set user and group together (not)"), refused.toString());
        assertTrue(refused.contains("parameter $.shell: is not a parameter of this software type (unevaluatedProperties)"),
                refused.toString());
    }

    private ObjectNode accepted(String parameters) throws Exception {
        return (ObjectNode) JSON.readTree(master.requests().request(Request.root("svc", "test:multi-file", "default",
                (ObjectNode) JSON.readTree(parameters))).parameters());
    }

    private List<String> refused(String parameters) throws Exception {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> master.requests().request(
                Request.root("other", "test:multi-file", "default", (ObjectNode) JSON.readTree(parameters))));
        return refused.reasons();
    }
}
