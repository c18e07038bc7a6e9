package org.hyperedge.ui.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * A part whose content is not built yet says so honestly: what will be here and how to get there.
 * The texts come from the part's persisted state ({@value #TITLE_KEY}, {@value #HINT_KEY}) in the
 * application model.
 */
public class EmptyStatePart {

    public static final String TITLE_KEY = "emptyState.title";
    public static final String HINT_KEY = "emptyState.hint";

    private Label title;

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        GridLayoutFactory.fillDefaults().margins(24, 24).applyTo(parent);
        title = new Label(parent, SWT.WRAP);
        title.setText(part.getPersistedState().getOrDefault(TITLE_KEY, part.getLabel()));
        title.setFont(JFaceResources.getBannerFont());
        title.setData(TITLE_KEY, part.getElementId());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        String hint = part.getPersistedState().get(HINT_KEY);
        if (hint != null) {
            Label hintLabel = new Label(parent, SWT.WRAP);
            hintLabel.setText(hint);
            hintLabel.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(hintLabel);
        }
    }

    @Focus
    public void setFocus() {
        title.getParent().setFocus();
    }
}
