package org.hyperedge.ui.topology.tests;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.topology.panels.PalettePanel;

/** The topology editor's palette as an operator uses it: a release's first software type, clicked and added. */
final class PaletteClicks {

    private PaletteClicks() {
    }

    /** The first software type of the first release whose label starts so, or null while the palette lacks it. */
    static TreeItem typeItem(UiDriver ui, Tree palette, String releasePrefix) {
        return ui.onUi(() -> {
            for (TreeItem release : palette.getItems()) {
                if (release.getText().startsWith(releasePrefix) && release.getItemCount() > 0) {
                    return release.getItem(0);
                }
            }
            return null;
        });
    }

    /** Clicks that software type in the palette, then Add to Canvas. */
    static void addFromPalette(UiDriver ui, Tree palette, String releasePrefix) {
        TreeItem item = typeItem(ui, palette, releasePrefix);
        Point at = ui.onUi(() -> {
            palette.showItem(item);
            Rectangle bounds = item.getBounds();
            return palette.toDisplay(bounds.x + 10, bounds.y + bounds.height / 2);
        });
        ui.clickAt(at.x, at.y);
        ui.waitUntil("the palette's choice selected", () -> ui.onUi(() -> palette.getSelectionCount() == 1
                && palette.getSelection()[0] == item));
        ui.click(ui.byData(Button.class, PalettePanel.ADD_KEY));
    }
}
