package org.hyperedge.ui.instances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.RowIcons;

/**
 * The instance trees: each root and the instances it requested, level by level. A virtual SWT tree:
 * roots are read a block at a time and children when their parent is shown, always in the background.
 */
final class InstanceTrees {

    private static final InstanceColumn[] COLUMNS = { InstanceColumn.TITLE, InstanceColumn.RELEASE,
            InstanceColumn.NODE, InstanceColumn.REPORTED, InstanceColumn.HEALTH, InstanceColumn.LAST_REPORT,
            InstanceColumn.URL };

    private final Tree tree;
    private final InstanceListing listing;
    private final RowBlocks<InstanceRow> roots = new RowBlocks<>();
    private final Map<Long, List<InstanceRow>> children = new HashMap<>();
    private final Map<Long, Integer> childCounts = new HashMap<>();
    private final Set<Long> loadingChildren = new HashSet<>();

    private final ReleaseLabels releases;

    InstanceTrees(Composite parent, InstanceListing listing, ReleaseLabels releases) {
        this.listing = listing;
        this.releases = releases;
        tree = new Tree(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        tree.setHeaderVisible(true);
        for (InstanceColumn column : COLUMNS) {
            TreeColumn header = new TreeColumn(tree, SWT.LEFT);
            header.setText(column.header);
            header.setWidth(column == InstanceColumn.TITLE ? 240 : column.width);
        }
        tree.addListener(SWT.SetData, this::fill);
    }

    Tree control() {
        return tree;
    }

    void refresh() {
        long epoch = roots.nextEpoch();
        Job job = Job.create("Reading instance trees", monitor -> {
            int count = listing.rootCount();
            List<InstanceRow> first = listing.roots(0, RowBlocks.BLOCK);
            Map<Long, Integer> counts = listing.childCounts(first.stream().map(InstanceRow::id).toList());
            tree.getDisplay().asyncExec(() -> {
                if (tree.isDisposed() || !roots.replace(epoch, Map.of(0, first))) {
                    return;
                }
                children.clear();
                loadingChildren.clear();
                childCounts.clear();
                childCounts.putAll(counts);
                tree.setItemCount(count);
                tree.clearAll(true);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Reads again what is shown (the root blocks fetched and the children of every parent opened) and
     * repaints, keeping what the operator expanded: the live refresh.
     */
    void refreshInPlace() {
        long epoch = roots.epoch();
        java.util.Set<Integer> blocks = roots.loaded();
        List<Long> parents = new ArrayList<>(children.keySet());
        background("Reading instance trees", () -> {
            int count = listing.rootCount();
            Map<Integer, List<InstanceRow>> rootRows = new HashMap<>();
            for (int block : blocks) {
                rootRows.put(block, listing.roots(block * RowBlocks.BLOCK, RowBlocks.BLOCK));
            }
            Map<Long, List<InstanceRow>> childRows = new HashMap<>();
            for (long parent : parents) {
                childRows.put(parent, listing.children(parent));
            }
            List<Long> shown = new ArrayList<>();
            rootRows.values().forEach(rows -> rows.forEach(row -> shown.add(row.id())));
            childRows.values().forEach(rows -> rows.forEach(row -> shown.add(row.id())));
            Map<Long, Integer> counts = listing.childCounts(shown);
            tree.getDisplay().asyncExec(() -> {
                if (tree.isDisposed() || !roots.replace(epoch, rootRows)) {
                    return;
                }
                children.clear();
                children.putAll(childRows);
                loadingChildren.clear();
                childCounts.clear();
                childCounts.putAll(counts);
                tree.setItemCount(count);
                tree.clearAll(true);
            });
        });
    }

    private void fill(Event event) {
        TreeItem item = (TreeItem) event.item;
        TreeItem parent = item.getParentItem();
        InstanceRow row;
        if (parent == null) {
            int index = tree.indexOf(item);
            row = roots.get(index);
            if (row == null) {
                item.setText(0, InstanceTable.LOADING);
                fetchRoots(index / RowBlocks.BLOCK);
                return;
            }
        } else {
            InstanceRow parentRow = (InstanceRow) parent.getData();
            List<InstanceRow> siblings = parentRow == null ? null : children.get(parentRow.id());
            int index = parent.indexOf(item);
            if (siblings == null || index >= siblings.size()) {
                item.setText(0, InstanceTable.LOADING);
                if (parentRow != null) {
                    fetchChildren(parent, parentRow.id());
                }
                return;
            }
            row = siblings.get(index);
        }
        Instant now = Instant.now();
        for (int i = 0; i < COLUMNS.length; i++) {
            String text = COLUMNS[i].text(row, now);
            item.setText(i, COLUMNS[i] == InstanceColumn.RELEASE ? releases.of(text) : text);
        }
        item.setImage(0, ConsoleIcons.image(item.getDisplay(), RowIcons.instance(row)));
        item.setData(row);
        item.setItemCount(childCounts.getOrDefault(row.id(), 0));
    }

    private void fetchRoots(int block) {
        if (!roots.claim(block)) {
            return;
        }
        long epoch = roots.epoch();
        background("Reading instance trees", () -> {
            List<InstanceRow> page = listing.roots(block * RowBlocks.BLOCK, RowBlocks.BLOCK);
            Map<Long, Integer> counts = listing.childCounts(page.stream().map(InstanceRow::id).toList());
            tree.getDisplay().asyncExec(() -> {
                if (tree.isDisposed() || epoch != roots.epoch()) {
                    return;
                }
                childCounts.putAll(counts);
                roots.put(epoch, block, page);
                tree.clearAll(false);
            });
        });
    }

    private void fetchChildren(TreeItem parent, long parentId) {
        if (!loadingChildren.add(parentId)) {
            return;
        }
        long epoch = roots.epoch();
        background("Reading instances", () -> {
            List<InstanceRow> rows = listing.children(parentId);
            Map<Long, Integer> counts = listing.childCounts(rows.stream().map(InstanceRow::id).toList());
            tree.getDisplay().asyncExec(() -> {
                if (tree.isDisposed() || parent.isDisposed() || epoch != roots.epoch()) {
                    return;
                }
                childCounts.putAll(counts);
                children.put(parentId, new ArrayList<>(rows));
                parent.setItemCount(rows.size());
                parent.clearAll(false);
            });
        });
    }

    private static void background(String name, Runnable work) {
        Job job = Job.create(name, monitor -> {
            work.run();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    List<InstanceRow> selection() {
        List<InstanceRow> selected = new ArrayList<>();
        for (TreeItem item : tree.getSelection()) {
            if (item.getData() instanceof InstanceRow row) {
                selected.add(row);
            }
        }
        return selected;
    }

    void onSelection(Consumer<List<InstanceRow>> listener) {
        tree.addListener(SWT.Selection, event -> listener.accept(selection()));
    }
}
