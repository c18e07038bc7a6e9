package org.hyperedge.ui.topology.commands;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * File › Save (Ctrl+S), as in the Eclipse IDE: enabled while the active part is dirty, it has the workbench save
 * that part (its {@code @Persist} method). Not tied to the topology editor, though it is the console's only
 * editor today.
 */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MDirtyable part) {
        return part != null && part.isDirty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (part.isDirty()) {
            parts.savePart(part, false);
        }
    }
}
