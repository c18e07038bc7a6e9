package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperedge cache export DIR} and {@code cache import DIR}: artifacts carried by sha256 and checked on the way in. */
class CacheCommandsTest {

    private static final String FORGED = "0".repeat(64);

    @TempDir
    Path temp;

    @Test
    void anExportedCacheIsImportedElsewhereAndAnAlteredFileIsRefused() throws Exception {
        Path carried = temp.resolve("carried");
        CliRun exported = CliRun.inProcess(temp.resolve("office"), "cache", "export", carried.toString());
        List<Path> artifacts = list(carried);
        Files.writeString(carried.resolve(FORGED), "not what its name says");

        CliRun imported = CliRun.inProcess(temp.resolve("site"), "cache", "import", carried.toString());

        assertEquals(Main.OK, exported.code(), exported.err());
        assertFalse(artifacts.isEmpty(), "the office cache holds the built-in H2 jar");
        assertEquals(Main.REFUSED, imported.code());
        assertTrue(imported.err().contains(FORGED + ": its content has sha256 "), imported.err());
        assertFalse(Files.exists(temp.resolve("site").resolve("cache").resolve(FORGED)), "the altered file is not kept");
        for (Path artifact : artifacts) {
            assertTrue(Files.isRegularFile(temp.resolve("site").resolve("cache").resolve(artifact.getFileName())));
        }
    }

    private static List<Path> list(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
