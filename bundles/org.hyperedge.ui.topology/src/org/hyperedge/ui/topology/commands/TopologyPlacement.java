package org.hyperedge.ui.topology.commands;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jakarta.inject.Named;

/**
 * The model processor (after the fragment is merged) that opens the topology editor where the operator has
 * always found it: one part made from the fragment's descriptor, selected in the Design perspective's editor
 * stack. The console's Application.e4xmi names the stack, not the editor.
 */
public class TopologyPlacement {

    static final String STACK_KEY = "org.hyperedge.ui.topology.editorStack";

    @Execute
    public void place(@Optional @Named(STACK_KEY) MPartStack stack, EModelService models) {
        if (stack == null || !models.findElements(stack, TopologyCommands.PART, MPart.class, null).isEmpty()) {
            return;
        }
        MApplication application = (MApplication) EcoreUtil.getRootContainer((EObject) stack);
        MPartDescriptor descriptor = application.getDescriptors().stream()
                .filter(candidate -> TopologyCommands.PART.equals(candidate.getElementId())).findFirst().orElse(null);
        if (descriptor == null) {
            return;
        }
        MPart editor = models.createPart(descriptor);
        stack.getChildren().add(editor);
        stack.setSelectedElement(editor);
    }
}
