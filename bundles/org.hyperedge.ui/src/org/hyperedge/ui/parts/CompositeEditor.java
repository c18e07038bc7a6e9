package org.hyperedge.ui.parts;

import java.nio.file.Path;

/**
 * The topology editor as the other views see it: this bundle cannot name the editor's bundle (which builds on this
 * one), so "Show in Topology" finds the editor's part by its id and opens a composite through this.
 */
public interface CompositeEditor {

    String PART_ID = "org.hyperedge.ui.part.topology";
    String PERSPECTIVE_ID = "org.hyperedge.ui.perspective.design";
    /** The workspace of composites in the data directory, and their files' extension (the editor's convention). */
    String DIRECTORY = "composites";
    String EXTENSION = ".composite";

    /** Opens the composite of {@code file}, as the editor's Open dialog does. */
    void open(Path file);

    /** Opens it with the service titled {@code title} selected (an instance of its tree carries its service's title). */
    void open(Path file, String title);
}
