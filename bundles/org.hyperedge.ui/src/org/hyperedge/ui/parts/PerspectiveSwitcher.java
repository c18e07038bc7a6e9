package org.hyperedge.ui.parts;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.ui.handlers.SwitchPerspectiveHandler;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Design / Operate / Admin buttons in the window's top trim, each with the perspective's icon and name. They run the same command as
 * Window › Design… and follow {@value SwitchPerspectiveHandler#ACTIVE_PERSPECTIVE} in the window's
 * context, so menu, key binding and buttons always agree.
 */
public class PerspectiveSwitcher {

    public static final String PERSPECTIVE_KEY = "org.hyperedge.ui.perspective";

    private ToolBar toolBar;

    @PostConstruct
    public void createControls(Composite parent, MWindow window, EModelService models, ECommandService commands,
            EHandlerService handlers) {
        toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        for (MPerspective perspective : models.findElements(window, null, MPerspective.class)) {
            ToolItem item = new ToolItem(toolBar, SWT.RADIO);
            item.setText(perspective.getLabel());
            item.setImage(ConsoleIcons.imageOf(parent.getDisplay(), perspective.getIconURI()));
            item.setToolTipText(perspective.getTooltip());
            item.setData(PERSPECTIVE_KEY, perspective.getElementId());
            item.setSelection(perspective.getParent() != null && perspective.getParent().getSelectedElement() == perspective);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    ParameterizedCommand show = commands.createCommand(SwitchPerspectiveHandler.COMMAND,
                            Map.of(SwitchPerspectiveHandler.PARAMETER, perspective.getElementId()));
                    handlers.executeHandler(show);
                }
            });
        }
    }

    @Inject
    @Optional
    void activePerspective(@Named(SwitchPerspectiveHandler.ACTIVE_PERSPECTIVE) String perspectiveId) {
        if (perspectiveId == null || toolBar == null || toolBar.isDisposed()) {
            return;
        }
        for (ToolItem item : toolBar.getItems()) {
            item.setSelection(perspectiveId.equals(item.getData(PERSPECTIVE_KEY)));
        }
    }
}
