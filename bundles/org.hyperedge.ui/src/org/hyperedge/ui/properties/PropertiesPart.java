package org.hyperedge.ui.properties;

import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceDetail;
import org.hyperedge.master.view.NodeRow;
import org.hyperedge.ui.instances.InstanceSelection;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.MasterPart;
import org.hyperedge.ui.parts.ModelChanges;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The selected instance's parameters, connection parameters (its URL copied with one click), promises and
 * state history, or the selected node's facts; read in the background when the selection changes. An instance's
 * properties are bound to its object in the master's fleet model: they are read again when the model notifies
 * a change of it (its state, health, connection parameters or promise results), whoever made the change.
 */
public class PropertiesPart extends MasterPart {

    public static final String TREE_KEY = "org.hyperedge.ui.properties.tree";
    public static final String COPY_KEY = "org.hyperedge.ui.properties.copyUrl";
    private static final int REFRESH_MS = 5_000;

    private Label heading;
    private Button copyUrl;
    private Tree tree;
    private volatile Object selected;
    /** The instance whose model object this view observes, and the observer; changed off the UI thread. */
    private org.hyperedge.model.Instance observed;
    private ModelChanges observer;
    private String url;

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        heading = new Label(bar, SWT.NONE);
        heading.setText("Nothing selected");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
        copyUrl = new Button(bar, SWT.PUSH);
        copyUrl.setText("Copy URL");
        copyUrl.setImage(ConsoleIcons.image(parent.getDisplay(), "copy"));
        copyUrl.setToolTipText("Copy the instance's connection URL to the clipboard");
        copyUrl.setData(COPY_KEY, Boolean.TRUE);
        copyUrl.setEnabled(false);
        copyUrl.addListener(SWT.Selection, event -> copy(url));
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        tree.setData(TREE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (String header : new String[] { "Property", "Value" }) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals("Property") ? 175 : 320);
        }
        tree.addListener(SWT.DefaultSelection, event -> {
            if (event.item instanceof TreeItem item && !item.getText(1).isEmpty()) {
                copy(item.getText(1));
            }
        });
        tree.setToolTipText("Double-click a value to copy it");
        // ages move, and a crash-looping service's last exit changes, between model changes too
        reloadEvery(REFRESH_MS, tree);
        tree.addDisposeListener(event -> observe(null));
    }

    @Override
    protected boolean followsMasterEvents() {
        return !(selected instanceof Long);
    }

    /** Observes the instance's model object (none: stops observing); runs off the UI thread. */
    private synchronized void observe(Long instanceId) {
        if (observed != null && instanceId != null && observed.getId() == instanceId) {
            return;
        }
        if (observed != null) {
            observer.stop();
            master().fleet().stopObserving(observed, observer);
            observed = null;
        }
        if (instanceId != null && !tree.isDisposed()) {
            ModelChanges changes = new ModelChanges(tree.getDisplay(), this::reload);
            master().fleet().observe(instanceId, changes).ifPresent(instance -> {
                observed = instance;
                observer = changes;
            });
        }
    }

    @Inject
    void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(org.hyperedge.ui.parts.ConsoleSelection.KEY) Object selection) {
        if (selection instanceof InstanceSelection instances && !instances.isEmpty()) {
            selected = instances.first().id();
        } else if (selection instanceof NodeRow node) {
            selected = node;
        } else {
            return;
        }
        if (tree != null && !tree.isDisposed()) {
            reload();
        }
    }

    @Override
    protected void reload() {
        Object asked = selected;
        if (asked == null) {
            return;
        }
        Job job = Job.create("Reading properties", monitor -> {
            observe(asked instanceof Long id ? id : null);
            Optional<InstanceDetail> detail;
            try {
                detail = asked instanceof Long id ? master().instanceDetails().find(id) : Optional.empty();
            } catch (RuntimeException e) {
                // said in the view rather than left to the platform log: stale properties would pass for current ones
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                tree.getDisplay().asyncExec(() -> {
                    if (!tree.isDisposed() && java.util.Objects.equals(asked, selected)) {
                        heading.setText("Cannot read the instance now: " + why);
                    }
                });
                return Status.OK_STATUS;
            }
            Object live = asked instanceof NodeRow node ? askNode(node) : null;
            tree.getDisplay().asyncExec(() -> {
                if (tree.isDisposed() || !java.util.Objects.equals(asked, selected)) {
                    return;
                }
                if (asked instanceof NodeRow node) {
                    show(node, live);
                } else {
                    detail.ifPresentOrElse(this::show, () -> heading.setText("The instance no longer exists"));
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(InstanceDetail detail) {
        heading.setText(detail.row().title() + "  ·  " + detail.row().releaseId() + " (" + detail.row().softwareType() + ")");
        heading.requestLayout();
        url = master().unsealer().shown(detail.row().url());
        copyUrl.setEnabled(url != null && !org.hyperedge.protocol.seal.SealedValue.SHOWN.equals(url));
        PropertyRows.fill(tree, PropertyRows.of(detail, master().unsealer()));
    }

    private void show(NodeRow node, Object live) {
        heading.setText("Node " + node.id() + "  ·  site " + node.site());
        heading.requestLayout();
        url = null;
        copyUrl.setEnabled(false);
        PropertyRows.fill(tree, PropertyRows.of(node, live));
    }

    /** The node's own account of itself, or why it could not be had. */
    private Object askNode(NodeRow node) {
        try {
            return connector().nodeInfo(node.id());
        } catch (java.io.IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    private void copy(String text) {
        if (text == null) {
            return;
        }
        Clipboard clipboard = new Clipboard(tree.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    protected Control focusControl() {
        return tree;
    }
}
