package org.hyperedge.ui.instances;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.InstanceTrees;
import org.hyperedge.master.site.CompositeXmi;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.ui.parts.CompositeEditor;

/**
 * Which composite of the workspace an instance tree came from. The master keeps no link from a tree to a file; the
 * topology editor requests a composite as the tree named after its file, so the tree whose id a workspace
 * composite's name finds is that composite's. A tree requested under another name ({@code request-composite FILE
 * --name TREE}) is the composite whose services are titled as the tree's instances: one such composite in the
 * workspace is taken, none or several (which one is ambiguous) give none.
 */
final class TreeComposites {

    private TreeComposites() {
    }

    /** The composite file of tree {@code treeId}, if the workspace holds it; reads the disk and the master. */
    static Optional<Path> of(EmbeddedMaster master, long treeId) {
        Path directory = master.dataDirectory().resolve(CompositeEditor.DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        List<Path> files = composites(directory);
        InstanceTrees trees = new InstanceTrees(master.requests());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String tree = name.substring(0, name.length() - CompositeEditor.EXTENSION.length());
            if (trees.find(tree).filter(id -> id == treeId).isPresent()) {
                return Optional.of(file);
            }
        }
        Set<String> titles = master.requests().tree(treeId).stream().map(InstanceRecord::title).collect(Collectors.toSet());
        List<Path> sameServices = titles.isEmpty() ? List.of()
                : files.stream().filter(file -> titles.equals(serviceTitles(file))).limit(2).toList();
        return sameServices.size() == 1 ? Optional.of(sameServices.get(0)) : Optional.empty();
    }

    /** The titles of the composite's services; none for a file that does not read as a composite. */
    private static Set<String> serviceTitles(Path file) {
        try {
            return CompositeXmi.read(file.toString(), Files.readAllBytes(file)).getNodes().stream()
                    .map(ServiceNode::getTitle).collect(Collectors.toSet());
        } catch (IOException | IllegalArgumentException e) {
            return Set.of(); // a composite we cannot read is none we could open either
        }
    }

    private static List<Path> composites(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(CompositeEditor.EXTENSION)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // an unreadable workspace holds no composite we could open either
        }
    }
}
