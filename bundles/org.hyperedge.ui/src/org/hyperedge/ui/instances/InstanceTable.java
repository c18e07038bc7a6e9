package org.hyperedge.ui.instances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.master.view.InstanceListing;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceRow;

/**
 * The dense instance table: a virtual SWT table whose rows are read from the master a block at a time in
 * the background as they scroll into view; a filter, sort or refresh reads the count and the visible blocks
 * first and swaps them in at once, so the table never blanks and the UI thread never waits on the database.
 */
final class InstanceTable {

    static final String LOADING = "…";

    private final Table table;
    private final InstanceListing listing;
    private final RowBlocks<InstanceRow> rows = new RowBlocks<>();
    private final Color failing;
    private final Color quiet;
    private InstanceQuery query = InstanceQuery.all();
    private IntConsumer countListener = count -> {
    };
    private boolean refreshing;
    private boolean refreshAgain;

    InstanceTable(Composite parent, InstanceListing listing) {
        this.listing = listing;
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        failing = parent.getDisplay().getSystemColor(SWT.COLOR_RED);
        quiet = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
        for (InstanceColumn column : InstanceColumn.values()) {
            TableColumn header = new TableColumn(table, SWT.LEFT);
            header.setText(column.header);
            header.setWidth(column.width);
            header.setMoveable(true);
            header.setData(column);
            header.addListener(SWT.Selection, event -> sortBy(header));
        }
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.SetData, this::fill);
    }

    Table control() {
        return table;
    }

    InstanceQuery query() {
        return query;
    }

    void onCount(IntConsumer listener) {
        this.countListener = listener;
    }

    void setQuery(InstanceQuery newQuery, Runnable whenShown) {
        this.query = newQuery;
        rows.nextEpoch();
        refreshing = false;
        refresh(whenShown);
    }

    /**
     * Reads the count and the blocks in view again, then shows them; a refresh asked for while one runs
     * is done once after it.
     */
    void refresh(Runnable whenShown) {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        long epoch = rows.nextEpoch();
        InstanceQuery asked = query;
        TreeSet<Integer> visible = visibleBlocks();
        Job job = Job.create("Reading instances", monitor -> {
            int count = listing.count(asked);
            Map<Integer, List<InstanceRow>> fresh = new HashMap<>();
            for (int block : visible) {
                if (block * RowBlocks.BLOCK < count) {
                    fresh.put(block, listing.page(asked, block * RowBlocks.BLOCK, RowBlocks.BLOCK));
                }
            }
            table.getDisplay().asyncExec(() -> show(epoch, count, fresh, whenShown));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(long epoch, int count, Map<Integer, List<InstanceRow>> fresh, Runnable whenShown) {
        if (table.isDisposed() || !rows.replace(epoch, fresh)) {
            return;
        }
        refreshing = false;
        table.setItemCount(count);
        table.clearAll();
        countListener.accept(count);
        if (whenShown != null) {
            whenShown.run();
        }
        if (refreshAgain) {
            refreshAgain = false;
            refresh(null);
        }
    }

    private TreeSet<Integer> visibleBlocks() {
        TreeSet<Integer> blocks = new TreeSet<>();
        int top = table.getTopIndex();
        int height = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        blocks.add(top / RowBlocks.BLOCK);
        blocks.add((top + height) / RowBlocks.BLOCK);
        return blocks;
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        InstanceRow row = rows.get(index);
        if (row == null) {
            item.setText(0, LOADING);
            fetch(index / RowBlocks.BLOCK);
            return;
        }
        Instant now = Instant.now();
        for (InstanceColumn column : InstanceColumn.values()) {
            item.setText(column.ordinal(), column.text(row, now));
        }
        item.setData(row);
        String health = InstanceColumn.health(row);
        item.setForeground(InstanceColumn.HEALTH.ordinal(), "ok".equals(health) ? null
                : "—".equals(health) ? quiet : failing);
        item.setForeground(InstanceColumn.NODE.ordinal(), row.nodeId() == null ? quiet : null);
    }

    private void fetch(int block) {
        if (!rows.claim(block)) {
            return;
        }
        long epoch = rows.epoch();
        InstanceQuery asked = query;
        Job job = Job.create("Reading instances", monitor -> {
            List<InstanceRow> page = listing.page(asked, block * RowBlocks.BLOCK, RowBlocks.BLOCK);
            table.getDisplay().asyncExec(() -> {
                if (table.isDisposed() || epoch != rows.epoch()) {
                    return;
                }
                rows.put(epoch, block, page);
                int from = block * RowBlocks.BLOCK;
                int to = Math.min(table.getItemCount(), from + page.size()) - 1;
                if (to >= from) {
                    table.clear(from, to);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void sortBy(TableColumn header) {
        InstanceColumn column = (InstanceColumn) header.getData();
        boolean ascending = table.getSortColumn() != header || table.getSortDirection() != SWT.UP;
        table.setSortColumn(header);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        setQuery(query.sortedBy(column.sort, ascending), null);
    }

    /** The selected rows that have been read (a row still loading cannot be acted on). */
    List<InstanceRow> selection() {
        List<InstanceRow> selected = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            InstanceRow row = rows.get(index);
            if (row != null) {
                selected.add(row);
            }
        }
        return selected;
    }

    void onSelection(Consumer<List<InstanceRow>> listener) {
        table.addListener(SWT.Selection, event -> listener.accept(selection()));
    }
}
