package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's own SVG icons, rasterized by the platform's SVG support: each one is drawn afresh at 16 px for
 * 100 % and 32 px for 200 % (not a blurred 16 px scaled up), and a contact sheet of the whole set at both zooms
 * goes to the screenshots for a person to judge.
 */
class IconSetTest {

    private UiDriver ui;

    @BeforeEach
    void display() {
        ui = UiDriver.startUiThread();
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void everyIconIsDrawnAfreshAt16PixelsFor100PercentAnd32For200() {
        List<String> names = ConsoleIcons.names();

        assertTrue(names.size() >= 50, "the whole set: " + names);
        for (String name : names) {
            ImageData normal = ConsoleIcons.descriptor(name).getImageData(100);
            ImageData doubled = ConsoleIcons.descriptor(name).getImageData(200);
            assertEquals(16, normal.width, name);
            assertEquals(16, normal.height, name);
            assertEquals(32, doubled.width, name + " at 200 %");
            assertEquals(32, doubled.height, name + " at 200 %");
            assertTrue(opaquePixels(normal) > 16, name + " draws something at 16 px");
            assertTrue(opaquePixels(doubled) > 2 * opaquePixels(normal), name + " at 200 % is drawn on four times the pixels");
        }
    }

    @Test
    void anIconOutsideTheSetIsRefusedByName() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConsoleIcons.descriptor("no-such-icon"));

        assertEquals("no icon 'no-such-icon' in org.hyperedge.ui/icons/", refused.getMessage());
    }

    @Test
    void contactSheetOfTheSetAt100And200PercentIsSaved() throws Exception {
        List<String> names = ConsoleIcons.names();
        int columns = 6;
        int cellWidth = 250;
        int cellHeight = 44;
        int rows = (names.size() + columns - 1) / columns;

        ImageData sheet = ui.onUi(() -> {
            Image image = new Image(ui.display(), columns * cellWidth + 16, rows * cellHeight + 16);
            GC gc = new GC(image);
            try {
                gc.setBackground(ui.display().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(image.getBounds());
                for (int i = 0; i < names.size(); i++) {
                    int x = 8 + (i % columns) * cellWidth;
                    int y = 8 + (i / columns) * cellHeight;
                    drawAt(gc, ConsoleIcons.descriptor(names.get(i)).getImageData(100), x, y + 8);
                    drawAt(gc, ConsoleIcons.descriptor(names.get(i)).getImageData(200), x + 24, y);
                    gc.setForeground(ui.display().getSystemColor(SWT.COLOR_BLACK));
                    gc.drawText(names.get(i), x + 62, y + 9, true);
                }
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        Path file = Path.of(System.getProperty("hyperedge.screenshots", "target/screenshots"), "icons-100-and-200-percent.png");
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { sheet };
        loader.save(file.toString(), SWT.IMAGE_PNG);

        assertTrue(Files.size(file) > 10_000, "a sheet with every icon: " + file);
    }

    private void drawAt(GC gc, ImageData data, int x, int y) {
        Image icon = new Image(ui.display(), data);
        try {
            gc.drawImage(icon, x, y);
        } finally {
            icon.dispose();
        }
    }

    private static int opaquePixels(ImageData data) {
        int opaque = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                if (data.getAlpha(x, y) > 128) {
                    opaque++;
                }
            }
        }
        return opaque;
    }
}
