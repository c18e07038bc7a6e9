package org.hyperedge.ui.tests;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.catalog.CatalogPart;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.nodes.NodesPart;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+F, as real key events, puts the cursor in the filter of the view the user is in. */
@ExtendWith(ScreenshotOnFailure.class)
class FilterShortcutTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;

    @BeforeEach
    void startConsole() {
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        ui = console.driver();
    }

    @AfterEach
    void closeConsole() {
        console.close();
    }

    @Test
    void ctrlFInTheCatalogFocusesTheCatalogsFilter() {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.design"));
        Tree catalog = ui.byData(Tree.class, CatalogPart.TREE_KEY);
        ui.waitUntil("the catalog showing", catalog::isVisible);
        ui.click(catalog);

        ui.shortcut(console.window(), SWT.MOD1, 'f');

        Text filter = ui.byData(Text.class, CatalogPart.FILTER_KEY);
        ui.waitUntil("the catalog's filter focused", () -> ui.display().getFocusControl() == filter);
    }

    @Test
    void ctrlFInAViewWithoutAFilterFocusesTheInstancesFilter() {
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("the nodes showing", nodes::isVisible);
        ui.click(nodes);

        ui.shortcut(console.window(), SWT.MOD1, 'f');

        Text filter = ui.byData(Text.class, InstancesPart.FILTER_KEY);
        ui.waitUntil("the instances' filter focused", () -> ui.display().getFocusControl() == filter);
    }
}
