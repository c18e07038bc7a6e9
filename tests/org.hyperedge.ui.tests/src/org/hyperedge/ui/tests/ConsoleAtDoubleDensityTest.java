package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.instances.InstancesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console on a screen of twice the density (GTK's scale 2, as a HiDPI desktop sets it): its icons are drawn from
 * their 32 px renderings, not 16 px ones scaled up, in the light and the dark theme. Runs in a test JVM of its own
 * ({@code GDK_SCALE=2}, the {@code double-density} execution in this bundle's pom): a display's zoom is fixed when it
 * is made.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConsoleAtDoubleDensityTest {

    @TempDir
    Path temp;

    private ConsoleSession console;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "light", "dark" })
    void theConsoleIsDrawnAtTwiceTheDensityWithIconsRenderedForIt(String theme) throws Exception {
        // given: a console on a site with five instances, the desktop at scale 2
        Path data = temp.resolve("data");
        AdminSite.create(data);
        Path preferences = temp.resolve("config/console.properties");
        Files.createDirectories(preferences.getParent());
        Files.write(preferences, List.of("appearance.theme=" + theme));

        // when: it opens, on the whole screen (800 by 500 points are 1,600 by 1,000 pixels)
        console = ConsoleSession.start(data, preferences);
        UiDriver ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 800, 500));
        Table instances = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("the five instances listed", () -> instances.getItemCount() == 5);

        // then: the screen's zoom is 200 %, and a row's state icon is 16 points drawn on 32 by 32 pixels
        assertEquals(200, (int) ui.onUi(() -> console.window().getMonitor().getZoom()), "the monitor's zoom");
        ui.waitUntil("the first row filled", () -> instances.getItem(0).getImage() != null);
        Image icon = ui.onUi(() -> instances.getItem(0).getImage());
        assertEquals(16, (int) ui.onUi(() -> icon.getBounds().width), "the icon's size in points");
        assertEquals(32, (int) ui.onUi(() -> icon.getImageData(200).width), "the icon's pixels at 200 %");
        assertTrue(ui.onUi(() -> instances.getItemHeight()) >= 20, "rows of at least 20 points");
        ui.screenshot("console-200-percent-" + theme);
    }
}
