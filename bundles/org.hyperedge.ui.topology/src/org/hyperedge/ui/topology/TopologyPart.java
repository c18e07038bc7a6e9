package org.hyperedge.ui.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.master.composite.CompositeValidator;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.parts.FilteredView;
import org.hyperedge.ui.parts.MasterPart;
import org.hyperedge.ui.topology.TopologyToolbar.Action;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.commands.TopologyCommands;
import org.hyperedge.ui.topology.edit.CompositeFiles;
import org.hyperedge.ui.topology.edit.TopologyDocument;
import org.hyperedge.ui.topology.panels.PalettePanel;
import org.hyperedge.ui.topology.panels.ProblemsPanel;
import org.hyperedge.ui.topology.panels.PlacementChoices;
import org.hyperedge.ui.topology.panels.PropertiesPanel;
import org.hyperedge.ui.topology.view.Markers;
import org.hyperedge.ui.topology.view.PortCatalog;
import org.hyperedge.ui.topology.view.Scene;

import jakarta.inject.Inject;

/**
 * The topology editor: a palette of the catalog, the canvas, the selected service's properties and the
 * composite's problems. It saves composites as XMI in the workspace, requests them as one instance tree,
 * and then shows each service's live state on its box, refreshed as reports arrive. Its editing commands (undo,
 * redo, save, cut, copy, paste, delete, select all, layout) are e4 commands whose handlers, contributed with the
 * part's descriptor by the bundle's {@code fragment.e4xmi}, act through {@link #actions()}.
 */
public class TopologyPart extends MasterPart implements FilteredView, org.hyperedge.ui.parts.CompositeEditor {

    public static final String NAME_KEY = "org.hyperedge.ui.topology.name";
    public static final String MESSAGE_KEY = "org.hyperedge.ui.topology.message";
    static final int VALIDATE_DELAY_MS = 150;
    static final int LIVE_PERIOD_MS = 2000;
    static final Duration CATALOG_PERIOD = Duration.ofSeconds(30);

    @Inject
    private MPart part;
    @Inject
    private EContextService contexts;

