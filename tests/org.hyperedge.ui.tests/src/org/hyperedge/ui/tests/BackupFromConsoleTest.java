package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.eclipse.swt.widgets.Text;
import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.console.core.master.PendingRestore;
import org.hyperedge.master.Master;
import org.hyperedge.master.backup.MasterRestore;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.site.SiteProgress;
import org.hyperedge.master.site.Trust;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.master.BackupMasterHandler;
import org.hyperedge.ui.master.MasterAddon;
import org.hyperedge.ui.master.RestoreMasterDialog;
import org.hyperedge.ui.master.RestoreMasterHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * File › Back Up Master Now: a job writes a signed backup of the console's master that restores elsewhere; File ›
 * Restore Master from Backup...: a backup checked in a job, then restored when the console starts again.
 */
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

    @Test
    void aBackupChosenInTheFileMenuIsCheckedAndRestoredWhenTheConsoleStartsAgain() throws Exception {
        // given: a backup of the console's master holding "shop", then "blog" requested after it
        master.requests().request(Request.root("shop", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));
        Path backup = new Backups(master, 3, java.time.Clock.systemUTC()).takeNow().file();
        master.requests().request(Request.root("blog", "builtin:static-web", "default", JsonNodeFactory.instance.objectNode()));
        java.util.concurrent.Future<?> closed = ui.onUi(
                () -> (java.util.concurrent.Future<?>) console.windowModel().getContext().get(MasterAddon.CLOSED));

        // when: the operator chooses it (signed by this console's own master: the fingerprint left empty) and confirms
        ui.menu(console.window(), "File", "Restore Master from Backup...");
        Shell dialog = ui.shell(RestoreMasterDialog.TITLE);
        ui.type(ui.byData(Text.class, RestoreMasterDialog.FILE_KEY), backup.toString());
        ui.screenshot("console-restore-choose");
        ui.select(ui.find(Button.class, b -> b.getShell() == dialog && "Restore...".equals(UiDriver.labelOf(b)), "Restore..."));
        Shell confirm = ui.shell(RestoreMasterHandler.CONFIRM_TITLE);
        ui.select(ui.find(Button.class, b -> b.getShell() == confirm && "OK".equals(UiDriver.labelOf(b)), "OK"));

        // then: the console ends to be started again, the choice written down; started again, its master is the backup's
        ui.waitUntilClosed(UiDriver.DEFAULT_TIMEOUT);
        closed.get(UiDriver.DEFAULT_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(Files.exists(temp.resolve("data").resolve(PendingRestore.FILE)), "the restore waits for the next start");
        console = ConsoleSession.start(temp.resolve("data"), temp.resolve("config/console.properties"), false);
        ui = console.driver();
        ui.waitUntil("the restored master open", () -> (master = ui.onUi(
                () -> console.windowModel().getContext().get(EmbeddedMaster.class))) != null);
        assertEquals(List.of("shop"), master.requests().all().stream().map(i -> i.title()).toList());
        assertFalse(Files.exists(temp.resolve("data").resolve(PendingRestore.FILE)), "a restore is carried out once");
        try (Stream<Path> aside = Files.list(temp.resolve("data"))) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("replaced-")), "the replaced master is kept");
        }
        String status = ui.onUi(() -> (String) console.windowModel().getContext().get(MasterAddon.STATUS));
        assertTrue(status.contains("restored from " + backup), status);
    }

    @Test
    void aBackupSignedBySomeoneElseIsRefusedInTheConsoleAndNothingWaits() throws Exception {
        Path foreign = temp.resolve("foreign.backup");
        try (Master other = Master.open(temp.resolve("other"))) {
            other.backup(temp.resolve("other"), org.hyperedge.connector.MasterSite.identity(temp.resolve("other")), foreign);
        }

        ui.menu(console.window(), "File", "Restore Master from Backup...");
        Shell dialog = ui.shell(RestoreMasterDialog.TITLE);
        ui.type(ui.byData(Text.class, RestoreMasterDialog.FILE_KEY), foreign.toString());
        ui.select(ui.find(Button.class, b -> b.getShell() == dialog && "Restore...".equals(UiDriver.labelOf(b)), "Restore..."));
        Shell refused = ui.shell(RestoreMasterHandler.REFUSED_TITLE);
        String message = ui.onUi(() -> Arrays.stream(refused.getChildren()).flatMap(BackupFromConsoleTest::labels)
                .reduce("", (a, b) -> a + b));
        ui.screenshot("console-restore-refused");
        ui.select(ui.find(Button.class, b -> b.getShell() == refused && "OK".equals(UiDriver.labelOf(b)), "OK"));

        assertTrue(message.contains("Nothing is restored") && message.contains("not by the trusted master"), message);
        assertFalse(Files.exists(temp.resolve("data").resolve(PendingRestore.FILE)));
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
