package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The UI test support itself, on real widgets: real key and mouse events, waits, screenshots. */
@ExtendWith(ScreenshotOnFailure.class)
class UiDriverTest {

    private UiDriver ui;
    private final AtomicInteger clicks = new AtomicInteger();

    @BeforeEach
    void openShell() {
        ui = UiDriver.startUiThread();
        ui.onUi(() -> {
            Shell shell = new Shell(ui.display());
            shell.setText("Driver check");
            shell.setLayout(new RowLayout(SWT.VERTICAL));
            Text name = new Text(shell, SWT.BORDER);
            name.setData("field", "name");
            name.setLayoutData(new org.eclipse.swt.layout.RowData(200, SWT.DEFAULT));
            Button button = new Button(shell, SWT.PUSH);
            button.setText("&Order");
            button.addListener(SWT.Selection, e -> clicks.incrementAndGet());
            shell.setBounds(50, 50, 320, 160);
            shell.open();
            shell.forceActive();
        });
    }

    @AfterEach
    void stop() {
        ui.stop();
    }

    @Test
    void typingSendsRealKeyEventsToTheControl() {
        Text name = ui.byData(Text.class, "field", "name");

        ui.type(name, "my_db");

        ui.waitUntil("the text to arrive", () -> "my_db".equals(name.getText()));
    }

    @Test
    void clickingPostsARealMouseClickThatSelectsTheButton() {
        Button order = ui.byLabel(Button.class, "Order");

        ui.click(order);

        ui.waitUntil("the button to be pressed once", () -> clicks.get() == 1);
    }

    @Test
    void waitingForSomethingThatNeverHappensFailsNamingIt() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> ui.waitUntil("a miracle", Duration.ofMillis(200), () -> false));

        assertTrue(error.getMessage().contains("waiting for a miracle"), error.getMessage());
        assertTrue(error.getMessage().contains("'Driver check'"), error.getMessage());
    }

    @Test
    void screenshotIsAPngOfTheWholeDisplay() throws Exception {
        Path file = ui.screenshot("driver-check");

        assertTrue(Files.size(file) > 0);
        ImageData image = new ImageData(file.toString());
        assertEquals(ui.onUi(() -> ui.display().getBounds().width), image.width);
        assertEquals(ui.onUi(() -> ui.display().getBounds().height), image.height);
    }
}
