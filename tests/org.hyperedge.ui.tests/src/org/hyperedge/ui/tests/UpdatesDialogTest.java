package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.update.UpdatesDialog;
import org.hyperedge.update.ConsoleUpdater;
import org.hyperedge.update.UpdateSite;
import org.hyperedge.update.tests.InstalledConsole;
import org.hyperedge.update.tests.PublishedConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help › Check for Updates' dialog on a console installed from version 1 of a site: it lists version 2 with the
 * version installed, installs it on Install (a job; the dialog stays responsive) and restarts on Restart Now.
 */
@ExtendWith(ScreenshotOnFailure.class)
class UpdatesDialogTest {

    private static final String V1 = PublishedConsole.V1;
    private static final String V2 = PublishedConsole.V2;

    @TempDir
    Path temp;

    private IProvisioningAgent publisher;
    private InstalledConsole console;
    private UiDriver ui;

    @BeforeEach
    void installVersionOne() throws Exception {
        publisher = InstalledConsole.newAgent(temp.resolve("publisher-p2"));
        console = InstalledConsole.create(temp.resolve("install"));
        console.installFrom(PublishedConsole.publish(publisher, temp.resolve("site-1"), V1).toUri());
        ui = UiDriver.startUiThread();
    }

    @AfterEach
    void stop() {
        if (ui != null) {
            ui.stop();
        }
        if (console != null) {
            console.close();
        }
        if (publisher != null) {
            publisher.stop();
        }
    }

    @Test
    void theNewerConsoleIsListedInstalledThenTheConsoleRestarts() throws Exception {
        // given version 2 on the site the preferences name
        Path two = PublishedConsole.publish(publisher, temp.resolve("site-2"), V2);
        AtomicBoolean restarted = new AtomicBoolean();

        // when the dialog opens, then it lists the product with both versions
        ui.later(() -> new UpdatesDialog(new Shell(ui.display()), UpdateSite.parse(two.toString()),
                () -> new ConsoleUpdater(console.agent, InstalledConsole.PROFILE), () -> restarted.set(true)).open());
        Shell dialog = ui.shell(UpdatesDialog.TITLE);
        Table offers = ui.byData(Table.class, UpdatesDialog.OFFERS_KEY);
        ui.waitUntil("version 2 on offer", () -> offers.getItemCount() == 1);
        assertEquals(List.of("HyperEdge", PublishedConsole.PRODUCT, V1, V2), ui.onUi(() -> List.of(
                offers.getItem(0).getText(0), offers.getItem(0).getText(1), offers.getItem(0).getText(2),
                offers.getItem(0).getText(3))));
        Button install = ui.byLabel(Button.class, "Install");
        assertTrue(ui.onUi(install::isEnabled), "Install is offered once the check found version 2");
        ui.screenshot("updates-offered");

        // when Install is clicked, then version 2 is installed and Restart Now restarts
        ui.click(install);
        Button restart = ui.byLabel(Button.class, "Restart Now");
        ui.waitUntil("the update installed", () -> restart.isEnabled());
        assertEquals(Optional.of(V2), console.installedVersion(PublishedConsole.PRODUCT));
        ui.screenshot("updates-installed");
        ui.click(restart);
        ui.waitUntil("the dialog closed", () -> dialog.isDisposed());
        assertTrue(restarted.get());
        Job.getJobManager().join(null, null);
    }
}
