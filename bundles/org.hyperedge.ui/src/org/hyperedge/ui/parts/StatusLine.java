package org.hyperedge.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.ui.master.MasterAddon;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bottom trim: the master the console works on, its state, and where its data lives. */
public class StatusLine {

    public static final String MASTER_KEY = "org.hyperedge.ui.status.master";

    private Label master;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(line);
        master = new Label(line, SWT.NONE);
        master.setData(MASTER_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(master);
        // the bottom trim is created after the window's first layout, which left it no room
        parent.getDisplay().asyncExec(() -> {
            if (!line.isDisposed()) {
                line.getShell().layout(true, true);
            }
        });
    }

    @Inject
    @Optional
    void masterStatus(@Named(MasterAddon.STATUS) String status) {
        if (master != null && !master.isDisposed() && status != null) {
            master.setText(status);
            master.requestLayout();
        }
    }
}
