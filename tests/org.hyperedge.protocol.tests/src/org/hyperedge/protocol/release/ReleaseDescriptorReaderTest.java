package org.hyperedge.protocol.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.protocol.release.ReleaseDescriptor.InstallStep;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.PromiseSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseDescriptorReaderTest {

    private static final String SHA = "29b70e427cc1c40cdc376283adbb0cc62853073797bb5fe5761f81fe73d57ce0";

    @TempDir
    Path temp;

    @Test
    void minimalReleaseReadsWithDefaults() throws Exception {
        ReleaseDescriptor release = ReleaseDescriptorReader.read("web.json", """
                { "id": "builtin:web", "name": "Web", "version": "1",
                  "types": { "default": { "ports": ["http"],
                    "processes": [ { "name": "http", "command": ["python3", "-m", "http.server", "${port.http}"] } ],
                    "promises": [ { "name": "up", "kind": "tcp", "target": "${ip}:${port.http}" } ] } } }
                """);

        SoftwareTypeDescriptor type = release.type("default");
        PromiseSpec promise = type.promises().get(0);
        assertEquals(PromiseSpec.Kind.TCP, promise.kind());
        assertEquals(30, promise.periodSeconds());
        assertEquals(5, promise.timeoutSeconds());
        assertEquals("object", type.parameterSchema().get("type").asText());
        assertFalse(type.shared());
    }

    @Test
    void artifactsAndInstallStepsAreRead() throws Exception {
        ReleaseDescriptor release = ReleaseDescriptorReader.read("h2.json", """
                { "id": "builtin:h2", "name": "H2", "version": "2.4.240",
                  "artifacts": [ { "name": "h2.jar", "sha256": "%s", "size": 2685418 } ],
                  "requires": ["java"],
                  "install": [ { "kind": "copy", "artifact": "h2.jar" } ],
                  "types": { "default": {} } }
                """.formatted(SHA));

        assertEquals(SHA, release.artifacts().get(0).sha256());
        assertEquals(2685418, release.artifacts().get(0).size());
        assertEquals(List.of("java"), release.requires());
        assertEquals(InstallStep.Kind.COPY, release.install().get(0).kind());
    }

    @Test
    void everyProblemIsReportedWithItsJsonPath() {
        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read("bad.json", """
                        { "id": "no scheme", "version": "1",
                          "artifacts": [ { "name": "../evil", "sha256": "ABC", "size": -1 } ],
                          "types": { "Default": {}, "ok": { "promises": [ { "name": "p", "kind": "tcpp", "target": "x" } ] } } }
                        """));

        assertEquals("bad.json", error.source());
        assertEquals(List.of(
                "$.id: 'no scheme' is not a URL-like id (scheme:rest, e.g. builtin:h2-database)",
                "$.name: is required",
                "$.artifacts[0].name: '../evil' is not a plain file name",
                "$.artifacts[0].sha256: 'ABC' is not 64 lower-case hex digits",
                "$.artifacts[0].size: -1 is outside 0 to 9223372036854775807",
                "$.types.Default: name 'Default' is not a lower-case name (a-z, 0-9, '-', starting with a letter)",
                "$.types.ok.promises[0].kind: 'tcpp' is not one of tcp, http, command, file, auth"),
                error.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void misspeltFieldIsAnErrorNotIgnored() {
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": { \"default\": { \"port\": [\"x\"] } } }",
                "$.types.default.port: unknown field (known: backup, connection, connectionSchema, description, files, parameters, ports, processes, promises, shared, upgrade)");
    }

    @Test
    void aRunStepMayRunInTheBackgroundAndNoOtherStepMay() throws Exception {
        ReleaseDescriptor release = ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "1",
                  "install": [ { "kind": "run", "command": ["true"] }, { "kind": "run", "command": ["true"], "background": true } ],
                  "types": { "default": { } } }
                """);

        assertEquals(List.of(false, true), release.install().stream().map(InstallStep::background).toList());
        assertProblem("""
                { "id": "a:b", "name": "n", "version": "1", "artifacts": [ { "name": "x.jar", "sha256": "%s", "size": 1 } ],
                  "install": [ { "kind": "copy", "artifact": "x.jar", "background": true } ], "types": { "default": { } } }
                """.formatted(SHA), "$.install[0].background: only a run step can run in the background");
        assertProblem("""
                { "id": "a:b", "name": "n", "version": "1",
                  "install": [ { "kind": "run", "command": ["true"], "background": "yes" } ], "types": { "default": { } } }
                """, "$.install[0].background: must be true or false, not the string 'yes'");
    }

    @Test
    void anUpgradeStepIsAnOptionalCommandLine() throws Exception {
        ReleaseDescriptor with = ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "2", "types": { "default": { "upgrade": ["sh", "-c", "true"] } } }
                """);
        ReleaseDescriptor without = ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "2", "types": { "default": { } } }
                """);

        assertEquals(List.of("sh", "-c", "true"), with.type("default").upgrade());
        assertEquals(List.of(), without.type("default").upgrade());
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": { \"default\": { \"upgrade\": [] } } }",
                "$.types.default.upgrade: must be a non-empty array of strings (a command line)");
    }

    @Test
    void aDataBackupDeclaresBothCommandLinesAndASchedule() throws Exception {
        ReleaseDescriptor with = ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "2", "types": { "default": {
                  "backup": { "command": ["bin/backup"], "restore": ["bin/restore"], "every": "PT6H" } } } }
                """);
        ReleaseDescriptor daily = ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "2", "types": { "default": {
                  "backup": { "command": ["bin/backup"], "restore": ["bin/restore"] } } } }
                """);

        assertEquals(new BackupSpec(List.of("bin/backup"), List.of("bin/restore"), java.time.Duration.ofHours(6)),
                with.type("default").backup());
        assertEquals(java.time.Duration.ofDays(1), daily.type("default").backup().every());
        assertEquals(null, ReleaseDescriptorReader.read("test.json", """
                { "id": "a:b", "name": "n", "version": "2", "types": { "default": { } } }
                """).type("default").backup());
    }

    @Test
    void aBackupWithoutItsRestoreOrWithAScheduleOutOfBoundsIsRefusedNamingWhy() {
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": { \"default\": "
                + "{ \"backup\": { \"command\": [\"x\"] } } } }",
                "$.types.default.backup.restore: must be a non-empty array of strings (the command line that reads it back)");
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": { \"default\": "
                + "{ \"backup\": { \"command\": [\"x\"], \"restore\": [\"y\"], \"every\": \"PT1S\" } } } }",
                "$.types.default.backup.every: the schedule PT1S is outside PT30S to 366 days");
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": { \"default\": "
                + "{ \"backup\": { \"command\": [\"x\"], \"restore\": [\"y\"], \"every\": \"hourly\" } } } }",
                "$.types.default.backup.every: the schedule 'hourly' is not an ISO-8601 duration such as PT1H or P1D");
    }

    @Test
    void portReferenceMustNameADeclaredPort() {
        assertProblem("""
                { "id": "a:b", "name": "n", "version": "1", "types": { "default": { "ports": ["http"],
                  "connection": { "url": "http://${ip}:${port.htp}/" } } } }
                """, "$.types.default.connection.url: refers to ${port.htp}, which is not in ports");
    }

    @Test
    void templatePathMustStayInsideThePartition() {
        assertProblem("""
                { "id": "a:b", "name": "n", "version": "1", "types": { "default": {
                  "files": [ { "path": "etc/../../passwd", "template": "x" } ] } } }
                """, "$.types.default.files[0].path: 'etc/../../passwd' must stay inside the partition (relative, no '..')");
    }

    @Test
    void installStepMustNameOneOfTheArtifacts() {
        assertProblem("""
                { "id": "a:b", "name": "n", "version": "1", "install": [ { "kind": "unpack", "artifact": "app.zip" } ],
                  "types": { "default": {} } }
                """, "$.install[0].artifact: 'app.zip' is not one of the release's artifacts");
    }

    @Test
    void releaseWithoutSoftwareTypesIsRefused() {
        assertProblem("{ \"id\": \"a:b\", \"name\": \"n\", \"version\": \"1\", \"types\": {} }",
                "$.types: must declare at least one software type");
    }

    @Test
    void duplicateKeysAreRefusedRatherThanOneSilentlyWinning() {
        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read("dup.json", "{ \"id\": \"a:b\", \"id\": \"a:c\" }"));

        assertTrue(error.getMessage().contains("Duplicate field 'id'"), error.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read("broken.json", "{\n  \"id\": \"a:b\",\n  \"name\" \"n\"\n}"));

        assertTrue(error.getMessage().startsWith("broken.json: $: is not valid JSON at line 3, column"), error.getMessage());
    }

    @Test
    void oversizedDocumentIsRefusedBeforeParsing() throws IOException {
        Path file = temp.resolve("huge.json");
        Files.write(file, new byte[ReleaseDescriptorReader.MAX_BYTES + 1]);

        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read(file));

        assertEquals(file + ": $: is larger than 1048576 bytes", error.getMessage());
    }

    @Test
    void unreadableFileIsNamed() {
        Path file = temp.resolve("missing.json");

        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read(file));

        assertTrue(error.getMessage().startsWith(file + ": $: cannot be read"), error.getMessage());
    }

    private static void assertProblem(String json, String expected) {
        InvalidDescriptorException error = assertThrows(InvalidDescriptorException.class,
                () -> ReleaseDescriptorReader.read("test.json", json));
        assertTrue(error.problems().stream().map(Problem::toString).toList().contains(expected),
                () -> "expected '" + expected + "' in " + error.problems());
    }
}
