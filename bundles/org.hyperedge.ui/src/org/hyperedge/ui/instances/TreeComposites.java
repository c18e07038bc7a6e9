package org.hyperedge.ui.instances;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.InstanceTrees;
import org.hyperedge.ui.parts.CompositeEditor;

/**
 * Which composite of the workspace an instance tree came from. The master keeps no link from a tree to a file; the
 * topology editor requests a composite as the tree named after its file (and suggests no other name), so the tree
 * whose id a workspace composite's name finds is that composite's. A tree requested under another name has none.
 */
final class TreeComposites {

    private TreeComposites() {
    }

    /** The composite file of tree {@code treeId}, if one in the workspace names it; reads the disk and the master. */
    static Optional<Path> of(EmbeddedMaster master, long treeId) {
        Path directory = master.dataDirectory().resolve(CompositeEditor.DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        InstanceTrees trees = new InstanceTrees(master.requests());
        for (Path file : composites(directory)) {
            String name = file.getFileName().toString();
            String tree = name.substring(0, name.length() - CompositeEditor.EXTENSION.length());
            if (trees.find(tree).filter(id -> id == treeId).isPresent()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static List<Path> composites(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(CompositeEditor.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // an unreadable workspace holds no composite we could open either
        }
    }
}
