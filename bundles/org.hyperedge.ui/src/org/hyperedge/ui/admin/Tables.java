package org.hyperedge.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Small helpers the Admin views share: dense tables, headings, and times shown in UTC like the CLI. */
final class Tables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("UTC"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.of("UTC"));

    private Tables() {
    }

    /** A full-row table with these columns (name:width). */
    static Table create(Composite parent, String dataKey, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(dataKey, Boolean.TRUE);
        for (String column : columns) {
            String[] nameAndWidth = column.split(":");
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(nameAndWidth[0]);
            tableColumn.setWidth(Integer.parseInt(nameAndWidth[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        return table;
    }

    static TableItem row(Table table, Object... cells) {
        TableItem item = new TableItem(table, SWT.NONE);
        for (int i = 0; i < cells.length; i++) {
            item.setText(i, cells[i] == null ? "" : cells[i].toString());
        }
        return item;
    }

    static Label heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    static String time(Instant at) {
        return at == null ? "never" : TIME.format(at);
    }

    /** "11-25 15:38:09": for dense tables whose rows are all recent. */
    static String shortTime(Instant at) {
        return at == null ? "never" : SHORT.format(at);
    }

    /** "4 s", "12 min", "3 h 5 min", "2 d 4 h". */
    static String age(long seconds) {
        if (seconds < 60) {
            return Math.max(0, seconds) + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
        }
        return seconds / 86_400 + " d " + (seconds % 86_400) / 3600 + " h";
    }
}
