package org.hyperedge.ui.instances;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.model.RequestedState;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.ClipboardText;
import org.hyperedge.ui.parts.MenuItems;

/**
 * The menu of the instance rows (table and trees): the Instances menu's actions on the selection, with the same
 * icons and confirmations, each offered only when it changes one of the rows; plus what an operator does next with one
 * row: copy its URL, tail its log, find its node, open the composite its tree came from.
 */
final class InstanceContextMenu {

    /** The data key of each item: its action, for tests and tools. */
    static final String ACTION_KEY = "org.hyperedge.ui.instances.contextAction";
    static final String COPY_URL = "copy-url";
    static final String OPEN_LOG = "open-log";
    static final String SHOW_NODE = "show-node";
    static final String SHOW_IN_TOPOLOGY = "show-in-topology";
    static final String LOG_PART = "org.hyperedge.ui.part.log";
    static final String NODES_PART = "org.hyperedge.ui.part.nodes";

    private InstanceContextMenu() {
    }

    /** A menu for {@code control} whose items follow the part's selection each time it opens. */
    static Menu create(Control control, InstancesPart part, EPartService parts) {
        Menu menu = new Menu(control);
        Map<RequestedState, MenuItem> states = new EnumMap<>(RequestedState.class);
        for (RequestedState state : RequestedState.values()) {
            states.put(state, item(menu, InstanceActions.mnemonicVerb(state) + "…", InstanceActions.icon(state), state,
                    () -> InstanceActions.run(control.getShell(), part.master(), changing(part.current(), state), state)));
        }
        item(menu, "&Bang…", "bang", InstanceActions.BANG,
                () -> InstanceActions.bang(control.getShell(), part.master(), part.current()));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem copyUrl = item(menu, "&Copy URL", "copy", COPY_URL, () -> copyUrl(control, part));
        MenuItem openLog = item(menu, "Open &Log", "part-log", OPEN_LOG, () -> parts.showPart(LOG_PART, EPartService.PartState.ACTIVATE));
        MenuItem showNode = item(menu, "Show &Node", "part-nodes", SHOW_NODE, () -> showNode(part, parts));
        // which composite a tree came from is read off the UI thread: the item is enabled once it is known
        Map<Long, Optional<Path>> composites = new ConcurrentHashMap<>();
        MenuItem showInTopology = item(menu, "Show in &Topology", "part-topology", SHOW_IN_TOPOLOGY, () -> {
            List<InstanceRow> rows = part.current();
            if (rows.size() == 1) {
                composites.getOrDefault(rows.get(0).treeId(), Optional.empty())
                        .ifPresent(file -> part.showInTopology(file, rows.get(0).title()));
            }
        });
        menu.addListener(SWT.Show, event -> {
            List<InstanceRow> rows = part.current();
            boolean any = !rows.isEmpty();
            for (MenuItem item : menu.getItems()) {
                item.setEnabled(any);
            }
            // only what changes something: no "Start…" on rows that are all started already
            states.forEach((state, item) -> item.setEnabled(!changing(rows, state).isEmpty()));
            InstanceRow single = rows.size() == 1 ? rows.get(0) : null;
            copyUrl.setEnabled(single != null && single.url() != null && !single.url().isEmpty());
            openLog.setEnabled(single != null && single.nodeId() != null);
            showNode.setEnabled(single != null && single.nodeId() != null);
            showInTopology.setEnabled(single != null && composites.getOrDefault(single.treeId(), Optional.empty())
                    .isPresent());
            if (single != null) {
                findComposite(part, single, composites, showInTopology);
            }
        });
        return menu;
    }

    /** Looks up the composite of the row's tree in a job; enables the item, if still about that row, once found. */
    private static void findComposite(InstancesPart part, InstanceRow row,
            Map<Long, Optional<Path>> composites, MenuItem item) {
        Display display = item.getDisplay();
        Job job = Job.create("Finding the composite of "
                + row.title(), monitor -> {
                    Optional<Path> file = TreeComposites.of(part.master(), row.treeId());
                    composites.put(row.treeId(), file);
                    display.asyncExec(() -> {
                        List<InstanceRow> now = part.current();
                        if (!item.isDisposed() && now.size() == 1 && now.get(0).treeId() == row.treeId()) {
                            item.setEnabled(file.isPresent());
                        }
                    });
                    return Status.OK_STATUS;
                });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * The rows that asking for {@code state} changes: not those requested in that state already, and never a destroyed
     * one (destroyed is final).
     */
    static List<InstanceRow> changing(List<InstanceRow> rows, RequestedState state) {
        return rows.stream().filter(row -> !state.getLiteral().equals(row.requestedState())
                && !RequestedState.DESTROYED.getLiteral().equals(row.requestedState())).toList();
    }

    private static MenuItem item(Menu menu, String label, String icon, Object action, Runnable run) {
        return MenuItems.push(menu, label, icon, ACTION_KEY, action, run);
    }

    /** The connection URL as its reader may see it: opened with the operator key, or "(sealed)". */
    private static void copyUrl(Control control, InstancesPart part) {
        List<InstanceRow> rows = part.current();
        if (rows.size() != 1 || rows.get(0).url() == null) {
            return;
        }
        ClipboardText.put(control.getDisplay(), part.master().unsealer().shown(rows.get(0).url()));
    }

    private static void showNode(InstancesPart part, EPartService parts) {
        List<InstanceRow> rows = part.current();
        if (rows.size() != 1 || rows.get(0).nodeId() == null) {
            return;
        }
        MPart nodes = parts.showPart(NODES_PART, EPartService.PartState.ACTIVATE);
        if (nodes != null && nodes.getObject() instanceof NodesPart view) {
            view.reveal(rows.get(0).nodeId());
        }
    }
}
