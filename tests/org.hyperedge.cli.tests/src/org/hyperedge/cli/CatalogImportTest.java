package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperedge catalog import DIR}: a release whose parameter schema is spread over files in folders. */
class CatalogImportTest {

    @TempDir
    Path temp;

    @Test
    void aMultiFileReleaseIsImportedAndItsRequestsAreCheckedAcrossItsFiles() throws IOException {
        Path release = release("""
                { "type": "object", "required": ["web"],
                  "properties": { "web": { "$ref": "../web/input-schema.json" }, "db": { "$ref": "./input-schema.json#/$defs/db" } },
                  "$defs": { "db": { "type": "object", "properties": { "port": { "$ref": "../common.json#/$defs/port" } } } } }
                """, """
                { "type": "object", "properties": { "port": { "$ref": "../common.json#/$defs/port" },
                  "replicas": { "type": "integer", "default": "3" } } }
                """);

        CliRun imported = CliRun.inProcess(data(), "catalog", "import", release.toString());
        CliRun accepted = CliRun.inProcess(data(), "request", "test:shop", "shop", "--params-file", params("{\"web\": {\"port\": 8080}}"));
        CliRun refused = CliRun.inProcess(data(), "request", "test:shop", "shop2", "--params-file",
                params("{\"web\": {\"port\": 80}, \"db\": {\"port\": 70000}}"));

        assertEquals(Main.OK, imported.code(), imported.err());
        assertTrue(imported.out().contains("imported test:shop"), imported.out());
        assertEquals(Main.OK, accepted.code(), accepted.err());
        assertEquals(Main.REFUSED, refused.code());
        assertTrue(refused.err().contains("parameter $.web.port: 80 is less than 1024 (minimum)"), refused.err());
        assertTrue(refused.err().contains("parameter $.db.port: 70000 is greater than 65535 (maximum)"), refused.err());
        CliRun status = CliRun.inProcess(data(), "status", "shop");
        assertTrue(status.out().contains("shop"), status.out());
    }

    @Test
    void aBrokenReleaseIsRefusedWithEveryProblemAndNothingIsImported() throws IOException {
        Path release = release("""
                { "type": "object", "properties": { "web": { "$ref": "../web/input-schema.json" },
                  "secret": { "$ref": "/etc/passwd" } } }
                """, """
                { "type": "object", "properties": { "port": { "type": "integer", "maximum": "many" } } }
                """);

        CliRun imported = CliRun.inProcess(data(), "catalog", "import", release.toString());
        CliRun catalog = CliRun.inProcess(data(), "catalog");

        assertEquals(Main.REFUSED, imported.code());
        assertTrue(imported.err().contains("is not imported; 2 problems:"), imported.err());
        assertTrue(imported.err().contains("web/input-schema.json: $.properties.port.maximum: "), imported.err());
        // an absolute path is a path in the release, never on the master's disk
        assertTrue(imported.err().contains("etc/passwd: does not exist in " + release), imported.err());
        assertFalse(catalog.out().contains("test:shop"), catalog.out());
    }

    @Test
    void importingSomethingThatIsNotThereSaysWhatToGive() {
        CliRun imported = CliRun.inProcess(data(), "catalog", "import", temp.resolve("nowhere").toString());

        assertEquals(Main.REFUSED, imported.code());
        assertTrue(imported.err().contains("does not exist; give a release descriptor (.json) or a release directory"),
                imported.err());
    }

    private Path data() {
        return temp.resolve("data");
    }

    private Path release(String shopSchema, String webSchema) throws IOException {
        Path directory = temp.resolve("release");
        Files.createDirectories(directory.resolve("shop"));
        Files.createDirectories(directory.resolve("web"));
        Files.writeString(directory.resolve("release.json"), """
                { "id": "test:shop", "name": "Shop", "version": "1.0", "description": "web and database parameters in files",
                  "types": { "default": { "description": "one process", "parameters": "shop/input-schema.json",
                    "processes": [ { "name": "sleep", "command": ["sleep", "3600"] } ] } } }
                """);
        Files.writeString(directory.resolve("shop/input-schema.json"), shopSchema);
        Files.writeString(directory.resolve("web/input-schema.json"), webSchema);
        Files.writeString(directory.resolve("common.json"), """
                { "$defs": { "port": { "type": "integer", "minimum": 1024, "maximum": 65535 } } }
                """);
        return directory;
    }

    private String params(String json) throws IOException {
        Path file = Files.createTempFile(temp, "params", ".json");
        Files.writeString(file, json);
        return file.toString();
    }
}
