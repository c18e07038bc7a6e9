package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.nodes.NodesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nodes view says its report ages again every two seconds by updating the rows it shows, not by making them
 * again: the same items carry the new age, and a site the operator collapsed stays collapsed (an idle console
 * rebuilt the whole tree every two seconds).
 */
@ExtendWith(ScreenshotOnFailure.class)
class NodesViewRefreshTest {

    @TempDir
    Path temp;

    private ConsoleSession console;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void theAgesMoveOnTheSameRowsAndACollapsedSiteStaysCollapsed() throws Exception {
        Path data = temp.resolve("data");
        AdminSite.create(data);
        Path preferences = temp.resolve("config/console.properties");
        Files.createDirectories(preferences.getParent());
        Files.write(preferences, List.of("appearance.theme=light"));
        console = ConsoleSession.start(data, preferences);
        UiDriver ui = console.driver();
        Tree nodes = ui.byData(Tree.class, NodesPart.TREE_KEY);
        ui.waitUntil("the three nodes listed", () -> rows(nodes).length == 3);
        TreeItem berlin1 = ui.onUi(() -> node(nodes, "edge-berlin-1"));
        String ageBefore = ui.onUi(() -> berlin1.getText(2));
        TreeItem lyon = ui.onUi(() -> site(nodes, "lyon"));

        ui.onUi(() -> lyon.setExpanded(false));
        ui.waitUntil("the age said again", Duration.ofSeconds(20),
                () -> !berlin1.isDisposed() && !berlin1.getText(2).equals(ageBefore));

        assertSame(berlin1, ui.onUi(() -> node(nodes, "edge-berlin-1")), "the same row carries the new age");
        assertNotEquals(ageBefore, ui.onUi(() -> berlin1.getText(2)));
        assertTrue(ui.onUi(() -> berlin1.getText(2)).contains("ago"), ui.onUi(() -> berlin1.getText(2)));
        assertFalse(ui.onUi(lyon::getExpanded), "the collapsed site stays collapsed");
    }

    private static TreeItem[] rows(Tree tree) {
        return Arrays.stream(tree.getItems()).flatMap(site -> Arrays.stream(site.getItems())).toArray(TreeItem[]::new);
    }

    private static TreeItem node(Tree tree, String id) {
        return Arrays.stream(rows(tree)).filter(item -> item.getText(0).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + id));
    }

    private static TreeItem site(Tree tree, String name) {
        return Arrays.stream(tree.getItems()).filter(item -> item.getText(0).startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for the site " + name));
    }
}
