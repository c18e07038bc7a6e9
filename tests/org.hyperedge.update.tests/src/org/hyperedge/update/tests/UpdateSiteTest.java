package org.hyperedge.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;

import org.hyperedge.update.UpdateSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update site preference: a directory or an https:// URL, and a clear refusal of anything else. */
class UpdateSiteTest {

    @TempDir
    Path temp;

    @Test
    void aDirectoryIsAFileLocation() {
        assertEquals(temp.toUri(), UpdateSite.parse("  " + temp + " ").location());
    }

    @Test
    void anHttpsUrlIsKeptAsItIs() {
        assertEquals(URI.create("https://updates.example.org/hyperedge/"),
                UpdateSite.parse("https://updates.example.org/hyperedge/").location());
    }

    @Test
    void noSiteSaysWhereToSetOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> UpdateSite.parse(" "));
        assertTrue(error.getMessage().startsWith("No update site is set: choose one in Window › Preferences › Updates"),
                error.getMessage());
    }

    @Test
    void plainHttpIsRefusedBecauseAnyoneOnTheWayCouldChangeTheConsole() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UpdateSite.parse("http://updates.example.org/hyperedge/"));
        assertTrue(error.getMessage().contains("plain http:// is refused"), error.getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path missing = temp.resolve("no-such-site");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UpdateSite.parse(missing.toString()));
        assertEquals("Update site " + missing + ": there is no such directory.", error.getMessage());
    }
}
