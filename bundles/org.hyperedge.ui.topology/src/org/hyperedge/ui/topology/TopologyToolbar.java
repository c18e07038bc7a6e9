package org.hyperedge.ui.topology;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.ui.parts.ConsoleIcons;

/**
 * The editor's tool bar: file, edit, view and request actions as icons with tool tips, each item tagged with its
 * action for tests.
 */
final class TopologyToolbar {

    static final String ACTION_KEY = "org.hyperedge.ui.topology.action";

    enum Action {
        NEW("new", "New composite service in the workspace"),
        OPEN("open", "Open a composite service of the workspace, or an example"),
        SAVE("save", "Save the composite (Ctrl+S)"),
        UNDO("undo", "Undo (Ctrl+Z)"),
        REDO("redo", "Redo (Ctrl+Y)"),
        DELETE("delete", "Delete the selection (Delete)"),
        ZOOM_IN("zoom-in", "Zoom in (+, mouse wheel)"),
        ZOOM_OUT("zoom-out", "Zoom out (−, mouse wheel)"),
        FIT("fit", "Fit the composite to the window (0)"),
        LAYOUT("layout", "Lay the services out in link order (Ctrl+L)"),
        DRY_RUN("dry-run", "Dry run: preview where each service would be placed, without ordering anything"),
        REQUEST("request", "Request the composite as one instance tree, then watch it live");

        /** The icon of {@link ConsoleIcons}: the tool bar shows it with the tip instead of a word. */
        final String icon;
        final String tip;

        Action(String icon, String tip) {
            this.icon = icon;
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
            item.setImage(ConsoleIcons.image(parent.getDisplay(), action.icon));
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
