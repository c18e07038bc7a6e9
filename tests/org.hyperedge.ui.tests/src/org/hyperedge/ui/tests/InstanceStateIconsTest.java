package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.request.Request;
import org.hyperedge.model.RequestedState;
import org.hyperedge.testsupport.LocalNodeConsole;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.instances.InstancesPart;
import org.hyperedge.ui.parts.ConsoleIcons;
import org.hyperedge.ui.parts.PerspectiveSwitcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each instance row of the real console starts with the icon of its state, as this machine's agent reports it: a
 * database waits until the node reports it, then shows started; another one asked stopped shows stopped.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstanceStateIconsTest {

    private static final Duration PROVISIONING = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private LocalNodeConsole local;
    private UiDriver ui;
    private EmbeddedMaster master;

    @BeforeEach
    void consoleWithThisMachineAdopted() {
        local = LocalNodeConsole.start(temp, PROVISIONING);
        ui = local.ui();
        master = local.master();
    }

    @AfterEach
    void destroyEverythingAndClose() {
        local.close();
    }

    @Test
    void instancesWaitThenShowStartedOrStoppedAsTheNodeReportsThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        master.requests().request(Request.root("running-db", "builtin:h2-database", "default", json.createObjectNode()));
        master.requests().request(Request.root("resting-db", "builtin:h2-database", "default", json.createObjectNode())
                .withState(RequestedState.STOPPED));
        master.changed();
        ui.select(ui.byData(ToolItem.class, PerspectiveSwitcher.PERSPECTIVE_KEY, "org.hyperedge.ui.perspective.operate"));
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);

        Set<Image> runningShowed = new HashSet<>();
        ui.waitUntil("running-db started and resting-db stopped on the node", PROVISIONING, () -> {
            Map<String, Image> icons = titleIcons(table);
            runningShowed.add(icons.get("running-db"));
            return icons.get("running-db") == icon(ConsoleIcons.STARTED) && icons.get("resting-db") == icon(ConsoleIcons.STOPPED);
        });

        assertTrue(runningShowed.contains(icon(ConsoleIcons.WAITING)), "running-db waited for its node before it started");
        Map<String, Image> icons = titleIcons(table);
        assertEquals(icon(ConsoleIcons.STARTED), icons.get("running-db"));
        assertEquals(icon(ConsoleIcons.STOPPED), icons.get("resting-db"));
        ui.screenshot("instances-state-icons");
    }

    private Image icon(String name) {
        return ui.onUi(() -> ConsoleIcons.image(ui.display(), name));
    }

    /** The icon of each row's first column by the row's title, once the rows in view are painted. */
    private Map<String, Image> titleIcons(Table table) {
        return ui.onUi(() -> {
            Map<String, Image> icons = new TreeMap<>();
            for (TableItem item : table.getItems()) {
                icons.put(item.getText(0), item.getImage(0));
            }
            return icons;
        });
    }
}
