package org.hyperedge.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.parts.FilteredView;
import org.hyperedge.ui.parts.MasterPart;
import org.hyperedge.ui.parts.ModelChanges;

/**
 * The catalog: every release and its software types, filtered as you type, with the selected type's
 * description and parameter documentation, and "Request…" from any type (a double-click does the same).
 * Bound to the master's catalog model: a release imported or replaced, here or by a command line on the same
 * master, shows when the model notifies it.
 */
public class CatalogPart extends MasterPart implements FilteredView {

    public static final String FILTER_KEY = "org.hyperedge.ui.catalog.filter";
    public static final String TREE_KEY = "org.hyperedge.ui.catalog.tree";
    public static final String REQUEST_KEY = "org.hyperedge.ui.catalog.request";
    public static final String UPDATE_KEY = "org.hyperedge.ui.catalog.update";
    public static final String UPDATE_STATUS_KEY = "org.hyperedge.ui.catalog.update.status";

    private Text filter;
    private Tree tree;
    private Label description;
    private Table parameters;
    private Button request;
    private List<ReleaseDescriptor> releases = List.of();
    private Map<String, String> origins = Map.of();
    private Button update;
    private Label updateStatus;

    /** A software type of a release: what a tree row below a release stands for. */
    public record TypeChoice(ReleaseDescriptor release, String type) {
    }

    @Override
    protected void createContent(Composite parent, EmbeddedMaster master) {
        Composite filterRow = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filterRow);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 2).applyTo(filterRow);
        filter = new Text(filterRow, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter releases and software types");
        filter.setData(FILTER_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        update = new Button(filterRow, SWT.PUSH);
        update.setImage(org.hyperedge.ui.parts.ConsoleIcons.image(parent.getDisplay(), "refresh"));
        update.setText("Update from Sources");
        update.setToolTipText("Bring new releases and versions from the signed catalogs this master subscribes to "
                + "(./hyperedge catalog add-source)");
        update.setData(UPDATE_KEY, Boolean.TRUE);
        update.addListener(SWT.Selection, event -> updateFromSources());
        updateStatus = new Label(parent, SWT.WRAP);
        updateStatus.setData(UPDATE_STATUS_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(updateStatus);
        updateStatus.setVisible(false);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new Tree(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setData(TREE_KEY, Boolean.TRUE);
        Composite details = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(details);
        description = new Label(details, SWT.WRAP);
        description.setText("Select a software type to read its parameters.");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
        parameters = new Table(details, SWT.BORDER | SWT.FULL_SELECTION);
        parameters.setHeaderVisible(true);
        parameters.setLinesVisible(true);
        for (String header : ParameterDocs.HEADERS) {
            TableColumn column = new TableColumn(parameters, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals("Description") ? 260 : 90);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(parameters);
        request = new Button(details, SWT.PUSH);
        request.setText("Request…");
        request.setToolTipText("Request an instance of the selected software type (Ctrl+R)");
        request.setData(REQUEST_KEY, Boolean.TRUE);
        request.setEnabled(false);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(request);
        sash.setWeights(55, 45);

        filter.addListener(SWT.Modify, event -> show());
        tree.addListener(SWT.Selection, event -> describe(selectedType()));
        tree.addListener(SWT.DefaultSelection, event -> requestSelected());
        request.addListener(SWT.Selection, event -> requestSelected());
        tree.setMenu(CatalogContextMenu.create(tree, this::selectedType, this::requestSelected));
        org.hyperedge.ui.parts.KeyboardMenuPlacement.install(tree);
        ModelChanges observer = new ModelChanges(tree.getDisplay(), this::reload);
        master.catalogModel().observe(observer);
        tree.addDisposeListener(event -> {
            observer.stop();
            master.catalogModel().stopObserving(observer);
        });
    }

    @Override
    protected boolean followsMasterEvents() {
        return false;
    }

    /** Opens the request dialog for the selected software type. */
    public void requestSelected() {
        TypeChoice choice = selectedType();
        if (choice != null) {
            RequestLauncher.open(tree.getShell(), master(), choice.release(), choice.type());
        }
    }

    /** Verifies every source's index, then brings in what is new, as a job; says what came or why nothing did. */
    private void updateFromSources() {
        update.setEnabled(false);
        Job job = Job.create("Updating the catalog from its sources", monitor -> {
            String outcome = CatalogUpdateText.run(master().catalog(), master().dataDirectory());
            master().catalogModel().refresh(); // the palette and every view bound to the catalog see it now
            tree.getDisplay().asyncExec(() -> {
                if (!tree.isDisposed()) {
                    update.setEnabled(true);
                    updateStatus.setText(outcome);
                    updateStatus.setVisible(true);
                    ((org.eclipse.swt.layout.GridData) updateStatus.getLayoutData()).exclude = false;
                    updateStatus.requestLayout();
                    reload();
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    @Override
    protected void reload() {
        Job job = Job.create("Reading the catalog", monitor -> {
            List<ReleaseDescriptor> read = new ArrayList<>();
            master().catalog().list().forEach(entry -> master().catalog().find(entry.id()).ifPresent(read::add));
            Map<String, String> from = master().catalog().origins();
            tree.getDisplay().asyncExec(() -> {
                if (!tree.isDisposed() && (!read.equals(releases) || !from.equals(origins))) {
                    releases = read;
                    origins = from;
                    show();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        tree.setRedraw(false);
        tree.removeAll();
        for (ReleaseDescriptor release : releases) {
            boolean releaseMatches = matches(text, release.id(), release.name(), release.description());
            List<String> types = release.types().keySet().stream().sorted().filter(type -> releaseMatches
                    || matches(text, type, release.types().get(type).description())).toList();
            if (types.isEmpty()) {
                continue;
            }
            TreeItem item = new TreeItem(tree, SWT.NONE);
            item.setText(release.name() + " " + release.version() + "  —  " + release.id() + "  ·  from "
                    + origins.getOrDefault(release.id(), "imported"));
            for (String type : types) {
                TreeItem typeItem = new TreeItem(item, SWT.NONE);
                typeItem.setText(type + "  ·  " + firstSentence(release.types().get(type).description()));
                typeItem.setData(new TypeChoice(release, type));
            }
            item.setExpanded(true);
        }
        tree.setRedraw(true);
        describe(selectedType());
    }

    private TypeChoice selectedType() {
        TreeItem[] selected = tree.getSelection();
        if (selected.length == 0) {
            return null;
        }
        if (selected[0].getData() instanceof TypeChoice choice) {
            return choice;
        }
        return selected[0].getItemCount() > 0 && selected[0].getItem(0).getData() instanceof TypeChoice first ? first : null;
    }

    private void describe(TypeChoice choice) {
        parameters.removeAll();
        request.setEnabled(choice != null);
        if (choice == null) {
            description.setText("Select a software type to read its parameters.");
        } else {
            var type = choice.release().types().get(choice.type());
            description.setText(choice.release().name() + " · " + choice.type() + "\n" + type.description());
            for (String[] row : ParameterDocs.rows(type.parameterSchema())) {
                new TableItem(parameters, SWT.NONE).setText(row);
            }
        }
        description.requestLayout();
    }

    private static boolean matches(String text, String... fields) {
        if (text.isEmpty()) {
            return true;
        }
        for (String field : fields) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    @Override
    protected Control focusControl() {
        return filter;
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
}
