package org.hyperedge.ui.topology.commands;

/** The ids the topology editor's {@code fragment.e4xmi} gives its part, commands and key binding context. */
public final class TopologyCommands {

    /** The part descriptor, and the editor placed from it in the Design perspective. */
    public static final String PART = "org.hyperedge.ui.part.topology";
    /** The Design perspective's editor stack (of the console's Application.e4xmi), where the editor goes. */
    public static final String EDITOR_STACK = "org.hyperedge.ui.stack.design.editor";
    /** The binding context active while the canvas has the keyboard focus. */
    public static final String CANVAS_CONTEXT = "org.hyperedge.ui.topology.context.canvas";

    public static final String SAVE = "org.eclipse.ui.file.save";
    public static final String UNDO = "org.eclipse.ui.edit.undo";
    public static final String REDO = "org.eclipse.ui.edit.redo";
    public static final String CUT = "org.eclipse.ui.edit.cut";
    public static final String COPY = "org.eclipse.ui.edit.copy";
    public static final String PASTE = "org.eclipse.ui.edit.paste";
    public static final String DELETE = "org.eclipse.ui.edit.delete";
    public static final String SELECT_ALL = "org.eclipse.ui.edit.selectAll";
    public static final String LAYOUT = "org.hyperedge.ui.topology.command.layout";

    private TopologyCommands() {
    }
}
