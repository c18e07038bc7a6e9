package org.hyperedge.ui.catalog;

import org.eclipse.swt.widgets.Shell;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.master.EmbeddedMaster;

/** Opens the request dialog of a software type. */
final class RequestLauncher {

    private RequestLauncher() {
    }

    static void open(Shell shell, EmbeddedMaster master, ReleaseDescriptor release, String type) {
        org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Request", release.id() + " " + type);
    }
}
