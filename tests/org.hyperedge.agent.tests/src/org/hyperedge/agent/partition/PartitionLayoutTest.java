package org.hyperedge.agent.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionLayoutTest {

    @TempDir
    Path root;

    @Test
    void aPartitionDirectoryIsPrivateToItsOwner() throws Exception {
        Path directory = new PartitionLayout(root).directory("p000");

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
    }

    @Test
    void referencesThatAreNotPlainNamesAreRefused() {
        PartitionLayout layout = new PartitionLayout(root);

        for (String reference : new String[] { "../etc", "p0/../../x", "/tmp", "", "P000", "p 0" }) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> layout.directory(reference));
            assertTrue(error.getMessage().startsWith("partition reference '" + reference + "' is not a plain name"),
                    error.getMessage());
        }
    }

    @Test
    void pathsInsideThePartitionResolveAndTraversalIsRefused() {
        PartitionLayout layout = new PartitionLayout(root);

        assertEquals(root.resolve("p001/etc/app.conf"), layout.resolve("p001", "etc/app.conf"));
        assertEquals("path '../p002/secret' leaves partition p001",
                assertThrows(IllegalArgumentException.class, () -> layout.resolve("p001", "../p002/secret")).getMessage());
        assertEquals("path '/etc/passwd' is not relative to the partition",
                assertThrows(IllegalArgumentException.class, () -> layout.resolve("p001", "/etc/passwd")).getMessage());
    }

    @Test
    void aSymbolicLinkOutOfThePartitionIsNotFollowed() throws Exception {
        PartitionLayout layout = new PartitionLayout(root);
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.createSymbolicLink(layout.directory("p003").resolve("escape"), outside);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> layout.resolve("p003", "escape/file.txt"));

        assertEquals("path 'escape/file.txt' leaves partition p003 through a symbolic link", error.getMessage());
    }
}
