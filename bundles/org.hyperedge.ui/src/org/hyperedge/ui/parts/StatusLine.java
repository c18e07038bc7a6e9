package org.hyperedge.ui.parts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.ui.ConsoleEnvironment;

import jakarta.annotation.PostConstruct;

/** The bottom trim: which master the console works on and where its data lives. */
public class StatusLine {

    public static final String MASTER_KEY = "org.hyperedge.ui.status.master";

    @PostConstruct
    public void createControls(Composite parent, ConsoleEnvironment environment) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(line);
        Label master = new Label(line, SWT.NONE);
        master.setData(MASTER_KEY, Boolean.TRUE);
        master.setText("Embedded master · data: " + environment.dataDirectory());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(master);
        // the bottom trim is created after the window's first layout, which left it no room
        parent.getDisplay().asyncExec(() -> {
            if (!line.isDisposed()) {
                line.getShell().layout(true, true);
            }
        });
    }
}
