package org.hyperedge.ui.catalog;

import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.request.RequestDialog;

/** Opens the request dialog of a software type; the views learn of what was ordered through the master. */
final class RequestLauncher {

    private RequestLauncher() {
    }

    static void open(Shell shell, EmbeddedMaster master, ReleaseDescriptor release, String type) {
        RequestDialog dialog = new RequestDialog(shell, master, release, type);
        if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.instance() != null) {
            master.changed();
        }
    }
}
