package org.hyperedge.ui.instances;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.master.fleet.FleetModel;
import org.hyperedge.master.view.InstanceIndex;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.RowIcons;
import org.hyperedge.ui.theme.Palette;

/**
 * The dense instance table: a virtual SWT table (items are made only for the rows scrolled into view) over
 * the fleet model's in-memory instance index. A filter, sort or model change runs the query on the index in
 * the background and swaps the result in at once, so the table never blanks and the UI thread never waits.
 */
final class InstanceTable {

    static final String LOADING = "…";

    /**
     * Shrinking a GTK virtual table removes its surplus rows one by one (100,000 of them take most of a
     * second); above this many rows, a much shorter result gets a fresh table instead.
     */
    static final int REBUILD_ABOVE = 5_000;

    private final Composite holder;
    private Table table;
    private final FleetModel fleet;
    /** Sealed URLs show opened with the console's operator key, or as sealed; only the rows in view are opened. */
    private final java.util.function.Supplier<org.hyperedge.protocol.seal.Unsealer> unsealer;
    private final List<Consumer<List<InstanceRow>>> selectionListeners = new ArrayList<>();
    private String dataKey;
    private org.eclipse.swt.widgets.Menu menu;
    private List<InstanceRow> view = List.of();
    private long epoch;
    private InstanceQuery query = InstanceQuery.all();
    private IntConsumer countListener = count -> {
    };
    private boolean refreshing;
    private boolean refreshAgain;
    /** Whether a result was shown and counted yet: the first one is, even when empty. */
    private boolean counted;

    private final ReleaseLabels releases;

