package org.hyperedge.ui.topology;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The editor's tool bar: file, edit, view and request actions, each item tagged with its action for tests. */
final class TopologyToolbar {

    static final String ACTION_KEY = "org.hyperedge.ui.topology.action";

    enum Action {
        NEW("New…", "A new composite service in the workspace"),
        OPEN("Open…", "Open a composite service of the workspace, or an example"),
        SAVE("Save", "Save the composite (Ctrl+S)"),
        UNDO("Undo", "Undo (Ctrl+Z)"),
        REDO("Redo", "Redo (Ctrl+Y)"),
        DELETE("Delete", "Delete the selection (Delete)"),
        ZOOM_IN("Zoom In", "Zoom in (+, mouse wheel)"),
        ZOOM_OUT("Zoom Out", "Zoom out (−, mouse wheel)"),
        FIT("Fit", "Fit the composite to the window (0)"),
        LAYOUT("Layout", "Lay the services out in link order (Ctrl+L)"),
        DRY_RUN("Dry Run", "Preview where each service would be placed, without ordering anything"),
        REQUEST("Request…", "Request the composite as one instance tree, then watch it live");

        final String label;
        final String tip;

        Action(String label, String tip) {
            this.label = label;
            this.tip = tip;
        }
    }

    private final ToolBar bar;
    private final Map<Action, ToolItem> items = new LinkedHashMap<>();

    TopologyToolbar(Composite parent, java.util.function.Consumer<Action> run) {
        bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        for (Action action : Action.values()) {
            if (action == Action.UNDO || action == Action.DELETE || action == Action.ZOOM_IN || action == Action.DRY_RUN) {
                new ToolItem(bar, SWT.SEPARATOR);
            }
            ToolItem item = new ToolItem(bar, SWT.PUSH);
            item.setText(action.label);
            item.setToolTipText(action.tip);
            item.setData(ACTION_KEY, action);
            item.addListener(SWT.Selection, e -> run.accept(action));
            items.put(action, item);
        }
    }

    ToolBar control() {
        return bar;
    }

    void enable(Action action, boolean enabled) {
        ToolItem item = items.get(action);
        if (!item.isDisposed() && item.getEnabled() != enabled) {
            item.setEnabled(enabled);
        }
    }

    void tip(Action action, String tip) {
        items.get(action).setToolTipText(tip);
    }
}
