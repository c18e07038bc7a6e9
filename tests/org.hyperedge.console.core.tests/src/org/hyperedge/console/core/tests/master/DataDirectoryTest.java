package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.hyperedge.console.core.master.DataDirectory;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/operator");

    @Test
    void commandLineWinsOverThePreference() {
        assertEquals(Path.of("/srv/site"), DataDirectory.resolve(Optional.of("/srv/site"), Optional.of("/pref"), HOME));
    }

    @Test
    void preferenceIsUsedWithoutACommandLineChoice() {
        assertEquals(Path.of("/pref"), DataDirectory.resolve(Optional.empty(), Optional.of("/pref"), HOME));
    }

    @Test
    void defaultIsDotHyperedgeInTheHomeDirectory() {
        assertEquals(HOME.resolve(".hyperedge"), DataDirectory.resolve(Optional.of(" "), Optional.empty(), HOME));
    }

    @Test
    void relativeDirectoriesBecomeAbsoluteAndNormalised() {
        Path resolved = DataDirectory.resolve(Optional.of("data/../site"), Optional.empty(), HOME);

        assertEquals(Path.of("site").toAbsolutePath(), resolved);
    }
}
