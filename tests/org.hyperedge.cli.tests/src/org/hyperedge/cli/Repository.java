package org.hyperedge.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, found from where the tests run (a test module's directory): where {@code ./hyperedge} is. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("hyperedge")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (a directory with ./hyperedge and docs/) above "
                + System.getProperty("user.dir"));
    }
}