    InstanceTable(Composite parent, FleetModel fleet, java.util.function.Supplier<org.hyperedge.protocol.seal.Unsealer> unsealer,
            ReleaseLabels releases) {
        this.fleet = fleet;
        this.releases = releases;
        this.unsealer = unsealer;
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new org.eclipse.swt.layout.FillLayout());
        table = createTable(null);
    }

    /** A new table with the columns (widths, order and sort of {@code previous} when given). */
    private Table createTable(Table previous) {
        Table created = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        created.setHeaderVisible(true);
        created.setLinesVisible(true);
        for (InstanceColumn column : InstanceColumn.values()) {
            TableColumn header = new TableColumn(created, SWT.LEFT);
            header.setText(column.header);
            header.setWidth(previous == null ? column.width : previous.getColumn(column.ordinal()).getWidth());
            header.setMoveable(true);
            header.setData(column);
            header.addListener(SWT.Selection, event -> sortBy(header));
        }
        if (previous == null) {
            created.setSortColumn(created.getColumn(0));
            created.setSortDirection(SWT.UP);
        } else {
            created.setColumnOrder(previous.getColumnOrder());
            created.setSortColumn(created.getColumn(previous.indexOf(previous.getSortColumn())));
            created.setSortDirection(previous.getSortDirection());
        }
        created.addListener(SWT.SetData, this::fill);
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(created);
        created.addListener(SWT.Selection, event -> selectionListeners.forEach(listener -> listener.accept(selection())));
        if (dataKey != null) {
            created.setData(dataKey, Boolean.TRUE);
        }
        if (menu != null) {
            created.setMenu(menu);
        }
        return created;
    }

    /** What the tab shows: the current table's holder. */
    Composite holder() {
        return holder;
    }

    /** The current table (a new one after a filter much shorter than a large result). */
    Table control() {
        return table;
    }

    /** Marks every table this view makes, so tests and tools can find the current one. */
    void mark(String key) {
        dataKey = key;
        table.setData(key, Boolean.TRUE);
    }

    /** The rows' context menu, on this table and on every table made after a filter. */
    void setMenu(org.eclipse.swt.widgets.Menu rowMenu) {
        menu = rowMenu;
        table.setMenu(rowMenu);
    }

    InstanceQuery query() {
        return query;
    }

    void onCount(IntConsumer listener) {
        this.countListener = listener;
    }

    /** Shows the rows of another filter or sort, or of the model after it changed; nothing is read from the master. */
    void setQuery(InstanceQuery newQuery, Runnable whenShown) {
        this.query = newQuery;
        refreshing = false;
        run(whenShown, false);
    }

    /**
     * Brings the fleet model up to date from the master now and runs the query in the background, then shows
     * the result at once; a refresh asked for while one runs is done once after it.
     */
    void refresh(Runnable whenShown) {
        run(whenShown, true);
    }

    private void run(Runnable whenShown, boolean readChanges) {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        long asked = ++epoch;
        InstanceQuery query = this.query;
        Job job = Job.create("Reading instances", monitor -> {
            if (readChanges || !fleet.loaded()) {
                fleet.refresh();
            }
            InstanceIndex.View matched = fleet.query(query);
            table.getDisplay().asyncExec(() -> show(asked, matched, whenShown));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(long asked, InstanceIndex.View matched, Runnable whenShown) {
        if (table.isDisposed() || asked != epoch) {
            return;
        }
        refreshing = false;
        List<InstanceRow> previous = view;
        view = matched;
        if (sameInstances(previous, matched)) {
            updateInPlace(previous, matched);
        } else {
            showAnew(matched);
        }
        if (whenShown != null) {
            whenShown.run();
        }
        if (refreshAgain) {
            refreshAgain = false;
            refresh(null);
        }
    }

    /**
     * Whether the table already lists the same instances in the same order (a model change that moved a state or an
     * age, not the rows): then only the rows that differ are said again. Above {@link #REBUILD_ABOVE} rows, comparing
     * costs more than clearing, which fills only the rows in view.
     */
    private boolean sameInstances(List<InstanceRow> previous, List<InstanceRow> matched) {
        if (!counted || previous.size() != matched.size() || matched.size() > REBUILD_ABOVE
                || table.getItemCount() != matched.size()) {
            return false;
        }
        for (int index = 0; index < matched.size(); index++) {
            if (previous.get(index).id() != matched.get(index).id()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Says again only what changed: a row in view has its differing cells set, a row out of view is cleared, to be
     * filled when scrolled to. Clearing every row had GTK fill, lay out and draw the whole table whenever a node was
     * heard, every few seconds in an idle console.
     */
    private void updateInPlace(List<InstanceRow> previous, List<InstanceRow> matched) {
        int first = table.getTopIndex();
        int last = lastInView(first);
        Instant now = Instant.now();
        for (int index = 0; index < matched.size(); index++) {
            InstanceRow row = matched.get(index);
            if (row.equals(previous.get(index))) {
                continue;
            }
            if (index >= first && index <= last) {
                fill(table.getItem(index), row, now);
            } else {
                table.clear(index);
            }
        }
    }

    /** The index of the last row in view (perhaps partly) when {@code first} is the top one; may be past the end. */
    private int lastInView(int first) {
        return first + table.getClientArea().height / Math.max(1, table.getItemHeight()) + 1;
    }

    private void showAnew(List<InstanceRow> matched) {
        if (table.getItemCount() > REBUILD_ABOVE && matched.size() < table.getItemCount() / 4) {
            Table previous = table;
            table = createTable(previous);
            previous.setVisible(false);
            holder.layout(true);
            // releasing the old rows takes GTK a moment: after the new ones are on screen, not before
            table.getDisplay().asyncExec(previous::dispose);
        }
        table.setItemCount(matched.size());
        table.clearAll();
        countListener.accept(matched.size());
        counted = true;
    }

    /**
     * Says the report ages of the rows in view again, without reading anything: only the cells whose text changed
     * are set. Clearing every row instead had GTK fill, lay out and draw the whole table every few seconds in an
     * idle console.
     */
    void repaint() {
        if (table.isDisposed()) {
            return;
        }
        Instant now = Instant.now();
        int column = InstanceColumn.LAST_REPORT.ordinal();
        int first = table.getTopIndex();
        int last = Math.min(lastInView(first), Math.min(view.size(), table.getItemCount()) - 1);
        for (int index = first; index <= last; index++) {
            TableItem item = table.getItem(index);
            String age = InstanceColumn.LAST_REPORT.text(view.get(index), now);
            if (!age.equals(item.getText(column))) {
                item.setText(column, age);
            }
        }
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        if (index >= view.size()) {
            return;
        }
        fill(item, view.get(index), Instant.now());
    }

    /** Sets the item's cells to the row's; a cell already saying the same is left alone (GTK would draw it again). */
    private void fill(TableItem item, InstanceRow row, Instant now) {
        for (InstanceColumn column : InstanceColumn.values()) {
            String text = column.text(row, now);
            String shown = column == InstanceColumn.URL ? unsealer.get().shown(text)
                    : column == InstanceColumn.RELEASE ? releases.of(text) : text;
            if (!shown.equals(item.getText(column.ordinal()))) {
                item.setText(column.ordinal(), shown);
            }
        }
        image(item, InstanceColumn.TITLE.ordinal(), ConsoleIcons.image(item.getDisplay(), RowIcons.instance(row)));
        String sealed = RowIcons.value(row.url());
        image(item, InstanceColumn.URL.ordinal(), sealed == null ? null : ConsoleIcons.image(item.getDisplay(), sealed));
        item.setData(row);
        String health = InstanceColumn.health(row);
        Palette palette = Palette.of(item.getParent());
        foreground(item, InstanceColumn.HEALTH.ordinal(), "ok".equals(health) ? null
                : "—".equals(health) ? palette.muted() : palette.alarm());
        foreground(item, InstanceColumn.NODE.ordinal(), row.nodeId() == null ? palette.muted() : null);
    }

    private static void image(TableItem item, int column, org.eclipse.swt.graphics.Image image) {
        if (item.getImage(column) != image) {
            item.setImage(column, image);
        }
    }

    /** Null: the table's own colour (which {@link TableItem#getForeground(int)} then answers). */
    private static void foreground(TableItem item, int column, org.eclipse.swt.graphics.Color color) {
        if (!item.getForeground(column).equals(color == null ? item.getParent().getForeground() : color)) {
            item.setForeground(column, color);
        }
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
            if (index < view.size()) {
                selected.add(view.get(index));
            }
        }
        return selected;
    }

    void onSelection(Consumer<List<InstanceRow>> listener) {
        selectionListeners.add(listener);
    }
}
