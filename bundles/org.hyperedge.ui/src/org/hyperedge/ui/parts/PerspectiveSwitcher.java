package org.hyperedge.ui.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The Design / Operate / Admin buttons in the window's top trim; follows perspective changes made elsewhere. */
public class PerspectiveSwitcher {

    public static final String PERSPECTIVE_KEY = "org.hyperedge.ui.perspective";

    private ToolBar toolBar;

    @PostConstruct
    public void createControls(Composite parent, MWindow window, EModelService models, EPartService parts) {
        toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        List<MPerspective> perspectives = models.findElements(window, null, MPerspective.class);
        for (MPerspective perspective : perspectives) {
            ToolItem item = new ToolItem(toolBar, SWT.RADIO);
            item.setText(perspective.getLabel());
            item.setToolTipText(perspective.getTooltip());
            item.setData(PERSPECTIVE_KEY, perspective.getElementId());
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    parts.switchPerspective(perspective);
                }
            });
        }
        perspectives.stream().filter(p -> p.getParent() != null && p.getParent().getSelectedElement() == p)
                .findFirst().ifPresent(p -> select(p.getElementId()));
    }

    @Inject
    @Optional
    void perspectiveChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPerspectiveStack
                && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective selected) {
            select(selected.getElementId());
        }
    }

    private void select(String perspectiveId) {
        if (toolBar == null || toolBar.isDisposed()) {
            return;
        }
        for (ToolItem item : toolBar.getItems()) {
            item.setSelection(perspectiveId.equals(item.getData(PERSPECTIVE_KEY)));
        }
    }
}
