package org.hyperedge.ui.topology.edit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.resource.ModelResources;

/**
 * One composite service being edited: the model, its file in the workspace, and EMF's command stack. Every
 * change goes through {@link #edit}, so it can be undone and redone and marks the document dirty until
 * saved. Saving writes beside the file and moves it in place, so an interrupted save never leaves half a file.
 */
public final class TopologyDocument {

    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

    private final CompositeService composite;
    private final BasicCommandStack commands = new BasicCommandStack();
    private final List<Runnable> listeners = new ArrayList<>();
    private Path file;

    private TopologyDocument(CompositeService composite, Path file) {
        this.composite = composite;
        this.file = file;
        commands.addCommandStackListener(event -> listeners.forEach(Runnable::run));
    }

    /** A new, empty composite named {@code name}, to be saved as {@code file}. */
    public static TopologyDocument create(String name, Path file) {
        CompositeService composite = HyperEdgeFactory.eINSTANCE.createCompositeService();
        composite.setName(name);
        Resource resource = ModelResources.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(composite);
        return new TopologyDocument(composite, file);
    }

    /** The composite of {@code file}; refused with the file's name and what is wrong when it does not read. */
    public static TopologyDocument open(Path file) {
        return new TopologyDocument(ModelResources.loadComposite(file), file);
    }

    public CompositeService composite() {
        return composite;
    }

    public Path file() {
        return file;
    }

    public CommandStack commands() {
        return commands;
    }

    /** Calls {@code listener} after every edit, undo and redo, and after a save. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Applies {@code change} to the model as one undoable step named {@code stepName}. */
    public void edit(String stepName, Runnable change) {
        commands.execute(new ChangeCommand(composite) {
            {
                // not "label": inside the command that name is AbstractCommand's own (still empty) field
                setLabel(stepName);
            }

            @Override
            protected void doExecute() {
                change.run();
            }
        });
    }

    public boolean canUndo() {
        return commands.canUndo();
    }

    public boolean canRedo() {
        return commands.canRedo();
    }

    public void undo() {
        commands.undo();
    }

    public void redo() {
        commands.redo();
    }

    public String undoLabel() {
        return commands.getUndoCommand() == null ? null : commands.getUndoCommand().getLabel();
    }

    public String redoLabel() {
        return commands.getRedoCommand() == null ? null : commands.getRedoCommand().getLabel();
    }

    /** Changed since it was opened or last saved (an undo back to the saved state is not dirty). */
    public boolean isDirty() {
        return commands.isSaveNeeded();
    }

    /** Writes the composite to its file as XMI. */
    public void save() {
        saveAs(file);
    }

    public void saveAs(Path target) {
        Resource resource = composite.eResource();
        resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, SAVE_OPTIONS);
            Path directory = target.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".partial");
            Files.write(partial, bytes.toByteArray());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        file = target;
        commands.saveIsDone();
        listeners.forEach(Runnable::run);
    }
}
