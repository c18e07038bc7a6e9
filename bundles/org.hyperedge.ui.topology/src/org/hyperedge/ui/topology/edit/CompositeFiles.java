package org.hyperedge.ui.topology.edit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The workspace of composite services: {@code composites/NAME.composite} in the console's data directory.
 * The examples shipped in the catalog are offered too; opening one copies it into the workspace first, so
 * the operator edits their own copy.
 */
public final class CompositeFiles {

    public static final String EXTENSION = ".composite";
    /** The examples of the model bundle's {@code catalog/composites/}. */
    public static final List<String> EXAMPLES = List.of("factory-in-a-box", "web-and-database");

    private final Path directory;

    public CompositeFiles(Path dataDirectory) {
        this.directory = dataDirectory.resolve("composites");
    }

    public Path directory() {
        return directory;
    }

    /** The composites in the workspace, by name. */
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Every choice of the Open dialog: the workspace's composites, then the examples not copied yet. */
    public List<String> choices() {
        List<String> choices = new ArrayList<>(names());
        EXAMPLES.stream().filter(example -> !choices.contains(example)).forEach(choices::add);
        return choices;
    }

    /** A file name from what the operator typed: {@code Factory Line 2} → {@code factory-line-2}; empty when nothing usable is left. */
    public static String fileName(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    }

    public Path file(String name) {
        return directory.resolve(fileName(name) + EXTENSION);
    }

    /** The file of {@code name}: in the workspace, or copied there from the examples first. */
    public Path open(String name) {
        Path file = file(name);
        if (Files.isRegularFile(file) || !EXAMPLES.contains(fileName(name))) {
            return file;
        }
        try (InputStream example = org.hyperedge.model.Catalog.class.getClassLoader()
                .getResourceAsStream("catalog/composites/" + fileName(name) + EXTENSION)) {
            if (example == null) {
                return file;
            }
            Files.createDirectories(directory);
            Files.write(file, example.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the example " + name + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The tree name a composite's file suggests for its request: its file name without the extension. */
    public static String treeName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
