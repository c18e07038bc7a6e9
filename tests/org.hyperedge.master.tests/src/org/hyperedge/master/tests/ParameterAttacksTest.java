package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.schema.ParameterValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an operator or a release author could slip past the master's parameter checks: a URL that is markup or
 * script where a template puts it into a page, and a schema that reads files from the master's disk.
 */
class ParameterAttacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private TestMaster master;

    @BeforeEach
    void open() throws Exception {
        master = TestMaster.open(temp.resolve("master"));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aUrlParameterThatIsMarkupOrScriptIsRefusedAndARealUrlIsTaken() throws Exception {
        for (String[] attack : List.of(new String[] { "link-url", "\"><script>alert(1)</script>" },
                new String[] { "link-url", "javascript:alert(document.cookie)" },
                new String[] { "database-url", "<img src=x onerror=alert(1)>" },
                new String[] { "broker-url", "not a url" })) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> master.requests().request(Request.root("page",
                    "builtin:static-web", "default", JSON.createObjectNode().put(attack[0], attack[1]))),
                    attack[0] + " = " + attack[1] + " was taken");

            assertTrue(refused.getMessage().contains("parameter $." + attack[0] + ": "), refused.getMessage());
        }

        master.requests().request(Request.root("page", "builtin:static-web", "default", JSON.createObjectNode()
                .put("link-url", "https://factory.example/dashboard?a=1&b=2").put("database-url", "jdbc:h2:tcp://10.0.0.5:27000/orders")
                .put("broker-url", "mqtt://10.0.0.6:1883")));
    }

    @Test
    void aSchemaReferenceToAFileOnTheMastersDiskIsRefusedAndTheFileIsNeverRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.json"), "{ \"const\": \"opened\" }");
        ObjectNode schema = (ObjectNode) JSON.readTree("""
                { "type": "object", "properties": { "x": { "$ref": "%s" } } }""".formatted(secret.toUri()));

        List<String> violations = new ParameterValidator().violations(schema, null, JSON.createObjectNode().put("x", "opened"));

        assertFalse(violations.isEmpty(), "the value the file holds passed: the master read a file a release named");
        assertTrue(violations.get(0).contains(secret.toUri().toString()), violations.toString());
    }

    @Test
    void aSchemaFilesReferenceMayReachItsSiblingsButNotLeaveItsDirectory() throws Exception {
        Path schemas = Files.createDirectories(temp.resolve("schemas"));
        Files.writeString(schemas.resolve("mode.json"), "{ \"enum\": [\"fast\", \"safe\"] }");
        Files.writeString(temp.resolve("secret.json"), "{ \"const\": \"opened\" }");
        ObjectNode schema = (ObjectNode) JSON.readTree("""
                { "type": "object", "properties": { "mode": { "$ref": "mode.json" }, "x": { "$ref": "../secret.json" } } }""");
        ParameterValidator validator = new ParameterValidator();

        List<String> violations = validator.violations(schema, schemas.resolve("type.json").toUri(),
                JSON.createObjectNode().put("mode", "safe").put("x", "opened"));

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("secret.json"), violations.toString());
    }
}
