package org.hyperedge.ui.topology;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.hyperedge.ui.parts.KeyboardMenuPlacement;
import org.hyperedge.ui.parts.MenuItems;
import org.hyperedge.ui.topology.canvas.TopologyCanvas;
import org.hyperedge.ui.topology.view.Hit;
import org.hyperedge.ui.topology.view.Scene;

/**
 * The canvas's menu on its services: the Edit actions the editor's keys and tool bar run ({@link EditorActions}), each
 * enabled as its key is. A right-click on a service that is not selected selects it first, as file managers do; a
 * right-click on the empty canvas keeps the selection. None asks first: every one of them is undone by Ctrl+Z.
 */
final class CanvasMenu {

    /** The data key of each item: its action, for tests and tools. */
    static final String ACTION_KEY = "org.hyperedge.ui.topology.canvasAction";

    private CanvasMenu() {
    }

    static void install(TopologyCanvas canvas, EditorActions actions) {
        Canvas control = canvas.control();
        Menu menu = new Menu(control);
        item(menu, "Cu&t\tCtrl+X", "cut", "cut", actions::canCopy, actions::cut);
        item(menu, "&Copy\tCtrl+C", "copy", "copy", actions::canCopy, actions::copy);
        item(menu, "&Paste\tCtrl+V", "paste", "paste", actions::canPaste, actions::paste);
        item(menu, "&Delete\tDelete", "delete", "delete", actions::canDelete, actions::delete);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Select &All\tCtrl+A", "select-all", "select-all", actions::canSelectAll, actions::selectAll);
        item(menu, "&Layout\tCtrl+L", "layout", "layout", actions::canLayout, actions::layout);
        control.addListener(SWT.MenuDetect, event -> {
            if (event.detail == SWT.MENU_KEYBOARD) {
                placeOnSelection(canvas, event);
            } else {
                selectUnderPointer(canvas, event);
            }
        });
        control.setMenu(menu);
    }

    /** From the keyboard: under the corner of a selected service (GTK would open it at the pointer), else the canvas's. */
    private static void placeOnSelection(TopologyCanvas canvas, Event event) {
        Scene scene = canvas.scene();
        Point corner = scene.selectedNodes().stream().findFirst()
                .map(node -> canvas.control().toDisplay(scene.viewport().toScreenX(node.getX()) + KeyboardMenuPlacement.INDENT,
                        scene.viewport().toScreenY(node.getY()) + KeyboardMenuPlacement.INDENT))
                .orElseGet(() -> canvas.control().toDisplay(KeyboardMenuPlacement.INDENT, KeyboardMenuPlacement.INDENT));
        event.x = corner.x;
        event.y = corner.y;
    }

    private static void selectUnderPointer(TopologyCanvas canvas, Event event) {
        Scene scene = canvas.scene();
        if (scene.composite() == null) {
            return;
        }
        Point at = canvas.control().toControl(event.x, event.y);
        Hit hit = Hit.at(scene, scene.viewport().toModelX(at.x), scene.viewport().toModelY(at.y));
        if (hit.node() != null && !scene.selectedNodes().contains(hit.node())) {
            canvas.select(List.of(hit.node()));
        }
    }

    private static void item(Menu menu, String label, String icon, String action, BooleanSupplier enabled, Runnable run) {
        MenuItem item = MenuItems.push(menu, label, icon, ACTION_KEY, action, run);
        menu.addListener(SWT.Show, event -> item.setEnabled(enabled.getAsBoolean()));
    }
}
