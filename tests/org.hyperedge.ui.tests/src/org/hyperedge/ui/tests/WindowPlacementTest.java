package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window as a desktop tool's: the first start fills the screen, a later start of the same console comes
 * back at the size the user left it, and a console of another version starts maximized from its own layout again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class WindowPlacementTest {

    private static final Point USERS_SIZE = new Point(1000, 700);

    @TempDir
    Path temp;

    @Test
    void firstStartIsMaximizedAndASecondStartKeepsTheSizeTheUserGaveTheWindow() {
        // given a first start, from the application model as if nothing had been saved before
        ConsoleSession first = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        assertTrue(first.driver().onUi(first.window()::getMaximized), "the first window is maximized");
        first.driver().screenshot("window-first-start-maximized");
        // when the user restores the window to a size of theirs and quits
        resize(first, USERS_SIZE);
        first.close();

        // then the next start comes back at that size, not maximized
        ConsoleSession second = ConsoleSession.startKeepingLayout(temp.resolve("data"), temp.resolve("config/console.properties"));
        try {
            UiDriver ui = second.driver();
            assertFalse(ui.onUi(second.window()::getMaximized), "the window as the user left it, not maximized");
            assertEquals(USERS_SIZE, ui.onUi(second.window()::getSize));
            ui.screenshot("window-second-start-users-size");
        } finally {
            second.close();
        }
    }

    @Test
    void aConsoleOfAnotherVersionStartsMaximizedFromItsOwnLayout() throws Exception {
        // given a layout saved by the console at a size of the user's
        ConsoleSession first = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"));
        resize(first, USERS_SIZE);
        first.close();
        // when another console version saved it
        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        Path stamp = workspace.resolve(".metadata/.plugins/org.hyperedge.ui/layout.version");
        assertTrue(Files.exists(workspace.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi")), "a saved layout");
        Files.writeString(stamp, "0.0.1.older\n");

        // then this console does not load it: it starts maximized, as a first start does
        ConsoleSession next = ConsoleSession.startKeepingLayout(temp.resolve("data"), temp.resolve("config/console.properties"));
        try {
            assertTrue(next.driver().onUi(next.window()::getMaximized), "a fresh layout, maximized");
        } finally {
            next.close();
        }
        assertFalse(Files.readString(stamp).contains("older"), "the stamp names this console's version now");
    }

    private static void resize(ConsoleSession console, Point size) {
        UiDriver ui = console.driver();
        ui.onUi(() -> {
            console.window().setMaximized(false);
            console.window().setBounds(60, 50, size.x, size.y);
        });
        ui.waitUntil("the window at the user's size", () -> !console.window().getMaximized()
                && console.window().getSize().equals(size));
        ui.onUi(() -> {
            while (ui.display().readAndDispatch()) {
                // let the workbench note the new bounds in its model
            }
        });
    }
}
