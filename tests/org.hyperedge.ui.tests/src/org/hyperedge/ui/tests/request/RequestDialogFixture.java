package org.hyperedge.ui.tests.request;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.forms.FormView;
import org.hyperedge.ui.request.RequestDialog;

/**
 * A real embedded master on a fresh data directory with one node ({@code lab-1}: site {@code lab}, label
 * {@code zone=a}, 4 partitions, 4 cores, 8 GB), and a request dialog opened on it on a UI thread of its own.
 */
public final class RequestDialogFixture implements AutoCloseable {

    static final String NODE = "lab-1";

    final EmbeddedMaster master;
    final UiDriver ui;
    private final AtomicReference<RequestDialog> dialog = new AtomicReference<>();

    RequestDialogFixture(Path data) throws Exception {
        try (Master hyperedge = Master.open(data)) {
            hyperedge.nodes().register(new NodeSpec(NODE, "lab", "127.0.0.1:9", 4000, 8192, 100_000,
                    Map.of("zone", "a"), 4, 21000, 10));
        }
        master = EmbeddedMaster.open(data);
        ui = UiDriver.startUiThread();
    }

    /** Opens the dialog for the release's software type, without blocking, and waits for its shell. */
    RequestDialog open(String releaseId, String type) {
        ReleaseDescriptor release = master.catalog().find(releaseId).orElseThrow();
        ui.onUi(() -> {
            Shell parent = new Shell(ui.display());
            RequestDialog opened = new RequestDialog(parent, master, release, type);
            opened.setBlockOnOpen(false);
            opened.open();
            opened.getShell().setLocation(20, 20);
            dialog.set(opened);
        });
        ui.shell("Request " + release.name());
        return dialog.get();
    }

    Shell shell() {
        return ui.onUi(() -> dialog.get().getShell());
    }

    Text field(String path) {
        return ui.find(Text.class, t -> path.equals(t.getData(FormView.FIELD_KEY)), "the field " + path);
    }

    <T extends Control> T field(Class<T> type, String path) {
        return ui.find(type, t -> path.equals(t.getData(FormView.FIELD_KEY)), "the field " + path);
    }

    Label problemLine(String path) {
        return ui.find(Label.class, l -> path.equals(l.getData(FormView.PROBLEM_KEY)), "the problem line of " + path);
    }

    Text json() {
        return ui.byData(Text.class, RequestDialog.JSON_KEY);
    }

    Label problems() {
        return ui.byData(Label.class, RequestDialog.PROBLEMS_KEY);
    }

    Text preview() {
        return ui.byData(Text.class, RequestDialog.PREVIEW_KEY);
    }

    /** A button of the dialog's button bar by its id (JFace keeps the id as the button's data). */
    Button button(int id) {
        Shell shell = shell();
        return ui.find(Button.class, b -> b.getShell() == shell && Integer.valueOf(id).equals(b.getData()),
                "the dialog's button " + id);
    }

    Button requestButton() {
        return button(IDialogConstants.OK_ID);
    }

    String errorMessage() {
        return ui.onUi(() -> dialog.get().getErrorMessage());
    }

    /** Replaces a field's text the way a user does: select all, then type over it. */
    void retype(Text text, String typed) {
        ui.onUi(() -> {
            text.setFocus();
            text.selectAll();
        });
        if (typed.isEmpty()) {
            ui.onUi(() -> text.setText(""));
        } else {
            ui.type(text, typed);
        }
        ui.waitUntil("'" + typed + "' in the field", () -> typed.equals(text.getText()));
    }

    /** A screenshot once GTK's check-box and button transitions (about 200 ms) have finished drawing. */
    void screenshot(String name) {
        settle(ui);
        ui.screenshot(name);
    }

    public static void settle(UiDriver ui) {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Scrolls the parameters form to its end, where its last fields are. */
    void scrollFormToEnd() {
        ui.onUi(() -> {
            org.eclipse.swt.custom.ScrolledComposite scroller = ui.findNow(org.eclipse.swt.custom.ScrolledComposite.class,
                    s -> s.getShell() == shell());
            scroller.setOrigin(0, scroller.getContent().getSize().y);
        });
    }

    void showTab(int index) {
        ui.onUi(() -> {
            TabFolder tabs = ui.findNow(TabFolder.class, t -> t.getShell() == shell());
            tabs.setSelection(index);
        });
    }

    @Override
    public void close() {
        ui.stop();
        master.close();
    }
}
