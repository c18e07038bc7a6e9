package org.hyperedge.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Window › Design / Operate / Admin and the perspective buttons: brings the perspective named by the
 * command parameter to the front and records it as {@value #ACTIVE_PERSPECTIVE} in the window context.
 */
public class SwitchPerspectiveHandler {

    public static final String COMMAND = "org.hyperedge.ui.command.perspective";
    public static final String PARAMETER = "org.hyperedge.ui.perspective.id";
    public static final String ACTIVE_PERSPECTIVE = "org.hyperedge.ui.activePerspective";

    @CanExecute
    public boolean canExecute(@Named(PARAMETER) String perspectiveId, MWindow window, EModelService models) {
        return !find(perspectiveId, window, models).isEmpty();
    }

    @Execute
    public void execute(@Named(PARAMETER) String perspectiveId, MWindow window, EModelService models,
            EPartService parts) {
        switchTo(perspectiveId, window, models, parts);
    }

    /** Brings the perspective to the front as its button does (the switcher follows); false when there is none. */
    public static boolean switchTo(String perspectiveId, MWindow window, EModelService models, EPartService parts) {
        return find(perspectiveId, window, models).stream().findFirst().map(perspective -> {
            parts.switchPerspective(perspective);
            window.getContext().set(ACTIVE_PERSPECTIVE, perspective.getElementId());
            return true;
        }).orElse(false);
    }

    private static List<MPerspective> find(String id, MWindow window, EModelService models) {
        return models.findElements(window, id, MPerspective.class);
    }
}
