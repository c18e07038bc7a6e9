package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.master.BackupMasterHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** File › Back Up Master Now: a job writes a signed backup of the console's master that restores elsewhere. */
@ExtendWith(ScreenshotOnFailure.class)
class BackupFromConsoleTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;

    @BeforeEach
    void startConsole() {
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"), false);
        ui = console.driver();
        ui.waitUntil("the embedded master open", () -> (master = ui.onUi(
                () -> console.windowModel().getContext().get(EmbeddedMaster.class))) != null);
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void theBackupTakenFromTheFileMenuRestoresTheMasterElsewhere() throws Exception {
        master.requests().request(Request.root("shop", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));

        ui.menu(console.window(), "File", "Back Up Master Now");
        Shell done = ui.shell(BackupMasterHandler.DONE_TITLE);
        String message = ui.onUi(() -> Arrays.stream(done.getChildren()).flatMap(BackupFromConsoleTest::labels)
                .reduce("", (a, b) -> a + b));
        ui.screenshot("console-backup-done");
        ui.click(ui.find(Button.class, b -> b.getShell() == done && "OK".equals(UiDriver.labelOf(b)), "OK"));

        List<Path> kept = Backups.list(temp.resolve("data").resolve(Backups.DIRECTORY));
        assertEquals(1, kept.size(), "one backup in the data directory's backups: " + kept);
        assertTrue(message.contains(kept.get(0).toString()) && message.contains("restore FILE --trust "), message);
        String fingerprint = message.replaceAll("(?s).*--trust ([0-9a-f]{64}).*", "$1");
        Path elsewhere = temp.resolve("elsewhere");
        MasterRestore.restore(kept.get(0), Trust.of(fingerprint), elsewhere, false, SiteProgress.NONE);
        try (Master restored = Master.open(elsewhere)) {
            assertEquals(List.of("shop"), restored.requests().all().stream().map(i -> i.title()).toList());
        }
        assertTrue(Files.size(kept.get(0)) > 0);
    }

    private static Stream<String> labels(Control control) {
        if (control instanceof Label label) {
            return Stream.of(label.getText());
        }
        if (control instanceof Composite composite) {
            return Arrays.stream(composite.getChildren()).flatMap(BackupFromConsoleTest::labels);
        }
        return Stream.empty();
    }
}
