package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hyperedge.ui.parts.FilteredView;

import jakarta.inject.Named;

/**
 * Ctrl+F: the cursor in the active view's filter (Instances, Catalog, the topology editor's palette); from a view
 * without one, the Instances view is shown and its filter gets the cursor.
 */
public class FilterInstancesHandler {

    public static final String INSTANCES_PART = "org.hyperedge.ui.part.instances";

    @Execute
    public void execute(EPartService parts, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        if (active != null && active.getObject() instanceof FilteredView view && view.focusFilter()) {
            return;
        }
        MPart part = parts.showPart(INSTANCES_PART, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof FilteredView instances) {
            instances.focusFilter();
        }
    }
}
