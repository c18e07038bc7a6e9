package org.hyperedge.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * One push item of a row or canvas menu: its label (with its mnemonic), its icon from the console's set, and the
 * action it names under a data key, which the UI tests find it by.
 */
public final class MenuItems {

    private MenuItems() {
    }

    /** {@code icon} and {@code dataKey} may be null: an item without an icon, or one no test looks up. */
    public static MenuItem push(Menu menu, String label, String icon, String dataKey, Object action, Runnable run) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        if (icon != null) {
            item.setImage(ConsoleIcons.image(menu.getDisplay(), icon));
        }
        if (dataKey != null) {
            item.setData(dataKey, action);
        }
        item.addListener(SWT.Selection, event -> run.run());
        return item;
    }
}
