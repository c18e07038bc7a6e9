package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.seal.OperatorKeys;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.master.OperatorKeyLocation;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.hyperedge.ui.properties.PropertiesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The console shows a secret connection value only to an operator whose key it was sealed to: a console without
 * an operator key shows the H2 database's password as sealed; the same console started again with its operator
 * key (made beside its preferences and added to the master) shows the password its node created, once the node
 * has sealed it to that key too.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SealedPropertiesTest {

    private static final Duration PROVISIONING = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private LocalNodeConsole local;

    @AfterEach
    void destroyEverythingAndClose() {
        System.clearProperty(OperatorKeyLocation.PROPERTY);
        if (local != null) {
            local.close();
        }
    }

    @Test
    void thePropertiesViewShowsTheDatabasePasswordSealedWithoutTheOperatorKeyAndOpenedWithIt() throws Exception {
        System.setProperty(OperatorKeyLocation.PROPERTY, "none");
        local = LocalNodeConsole.start(temp, PROVISIONING);
        local.master().requests().request(Request.root("orders-db", "builtin:h2-database", "default",
                new ObjectMapper().createObjectNode()));
        local.master().changed();

        String withoutKey = passwordRow(local.ui());
        String password = partitionSecret(local.data(), "password");
        local.ui().screenshot("properties-sealed-without-operator-key");
        assertEquals("password\t" + SealedValue.SHOWN, withoutKey);
        assertEquals(local.ui().onUi(() -> ConsoleIcons.image(local.ui().display(), ConsoleIcons.SEALED_SECRET)),
                passwordValueIcon(local.ui()), "the lock of a sealed secret beside the value");
        assertFalse(treeText(local.ui()).contains(password), "the password shows without the operator's key");

        // the same console again, now with its operator key
        local.console().close();
        System.clearProperty(OperatorKeyLocation.PROPERTY);
        local = LocalNodeConsole.start(temp, PROVISIONING);
        UiDriver ui = local.ui();
        Path keyFile = temp.resolve("config/operator.key");

        // polled from the test's thread: passwordRow waits itself, which must not happen inside a UI-thread condition
        long deadline = System.nanoTime() + PROVISIONING.toNanos();
        String opened = passwordRow(ui);
        while (!opened.equals("password\t" + password) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            opened = passwordRow(ui);
        }
        assertEquals("password\t" + password, opened, "the node sealed the password to the console's new operator key too");
        ui.screenshot("properties-opened-with-operator-key");
        assertTrue(Files.isRegularFile(keyFile), "the console made its key beside its preferences");
        assertEquals(List.of(SealingKeyPair.read(keyFile).publicKey()), local.master().services().operatorKeys().list()
                .stream().map(OperatorKeys.OperatorKey::key).toList(), "the master knows the public key, and only it");
    }

    /** Selects orders-db once it runs and returns its password's row in the Properties view. */
    private static String passwordRow(UiDriver ui) {
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("orders-db started", PROVISIONING, () -> ui.onUi(() -> table.getItemCount() == 1
                && table.getItem(0).getText(5).equals("started")));
        ui.onUi(() -> {
            table.setSelection(0);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        ui.waitUntil("the Properties view shows orders-db's password", () -> treeText(ui).contains("\npassword\t")
                || treeText(ui).startsWith("password\t"));
        return treeText(ui).lines().filter(line -> line.startsWith("password\t")).findFirst().orElseThrow().strip();
    }

    private static org.eclipse.swt.graphics.Image passwordValueIcon(UiDriver ui) {
        Tree tree = ui.byData(Tree.class, PropertiesPart.TREE_KEY);
        return ui.onUi(() -> {
            for (TreeItem section : tree.getItems()) {
                for (TreeItem row : section.getItems()) {
                    if ("password".equals(row.getText(0))) {
                        return row.getImage(1);
                    }
                }
            }
            throw new AssertionError("no password row");
        });
    }

    private static String treeText(UiDriver ui) {
        Tree tree = ui.byData(Tree.class, PropertiesPart.TREE_KEY);
        return ui.onUi(() -> {
            StringBuilder text = new StringBuilder();
            List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
            while (!items.isEmpty()) {
                TreeItem item = items.remove(0);
                text.append(item.getText(0)).append('\t').append(item.getText(1)).append('\n');
                items.addAll(0, List.of(item.getItems()));
            }
            return text.toString();
        });
    }

    /** The secret as this machine's agent created it (the node may know it; the master may not). */
    private static String partitionSecret(Path data, String name) throws Exception {
        Path privateRoot = EmbeddedMaster.localAgentDirectory(data).resolve("private");
        try (var files = Files.find(privateRoot, 2, (p, a) -> p.endsWith(".secrets"))) {
            for (Path file : files.toList()) {
                Properties secrets = new Properties();
                try (var reader = Files.newBufferedReader(file)) {
                    secrets.load(reader);
                }
                if (secrets.getProperty(name) != null) {
                    return secrets.getProperty(name);
                }
            }
        }
        throw new AssertionError("this machine's agent has no secret '" + name + "'");
    }
}
