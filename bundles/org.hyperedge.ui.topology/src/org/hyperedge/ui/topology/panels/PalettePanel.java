package org.hyperedge.ui.topology.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.topology.canvas.PaletteTransfer;

/**
 * The palette: the catalog's releases and their software types, filtered as you type. Drag a type onto the
 * canvas to add a service there; Add to Canvas, Enter or a double-click adds it in the middle of the view.
 */
public final class PalettePanel {

    public static final String TREE_KEY = "org.hyperedge.ui.topology.palette";
    public static final String FILTER_KEY = "org.hyperedge.ui.topology.palette.filter";
    public static final String ADD_KEY = "org.hyperedge.ui.topology.palette.add";

    private final Composite panel;
    private final Text filter;
    private final Tree tree;
    private List<ReleaseDescriptor> releases = new ArrayList<>();

    public PalettePanel(Composite parent, Consumer<PaletteTransfer> add) {
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(panel);
        Label title = new Label(panel, SWT.NONE);
        title.setText("Palette");
        title.setToolTipText("Drag a software type onto the canvas, or select it and Add to Canvas");
        filter = new Text(panel, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter releases");
        filter.setData(FILTER_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        tree = new Tree(panel, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        tree.setData(TREE_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).hint(180, SWT.DEFAULT).applyTo(tree);
        org.eclipse.swt.widgets.Button addButton = new org.eclipse.swt.widgets.Button(panel, SWT.PUSH);
        addButton.setText("Add to Canvas");
        addButton.setToolTipText("Add the selected software type in the middle of the view (or drag it, or double-click it)");
        addButton.setData(ADD_KEY, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(addButton);
        filter.addListener(SWT.Modify, e -> show());
        tree.addListener(SWT.DefaultSelection, e -> selected().ifPresent(add));
        addButton.addListener(SWT.Selection, e -> selected().ifPresent(add));
        DragSource source = new DragSource(tree, DND.DROP_COPY);
        source.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected().isPresent();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                selected().ifPresent(choice -> event.data = choice.encode());
            }
        });
    }

    public Composite control() {
        return panel;
    }

    public Tree tree() {
        return tree;
    }

    public void releases(List<ReleaseDescriptor> newReleases) {
        releases = new ArrayList<>(newReleases);
        show();
    }

    /** The software type selected, or the first type of the release selected. */
    public java.util.Optional<PaletteTransfer> selected() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 0) {
            return java.util.Optional.empty();
        }
        TreeItem item = selection[0].getItemCount() > 0 ? selection[0].getItem(0) : selection[0];
        return item.getData() instanceof PaletteTransfer choice ? java.util.Optional.of(choice) : java.util.Optional.empty();
    }

    private void show() {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        tree.setRedraw(false);
        tree.removeAll();
        for (ReleaseDescriptor release : releases) {
            String name = release.name() + " " + release.version();
            boolean matches = text.isEmpty() || (release.id() + " " + name).toLowerCase(Locale.ROOT).contains(text);
            List<String> types = release.types().keySet().stream().sorted()
                    .filter(type -> matches || type.toLowerCase(Locale.ROOT).contains(text)).toList();
            if (types.isEmpty()) {
                continue;
            }
            TreeItem item = new TreeItem(tree, SWT.NONE);
            item.setText(name);
            for (String type : types) {
                TreeItem typeItem = new TreeItem(item, SWT.NONE);
                typeItem.setText(type);
                typeItem.setData(new PaletteTransfer(release.id(), type));
            }
            item.setExpanded(true);
        }
        tree.setRedraw(true);
    }

    /** The cursor in the filter, its text selected; false once the panel is gone. */
    public boolean focusFilter() {
        if (filter.isDisposed()) {
            return false;
        }
        filter.setFocus();
        filter.selectAll();
        return true;
    }
}