    private final Scene scene = new Scene();
    private TopologyToolbar toolbar;
    private Label name;
    private Label message;
    private TopologyCanvas canvas;
    private PalettePanel palette;
    private PropertiesPanel properties;
    private ProblemsPanel problems;
    private TopologyRequests requests;
    private CompositeFiles files;
    private TopologyDocument document;
    private EditorActions actions;
    private String liveTree;
    private Instant catalogReadAt;
    private int validation;

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        requests = new TopologyRequests(master, parent.getDisplay());
        files = new CompositeFiles(master.dataDirectory());
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        toolbar = new TopologyToolbar(top, this::run);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.control());
        name = new Label(top, SWT.NONE);
        name.setData(NAME_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(260, SWT.DEFAULT).applyTo(name);

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        palette = new PalettePanel(columns, choice -> canvas.addServiceInView(choice));
        SashForm middle = new SashForm(columns, SWT.VERTICAL);
        canvas = new TopologyCanvas(middle, scene);
        problems = new ProblemsPanel(middle, this::reveal);
        middle.setWeights(80, 20);
        properties = new PropertiesPanel(columns, this::say);
        columns.setWeights(15, 59, 26);

        message = new Label(parent, SWT.NONE);
        message.setData(MESSAGE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        canvas.linkChecker((source, connection, target, parameter) -> validator().linkRefusal(source, connection, target, parameter));
        canvas.onMessage(this::say);
        canvas.onSelectionChanged(this::selectionChanged);
        actions = new EditorActions(canvas, this::save);
        CanvasMenu.install(canvas, actions);
        // the canvas's key bindings (fragment.e4xmi) apply while it has the focus, so fields keep their own keys
        canvas.control().addListener(SWT.FocusIn, e -> contexts.activateContext(TopologyCommands.CANVAS_CONTEXT));
        canvas.control().addListener(SWT.FocusOut, e -> contexts.deactivateContext(TopologyCommands.CANVAS_CONTEXT));
        showDocument(null);
        say("Open a composite service or create one: File actions are on the tool bar.");
        reloadEvery(LIVE_PERIOD_MS, canvas.control());
    }

    @Override
    protected void reload() {
        if (catalogReadAt == null || Duration.between(catalogReadAt, Instant.now()).compareTo(CATALOG_PERIOD) > 0) {
            catalogReadAt = Instant.now();
            readCatalog();
        }
        refreshLive();
    }

    @Override
    protected Control focusControl() {
        return canvas == null ? null : canvas.control();
    }

    // --- documents ---------------------------------------------------------------------------------

    /** Opens the composite of {@code file} in the editor (the Open dialog's choice), read in the background. */
    @Override
    public void open(Path file) {
        open(file, null);
    }

    @Override
    public void open(Path file, String title) {
        say("Opening " + file.getFileName() + "…");
        Job job = Job.create("Opening " + file.getFileName(), monitor -> {
            try {
                TopologyDocument opened = TopologyDocument.open(file);
                canvas.control().getDisplay().asyncExec(() -> {
                    show(opened);
                    if (title != null && !canvas.control().isDisposed()) {
                        canvas.select(scene.composite().getNodes().stream().filter(node -> title.equals(node.getTitle()))
                                .toList());
                    }
                });
            } catch (RuntimeException e) {
                canvas.control().getDisplay().asyncExec(() -> {
                    say("Cannot open " + file.getFileName() + ": " + e.getMessage());
                    MessageDialog.openError(canvas.control().getShell(), "Cannot open", e.getMessage());
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void show(TopologyDocument opened) {
        if (canvas.control().isDisposed()) {
            return;
        }
        showDocument(opened);
        liveTree = CompositeFiles.treeName(opened.file());
        canvas.fit();
        refreshLive();
        say("Opened " + opened.file().getFileName() + (scene.composite().getNodes().isEmpty() ? "" : ": "
                + scene.composite().getNodes().size() + " services, " + scene.composite().getLinks().size() + " links"));
    }

    public TopologyDocument document() {
        return document;
    }

    public TopologyCanvas canvas() {
        return canvas;
    }

    public PropertiesPanel properties() {
        return properties;
    }

    /** What the editor's commands do; {@code null} until the master is open and the editor is built. */
    public EditorActions actions() {
        return actions;
    }

    private void showDocument(TopologyDocument opened) {
        document = opened;
        liveTree = null;
        canvas.document(opened);
        if (opened != null) {
            opened.onChange(this::documentChanged);
        }
        documentChanged();
        selectionChanged();
    }

    private void documentChanged() {
        if (name.isDisposed()) {
            return;
        }
        boolean open = document != null;
        boolean dirty = open && document.isDirty();
        name.setText(open ? (dirty ? "*" : "") + document.composite().getName() + " — " + document.file().getFileName() : "no composite open");
        part.setDirty(dirty);
        // the workbench marks a dirty part's tab with its own star
        part.setLabel(open ? "Topology — " + document.composite().getName() : "Topology");
        toolbar.enable(Action.SAVE, dirty);
        toolbar.enable(Action.UNDO, open && document.canUndo());
        toolbar.enable(Action.REDO, open && document.canRedo());
        toolbar.tip(Action.UNDO, open && document.canUndo() ? "Undo " + document.undoLabel() + " (Ctrl+Z)" : "Undo (Ctrl+Z)");
        toolbar.tip(Action.REDO, open && document.canRedo() ? "Redo " + document.redoLabel() + " (Ctrl+Y)" : "Redo (Ctrl+Y)");
        for (Action action : List.of(Action.DELETE, Action.ZOOM_IN, Action.ZOOM_OUT, Action.FIT, Action.LAYOUT, Action.DRY_RUN,
                Action.REQUEST)) {
            toolbar.enable(action, open);
        }
        scene.preview(java.util.Map.of());
        scene.forgetRemoved();
        scheduleValidation();
        canvas.redraw();
    }

    private void run(Action action) {
        switch (action) {
            case NEW -> newComposite();
            case OPEN -> openChosen();
            case SAVE -> actions.save();
            case UNDO -> actions.undo();
            case REDO -> actions.redo();
            case DELETE -> actions.delete();
            case ZOOM_IN -> canvas.zoomIn();
            case ZOOM_OUT -> canvas.zoomOut();
            case FIT -> canvas.fit();
            case LAYOUT -> actions.layout();
            case DRY_RUN -> dryRun();
            case REQUEST -> request();
        }
    }

    private boolean mayLeave() {
        if (document == null || !document.isDirty()) {
            return true;
        }
        int answer = new MessageDialog(canvas.control().getShell(), "Unsaved changes", null, "Save the changes to "
                + document.composite().getName() + " first?", MessageDialog.QUESTION, 0, "Save", "Discard", "Cancel").open();
        if (answer == 0) {
            save();
        }
        return answer == 0 || answer == 1;
    }

    private void newComposite() {
        if (!mayLeave()) {
            return;
        }
        InputDialog ask = new InputDialog(canvas.control().getShell(), "New Composite Service", "Name of the composite service:", "",
                text -> CompositeFiles.fileName(text).isEmpty() ? "Type a name with letters or digits"
                        : Files.exists(files.file(text)) ? files.file(text).getFileName() + " exists already: open it instead" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        Path file = files.file(ask.getValue());
        TopologyDocument created = TopologyDocument.create(ask.getValue().strip(), file);
        showDocument(created);
        created.save();
        scene.viewport().reset();
        liveTree = CompositeFiles.treeName(file);
        say("Created " + file + ": drag releases from the palette onto the canvas");
    }

    private void openChosen() {
        if (!mayLeave()) {
            return;
        }
        OpenCompositeDialog dialog = new OpenCompositeDialog(canvas.control().getShell(), files);
        if (dialog.open() == Window.OK && dialog.chosen() != null) {
            open(files.open(dialog.chosen()));
        }
    }

    /** The workbench's save (of a dirty part, when the window closes) saves the composite. */
    @Persist
    public void persist() {
        save();
    }

    private void save() {
        if (document == null) {
            return;
        }
        try {
            document.save();
            say("Saved " + document.file());
        } catch (RuntimeException e) {
            MessageDialog.openError(canvas.control().getShell(), "Cannot save", e.getMessage());
        }
    }

    // --- checking, requesting, watching -------------------------------------------------------------

    private CompositeValidator validator() {
        PortCatalog catalog = scene.catalog();
        return new CompositeValidator(catalog::release);
    }

    private void scheduleValidation() {
        int asked = ++validation;
        canvas.control().getDisplay().timerExec(VALIDATE_DELAY_MS, () -> {
            if (asked != validation || canvas.control().isDisposed()) {
                return;
            }
            Markers markers = document == null ? Markers.NONE : new Markers(validator().validate(document.composite()));
            scene.markers(markers);
            problems.show(markers);
            canvas.redraw();
        });
    }

    private void readCatalog() {
        EmbeddedMaster master = master();
        Job job = Job.create("Reading the catalog for the palette", monitor -> {
            List<ReleaseDescriptor> releases = new ArrayList<>();
            master.catalog().list().forEach(entry -> master.catalog().find(entry.id()).ifPresent(releases::add));
            List<PlacementChoices.Choice> placements = PlacementChoices.of(master.fleet().nodes());
            canvas.control().getDisplay().asyncExec(() -> {
                if (canvas.control().isDisposed()) {
                    return;
                }
                properties.placements(placements);
                scene.catalog(new PortCatalog(releases));
                palette.releases(releases);
                scheduleValidation();
                canvas.redraw();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void refreshLive() {
        if (document == null || liveTree == null || requests == null) {
            return;
        }
        String tree = liveTree;
        requests.live(tree, states -> {
            if (tree.equals(liveTree) && !canvas.control().isDisposed()) {
                java.util.Map<String, org.hyperedge.ui.topology.view.LiveState> before = scene.live();
                scene.live(states);
                canvas.redraw();
                ServiceNode shown = properties.node();
                if (shown != null && !properties.hasFocus() && !sameSummary(before.get(shown.getTitle()), states.get(shown.getTitle()))) {
                    properties.show(shown, scene, canvas.edits());
                }
            }
        });
    }

    private static boolean sameSummary(org.hyperedge.ui.topology.view.LiveState a, org.hyperedge.ui.topology.view.LiveState b) {
        return a == null ? b == null : b != null && a.summary().equals(b.summary()) && java.util.Objects.equals(a.url(), b.url());
    }

    private void dryRun() {
        if (document == null) {
            return;
        }
        String tree = liveTree == null ? CompositeFiles.treeName(document.file()) : liveTree;
        say("Dry run of " + tree + "…");
        requests.dryRun(document.composite(), tree, answer -> {
            if (!answer.refusals().isEmpty()) {
                say("Dry run refused: " + String.join("; ", answer.refusals()));
                return;
            }
            scene.preview(answer.byTitle());
            canvas.redraw();
            long waiting = answer.byTitle().values().stream().filter(text -> text.startsWith("waits")).count();
            say("Dry run: " + (answer.byTitle().size() - waiting) + " of " + answer.byTitle().size() + " services would be placed now"
                    + (waiting == 0 ? "" : "; " + waiting + " would wait") + " (nothing ordered)");
        });
    }

    private void request() {
        if (document == null) {
            return;
        }
        String suggested = liveTree == null ? CompositeFiles.treeName(document.file()) : liveTree;
        InputDialog ask = new InputDialog(canvas.control().getShell(), "Request Composite Service", "Request "
                + document.composite().getName() + " as the instance tree named (again: updates it):", suggested,
                text -> text.isBlank() ? "Name the instance tree" : null) {
            @Override
            protected void createButtonsForButtonBar(Composite parent) {
                createButton(parent, IDialogConstants.OK_ID, "Request", true);
                createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
                // InputDialog fills its field here; this override must do it itself
                getText().setFocus();
                getText().setText(suggested);
                getText().selectAll();
            }
        };
        if (ask.open() != Window.OK) {
            return;
        }
        String tree = ask.getValue().strip();
        say("Requesting " + tree + "…");
        requests.request(document.composite(), tree, answer -> {
            if (!answer.refusals().isEmpty()) {
                say("Request refused: " + String.join("; ", answer.refusals()));
                MessageDialog.openError(canvas.control().getShell(), "Request refused", "Nothing was ordered:\n\n• "
                        + String.join("\n• ", answer.refusals()));
                return;
            }
            liveTree = tree;
            scene.preview(java.util.Map.of());
            say("Requested " + tree + ": " + answer.byTitle().size() + " services; their live state shows on the canvas");
            refreshLive();
        });
    }

    // --- selection and messages ---------------------------------------------------------------------

    private void selectionChanged() {
        ServiceNode single = scene.singleSelection();
        if (properties.node() != single || !properties.hasFocus()) {
            properties.show(single, scene, canvas.edits());
        }
        toolbar.enable(Action.DELETE, document != null && (!scene.selectedNodes().isEmpty() || !scene.selectedLinks().isEmpty()));
    }

    private void reveal(CompositeProblem problem) {
        if (document == null) {
            return;
        }
        List<ServiceNode> about = scene.composite().getNodes().stream()
                .filter(node -> node.getTitle() != null && node.getTitle().equals(problem.nodeTitle())).toList();
        if (problem.link() != null) {
            scene.select(List.of(), List.of(problem.link()));
        } else {
            scene.select(about, List.of());
        }
        canvas.redraw();
        selectionChanged();
        say(problem.message());
    }

    private void say(String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text);
            message.setToolTipText(text);
        }
    }

    /** Ctrl+F in the editor: the palette's filter. */
    @Override
    public boolean focusFilter() {
        return palette != null && palette.focusFilter();
    }
}
