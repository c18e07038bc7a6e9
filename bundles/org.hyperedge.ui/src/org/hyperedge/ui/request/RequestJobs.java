package org.hyperedge.ui.request;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.allocation.NodeOffers.NodeOffer;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;

/**
 * The request dialog's work in the master, each as a job off the UI thread: loading the nodes, checking the
 * title, the dry run, and the order. Results come back to the dialog on the UI thread, and only while it is
 * still open.
 */
final class RequestJobs {

    private final RequestDialog dialog;
    private final EmbeddedMaster master;
    private final Display display = Display.getCurrent();
    private Job titleCheck;

    RequestJobs(RequestDialog dialog, EmbeddedMaster master) {
        this.dialog = dialog;
        this.master = master;
    }

    void loadNodes() {
        run("Reading the master's nodes", () -> {
            List<NodeOffer> offers = master.nodeOffers().list();
            ui(() -> dialog.nodesLoaded(offers));
        }, error -> dialog.previewed("The master's nodes could not be read: " + error));
    }

    /** Checks whether the title is taken, a moment after the operator stopped typing. */
    void checkTitle(String title) {
        if (titleCheck != null) {
            titleCheck.cancel();
        }
        if (title.isEmpty()) {
            return;
        }
        titleCheck = Job.create("Checking the title " + title, monitor -> {
            master.rootTitles().requestedState(title).ifPresent(state -> ui(() -> dialog.titleTaken(title, state)));
        });
        titleCheck.setSystem(true);
        titleCheck.schedule(300);
    }

    void dryRun(Request request, Map<String, String> sla) {
        dialog.setBusy(true, "Asking the master where '" + request.title() + "' would go…");
        run("Previewing the placement of " + request.title(), () -> {
            List<NodeOffer> offers = master.nodeOffers().list();
            try {
                Placement placement = master.requests().dryRun(request);
                String text = PlacementPreview.describe(placement, offers, SlaFilter.parse(sla));
                ui(() -> {
                    dialog.nodesLoaded(offers);
                    dialog.previewed(text);
                    dialog.setBusy(false, placement.placed() ? "Would be placed on " + placement.nodeId() + "."
                            : "Would wait for a node: " + placement.pendingReason());
                });
            } catch (RequestRefused refused) {
                ui(() -> {
                    dialog.previewed("The master would refuse this request:\n• " + String.join("\n• ", refused.reasons()));
                    dialog.refused("The master would refuse this request", refused.reasons());
                });
            }
        }, error -> {
            dialog.previewed("The preview failed: " + error);
            dialog.setBusy(false, null);
        });
    }

    void order(Request request) {
        run("Requesting " + request.title(), () -> {
            try {
                InstanceRecord record = master.requests().request(request);
                ui(() -> dialog.ordered(record));
            } catch (RequestRefused refused) {
                ui(() -> dialog.refused("The master refused the request", refused.reasons()));
            }
        }, error -> dialog.refused("The request failed in the master", List.of(error)));
    }

    /** Runs the work as a job; a failure reaches the dialog as a message, never as a stack trace. */
    private void run(String name, Work work, Consumer<String> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui(() -> failed.accept(message));
            }
        });
        job.schedule();
    }

    private void ui(Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                Shell shell = dialog.getShell();
                if (shell != null && !shell.isDisposed()) {
                    action.run();
                }
            });
        }
    }

    @FunctionalInterface
    private interface Work {
        void run();
    }
}
