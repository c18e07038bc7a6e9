package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hyperedge.ui.instances.InstancesPart;

/** Shows the Instances view and puts the cursor in its filter. */
public class FilterInstancesHandler {

    public static final String INSTANCES_PART = "org.hyperedge.ui.part.instances";

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(INSTANCES_PART, EPartService.PartState.ACTIVATE);
        if (part != null && part.getObject() instanceof InstancesPart instances) {
            instances.focusFilter();
        }
    }
}
