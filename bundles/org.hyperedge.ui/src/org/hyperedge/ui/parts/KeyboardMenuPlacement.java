package org.hyperedge.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A row menu opened from the keyboard (Shift+F10, the Menu key) opens under the selected row. GTK opens it at the mouse
 * pointer, which may be anywhere on the screen, far from the row the menu acts on (seen on the Tickets view's
 * screenshot); a menu opened by the mouse stays where the click was.
 */
public final class KeyboardMenuPlacement {

    /** How far into the row the menu's corner goes: past the row's icon, on its text. */
    public static final int INDENT = 24;

    private KeyboardMenuPlacement() {
    }

    public static void install(Scrollable rows) {
        rows.addListener(SWT.MenuDetect, KeyboardMenuPlacement::place);
    }

    private static void place(Event event) {
        if (event.detail != SWT.MENU_KEYBOARD || !(event.widget instanceof Scrollable control)) {
            return;
        }
        Rectangle row = selectedRow(control);
        Rectangle area = control.getClientArea();
        Point corner = row == null ? control.toDisplay(area.x + INDENT, area.y + INDENT)
                : control.toDisplay(row.x + Math.min(INDENT, row.width / 2), row.y + row.height);
        event.x = corner.x;
        event.y = corner.y;
    }

    /** The first selected row's bounds, scrolled into view; {@code null} when nothing is selected. */
    private static Rectangle selectedRow(Control control) {
        if (control instanceof Table table && table.getSelectionCount() > 0) {
            TableItem item = table.getItem(table.getSelectionIndex());
            table.showItem(item);
            return item.getBounds();
        }
        if (control instanceof Tree tree && tree.getSelectionCount() > 0) {
            TreeItem item = tree.getSelection()[0];
            tree.showItem(item);
            return item.getBounds();
        }
        return null;
    }
}
