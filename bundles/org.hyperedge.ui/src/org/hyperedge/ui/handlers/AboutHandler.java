package org.hyperedge.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.ui.ConsoleEnvironment;
import org.hyperedge.ui.about.AboutDialog;

import jakarta.inject.Named;

public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ConsoleEnvironment environment) {
        new AboutDialog(shell, environment).open();
    }
}
