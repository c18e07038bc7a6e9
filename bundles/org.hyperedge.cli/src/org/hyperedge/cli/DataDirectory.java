package org.hyperedge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;

/**
 * The data directory (the embedded master's H2 file, its certificate and software cache): made when missing and
 * checked writable before H2 touches it, so an unusable directory is one clear refusal naming it, not an H2 trace.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    /** {@code --data DIR} as typed: an empty value is refused, never read as the current or home directory. */
    static Path parse(String text) {
        if (text.isBlank()) {
            throw new InputRefused("--data is empty; give the data directory (without --data: ~/.hyperedge)");
        }
        return InputFiles.path("--data", text).toAbsolutePath().normalize();
    }

    /** Makes the directory if needed and proves this user can write in it. */
    static void prepare(String what, Path directory) {
        for (Path ancestor = directory; ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.exists(ancestor)) {
                if (!Files.isDirectory(ancestor)) {
                    throw refused(what, directory, ancestor + " is a file, not a directory");
                }
                break;
            }
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw refused(what, directory, InputFiles.describe(e));
        }
        try {
            Files.delete(Files.createTempFile(directory, ".hyperedge-write-check", ""));
        } catch (IOException e) {
            throw refused(what, directory, "this user cannot create a file in it (" + InputFiles.describe(e) + ")");
        }
    }

    /** For a JDBC URL of an H2 file ({@code jdbc:h2:file:/dir/name;...}), the directory of the file; else null. */
    static Path ofH2Url(String url) {
        String rest = url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length())
                : url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                        && !url.startsWith("jdbc:h2:mem:") ? url.substring("jdbc:h2:".length()) : null;
        if (rest == null) {
            return null;
        }
        int semicolon = rest.indexOf(';');
        String file = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return parent;
    }

    private static InputRefused refused(String what, Path directory, String why) {
        return new InputRefused(what + " " + directory + " cannot be used: " + why
                + "; give a directory this user can create and write in");
    }
}
