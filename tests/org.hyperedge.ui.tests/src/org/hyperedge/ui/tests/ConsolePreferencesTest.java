package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.hyperedge.ui.ConsolePreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePreferencesTest {

    @TempDir
    Path temp;

    @Test
    void missingFileMeansNoDataDirectoryChosen() {
        assertEquals(Optional.empty(), ConsolePreferences.load(temp.resolve("none.properties")).dataDirectory());
    }

    @Test
    void savedDataDirectoryIsReadBackInTheFormTheScriptParses() throws IOException {
        Path file = temp.resolve("config/hyperedge/console.properties");
        ConsolePreferences preferences = ConsolePreferences.load(file);

        preferences.store().setValue(ConsolePreferences.DATA_DIRECTORY, "/srv/hyper edge");
        preferences.store().save();

        assertEquals(Optional.of("/srv/hyper edge"), ConsolePreferences.load(file).dataDirectory());
        assertTrue(Files.readAllLines(file).contains("data.directory=/srv/hyper edge"));
    }
}
