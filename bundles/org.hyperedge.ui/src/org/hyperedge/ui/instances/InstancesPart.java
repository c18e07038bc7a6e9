package org.hyperedge.ui.instances;

import java.util.List;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.view.InstanceQuery;
import org.hyperedge.master.view.InstanceQuery.StateFilter;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.parts.FilteredView;
import org.hyperedge.ui.parts.MasterPart;
import org.hyperedge.ui.parts.ModelChanges;

import jakarta.inject.Inject;

/**
 * The Instances view: a dense, sortable table of every instance with a text and state filter, and the
 * same instances as trees; bound to the master's fleet model, whose notifications bring every change in
 * (a node's report, this console's action, a command line's on the same database), repainted every few
 * seconds as report ages move; the selection is what bulk actions and the Properties and Log views work on.
 */
public class InstancesPart extends MasterPart implements FilteredView {

    public static final String FILTER_KEY = "org.hyperedge.ui.instances.filter";
    public static final String STATE_KEY = "org.hyperedge.ui.instances.state";
    public static final String COUNT_KEY = "org.hyperedge.ui.instances.count";
    public static final String TABLE_KEY = "org.hyperedge.ui.instances.table";
    /** Report ages move even when nothing is reported: the rows in view are painted again this often. */
    static final int AGE_REFRESH_MS = 5_000;
    /** Typing is let to settle this long before the filter runs. */
    static final int FILTER_DELAY_MS = 120;

    @Inject
    MApplication application;
    @Inject
    UISynchronize ui;
    @Inject
    EPartService parts;
    @Inject
    org.eclipse.e4.ui.model.application.ui.basic.MWindow window;
    @Inject
    org.eclipse.e4.ui.workbench.modeling.EModelService models;

    private InstanceTable table;
    private InstanceTrees trees;
    private Text filter;
    private Combo state;
    private Label count;
    private TabFolder tabs;
    private int total = -1;
    private final Runnable applyFilter = () -> applyFilter(null);
    private ModelChanges observer;

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter by title, release, type or node  (Ctrl+F)");
        filter.setData(FILTER_KEY, Boolean.TRUE);
        // on a narrow view the filter keeps room to type in; the count and the actions are what shrinks out of sight
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).minSize(140, SWT.DEFAULT).applyTo(filter);
        state = new Combo(bar, SWT.READ_ONLY);
        for (StateFilter option : StateFilter.values()) {
            state.add(option.label());
        }
        state.select(0);
        state.setData(STATE_KEY, Boolean.TRUE);
        count = new Label(bar, SWT.NONE);
        count.setData(COUNT_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(count);
        InstanceActions.createBar(bar, this);

        tabs = new TabFolder(parent, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        ReleaseLabels releases = new ReleaseLabels(master.catalogModel());
        table = new InstanceTable(tabs, master.fleet(), master::unsealer, releases);
        table.mark(TABLE_KEY);
        TabItem tableTab = new TabItem(tabs, SWT.NONE);
        tableTab.setText("Table");
        tableTab.setControl(table.holder());
        trees = new InstanceTrees(tabs, master.instances(), releases);
        TabItem treeTab = new TabItem(tabs, SWT.NONE);
        treeTab.setText("Trees");
        treeTab.setControl(trees.control());
        tabs.addListener(SWT.Selection, event -> {
            if (tabs.getSelectionIndex() == 1) {
                trees.refresh();
            }
            select(current());
        });

        org.eclipse.swt.widgets.Menu rowMenu = InstanceContextMenu.create(tabs, this, parts);
        table.setMenu(rowMenu);
        trees.control().setMenu(rowMenu);
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(trees.control());

        table.onCount(shown -> {
            total = shown;
            String text = String.format(shown == 1 ? "%,d instance" : "%,d instances", shown);
            if (!text.equals(count.getText())) {
                count.setText(text);
                count.requestLayout(); // its width is its text's
            }
        });
        table.onSelection(this::select);
        trees.onSelection(this::select);
        filter.addListener(SWT.Modify, event -> {
            filter.getDisplay().timerExec(-1, applyFilter);
            filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
        });
        state.addListener(SWT.Selection, event -> applyFilter(null));
        observer = new ModelChanges(tabs.getDisplay(), this::modelChanged);
        master.fleet().observe(observer);
        tabs.addDisposeListener(event -> {
            observer.stop();
            master.fleet().stopObserving(observer);
        });
        whileShown(AGE_REFRESH_MS, tabs, table::repaint);
    }

    /** The fleet model changed: the query runs again on it, and the trees, when shown, are read again. */
    private void modelChanged() {
        if (tabs.isDisposed()) {
            return;
        }
        table.setQuery(table.query(), null);
        if (tabs.getSelectionIndex() == 1) {
            trees.refreshInPlace();
        }
    }

    @Override
    protected boolean followsMasterEvents() {
        return false;
    }

    /** Runs the filter now; {@code whenShown} runs once the filtered rows are in the table (for the benchmark). */
    public void applyFilter(Runnable whenShown) {
        InstanceQuery query = table.query().withText(filter.getText())
                .withState(StateFilter.values()[Math.max(0, state.getSelectionIndex())]);
        table.setQuery(query, whenShown);
    }

    /** Reads the rows in view again; {@code whenShown} runs once they are in the table. */
    public void refresh(Runnable whenShown) {
        if (table != null) {
            table.refresh(whenShown);
        }
    }

    /** Shows the model as it is (the first time, once it is read); the model's notifications do the rest. */
    @Override
    protected void reload() {
        table.setQuery(table.query(), null);
        if (tabs.getSelectionIndex() == 1) {
            trees.refreshInPlace();
        }
    }

    /** Design perspective, the topology editor, and in it the composite of {@code file} with service {@code title} selected. */
    void showInTopology(java.nio.file.Path file, String title) {
        org.hyperedge.ui.handlers.SwitchPerspectiveHandler.switchTo(org.hyperedge.ui.parts.CompositeEditor.PERSPECTIVE_ID,
                window, models, parts);
        org.eclipse.e4.ui.model.application.ui.basic.MPart editor = parts.showPart(
                org.hyperedge.ui.parts.CompositeEditor.PART_ID, EPartService.PartState.ACTIVATE);
        if (editor != null && editor.getObject() instanceof org.hyperedge.ui.parts.CompositeEditor composites) {
            composites.open(file, title);
        }
    }

    List<InstanceRow> current() {
        return tabs.getSelectionIndex() == 1 ? trees.selection() : table.selection();
    }

    private void select(List<InstanceRow> rows) {
        org.hyperedge.ui.parts.ConsoleSelection.set(application, new InstanceSelection(rows));
    }

    /** How many instances match the filter, once the first read is done; -1 before. */
    public int shownCount() {
        return total;
    }

    /** Sets the filter text without waiting for the typing delay (the benchmark times the filter alone). */
    public void setFilterText(String text) {
        filter.setText(text);
        filter.getDisplay().timerExec(-1, applyFilter);
    }

    public org.eclipse.swt.widgets.Table tableControl() {
        return table.control();
    }

    @Override
    public boolean focusFilter() {
        if (filter == null || filter.isDisposed()) {
            return false;
        }
        filter.setFocus();
        filter.selectAll();
        return true;
    }

    @Override
    protected Control focusControl() {
        return table == null ? null : table.control();
    }
}
