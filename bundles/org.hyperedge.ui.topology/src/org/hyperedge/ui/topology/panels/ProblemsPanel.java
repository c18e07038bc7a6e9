package org.hyperedge.ui.topology.panels;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.ui.topology.view.Markers;

/** The composite's problems as a list under the canvas; selecting one selects the service it is about. */
public final class ProblemsPanel {

    public static final String TABLE_KEY = "org.hyperedge.ui.topology.problems";

    private final Table table;

    public ProblemsPanel(Composite parent, Consumer<CompositeProblem> reveal) {
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData(TABLE_KEY, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { "Problem", "Service", "What is wrong" };
        int[] widths = { 150, 120, 700 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() instanceof CompositeProblem problem) {
                reveal.accept(problem);
            }
        });
    }

    public Table control() {
        return table;
    }

    public void show(Markers markers) {
        table.setRedraw(false);
        table.removeAll();
        for (CompositeProblem problem : markers.all()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { problem.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    problem.nodeTitle() == null ? "" : problem.nodeTitle(), problem.message() });
            item.setData(problem);
        }
        table.setRedraw(true);
    }
}
