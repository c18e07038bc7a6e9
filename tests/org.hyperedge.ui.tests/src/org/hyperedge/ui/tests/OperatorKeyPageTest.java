package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.seal.OperatorKeys.OperatorKey;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.preferences.OperatorKeyPreferencePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window › Preferences › Operator Key on the real console: the key the console made beside its preferences, its
 * fingerprint as {@code operators} lists it, and, for a console whose key is gone, a button that makes and enrols a new
 * one through the console's master.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OperatorKeyPageTest {

    @TempDir
    Path temp;

    private ConsoleSession console;
    private UiDriver ui;
    private EmbeddedMaster master;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void thePageShowsTheConsolesKeyItsFingerprintAndEveryKeyTheMasterSealsTo() throws Exception {
        start("dark");
        Path keyFile = temp.resolve("config/operator.key");
        String keyId = SealingKeyPair.read(keyFile).publicKey().id();
        master.services().operatorKeys().add("alice@laptop", SealingKeyPair.generate().publicKey());

        Shell dialog = openOperatorKeyPage();

        Text file = ui.byData(Text.class, OperatorKeyPreferencePage.FILE_KEY);
        assertEquals(keyFile.toString(), ui.onUi(() -> file.getText()));
        Label summary = ui.byData(Label.class, OperatorKeyPreferencePage.SUMMARY_KEY);
        ui.waitUntil("the key and the name the master knows it by", () -> summary.getText().startsWith("Key " + keyId
                + ", which the master seals to as '"));
        Table keys = ui.byData(Table.class, OperatorKeyPreferencePage.KEYS_KEY);
        ui.waitUntil("both keys the master seals to", () -> keys.getItemCount() == 2);
        assertEquals(List.of(keyId, "alice@laptop"), ui.onUi(() -> List.of(keys.getItem(0).getText(1),
                keys.getItem(1).getText(0))), "this console's key first (the oldest), then alice's");
        assertTrue(ui.onUi(() -> keys.getItem(0).getText(0)).endsWith(" (this console)"));
        Button enrol = ui.byData(Button.class, OperatorKeyPreferencePage.ENROL_KEY);
        assertFalse(ui.onUi(enrol::getVisible), "nothing to enrol: the master seals to this key already");
        ui.screenshot("preferences-operator-key-dark");
        close(dialog);
    }

    @Test
    void aConsoleWhoseKeyIsGoneMakesAndEnrolsANewOneFromThePage() throws Exception {
        start("light");
        Path keyFile = temp.resolve("config/operator.key");
        String oldId = SealingKeyPair.read(keyFile).publicKey().id();
        OperatorKey old = master.services().operatorKeys().list().get(0);
        master.services().operatorKeys().remove(old.name());
        Files.delete(keyFile);

        Shell dialog = openOperatorKeyPage();
        Label summary = ui.byData(Label.class, OperatorKeyPreferencePage.SUMMARY_KEY);
        ui.waitUntil("no key yet", () -> summary.getText().startsWith("No operator key yet"));
        Button enrol = ui.byData(Button.class, OperatorKeyPreferencePage.ENROL_KEY);
        ui.waitUntil("the button to make one", () -> enrol.getVisible() && enrol.getEnabled() && "Make and Enrol Key".equals(UiDriver.labelOf(enrol)));
        Table keys = ui.byData(Table.class, OperatorKeyPreferencePage.KEYS_KEY);
        assertEquals(0, (int) ui.onUi(keys::getItemCount), "the master seals to no key");
        ui.screenshot("preferences-operator-key-none");

        ui.select(enrol);
        Shell confirm = ui.shell("Operator key");
        ui.select(ui.find(Button.class, b -> b.getShell() == confirm && "OK".equals(UiDriver.labelOf(b)), "OK"));

        ui.waitUntil("the new key enrolled", () -> summary.getText().contains("which the master seals to as '"));
        String newId = SealingKeyPair.read(keyFile).publicKey().id();
        assertFalse(newId.equals(oldId), "a new key, not the old one");
        assertEquals(List.of(newId), master.services().operatorKeys().list().stream().map(k -> k.key().id()).toList(),
                "the master seals to the new key, the one in the file");
        ui.waitUntil("the table shows it as this console's", () -> keys.getItemCount() == 1
                && keys.getItem(0).getText(0).endsWith(" (this console)") && keys.getItem(0).getText(1).equals(newId));
        assertFalse(ui.onUi(enrol::getVisible), "done: nothing more to enrol");
        ui.screenshot("preferences-operator-key-enrolled");
        close(dialog);
    }

    private void start(String appearance) throws Exception {
        Path preferences = temp.resolve("config/console.properties");
        Files.createDirectories(preferences.getParent());
        Files.writeString(preferences, "appearance.theme=" + appearance + "\n");
        console = ConsoleSession.start(temp.resolve("data"), preferences);
        ui = console.driver();
        ui.onUi(() -> console.window().setBounds(0, 0, 1600, 1000));
        ui.waitUntil("the master open with the console's key", () -> {
            EmbeddedMaster opened = console.windowModel().getContext().get(EmbeddedMaster.class);
            return opened != null && !opened.services().operatorKeys().list().isEmpty();
        });
        master = ui.onUi(() -> console.windowModel().getContext().get(EmbeddedMaster.class));
    }

    /** File › Preferences..., then the Operator Key page, as clicks would. */
    private Shell openOperatorKeyPage() {
        String menu = ui.onUi(() -> {
            for (MenuItem top : console.window().getMenuBar().getItems()) {
                top.getMenu().notifyListeners(SWT.Show, new Event());
                for (MenuItem item : top.getMenu().getItems()) {
                    if ("Preferences...".equals(UiDriver.labelOf(item))) {
                        return UiDriver.labelOf(top);
                    }
                }
            }
            throw new AssertionError("no Preferences... in the menu bar");
        });
        ui.menu(console.window(), menu, "Preferences...");
        Shell dialog = ui.shell("Preferences");
        Tree pages = ui.find(Tree.class, t -> t.getShell() == dialog, "the preference pages");
        ui.onUi(() -> {
            TreeItem page = Arrays.stream(pages.getItems()).filter(i -> "Operator Key".equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Operator Key page"));
            pages.setSelection(page);
            Event event = new Event();
            event.item = page;
            pages.notifyListeners(SWT.Selection, event);
        });
        return dialog;
    }

    private void close(Shell dialog) {
        ui.select(ui.find(Button.class, b -> b.getShell() == dialog && "Cancel".equals(UiDriver.labelOf(b)), "Cancel"));
        ui.waitUntil("the preferences closed", dialog::isDisposed);
    }
}
