package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.hyperedge.master.Master;
import org.hyperedge.master.store.Database;
import org.hyperedge.testsupport.ConsoleSession;
import org.hyperedge.testsupport.ScreenshotOnFailure;
import org.hyperedge.testsupport.UiDriver;
import org.hyperedge.ui.instances.InstancesPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Instances view says its report ages again every few seconds by setting the age cells that changed, not by
 * clearing its rows: GTK then filled, laid out and drew the whole table again in an idle console.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstancesViewAgesTest {

    private static final int LAST_REPORT = 7;

    @TempDir
    Path temp;

    private ConsoleSession console;

    @AfterEach
    void closeConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void theAgesMoveWithoutTheRowsBeingFilledAgain() throws Exception {
        // given: a console showing instances whose node reported seconds ago
        Path data = temp.resolve("data");
        AdminSite.create(data);
        reportedJustNow(data);
        Path preferences = temp.resolve("config/console.properties");
        Files.createDirectories(preferences.getParent());
        Files.write(preferences, List.of("appearance.theme=light"));
        console = ConsoleSession.start(data, preferences);
        UiDriver ui = console.driver();
        Table table = ui.byData(Table.class, InstancesPart.TABLE_KEY);
        ui.waitUntil("a row whose last report is seconds old", () -> recent(table) != null);
        TableItem row = ui.onUi(() -> recent(table));
        AtomicInteger filled = new AtomicInteger();
        ui.onUi(() -> table.addListener(SWT.SetData, event -> filled.incrementAndGet()));

        // when: the age is said again, a few times (the console also reads its models again every 30 s, and when its
        // periodic checks write: a refill then is not the age's, so one age change of three without one suffices)
        List<Integer> fillsPerAgeChange = new java.util.ArrayList<>();
        for (int change = 0; change < 3 && !fillsPerAgeChange.contains(0); change++) {
            String ageBefore = ui.onUi(() -> row.getText(LAST_REPORT));
            filled.set(0);
            ui.waitUntil("the age said again", Duration.ofSeconds(20),
                    () -> !row.isDisposed() && !row.getText(LAST_REPORT).equals(ageBefore));
            fillsPerAgeChange.add(filled.get());
        }

        // then: no row was filled again for it
        assertTrue(fillsPerAgeChange.contains(0),
                "rows filled again to say a new age, at each of the changes seen: " + fillsPerAgeChange);
    }

    /** Every instance and node reported a moment ago (the site's own reports are a day's history, hours old). */
    private static void reportedJustNow(Path data) {
        try (Database database = Database.open(Master.h2Url(data))) {
            database.inTransaction(connection -> {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (String table : new String[] { "instance", "node" }) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET last_report_at = ?")) {
                        update.setObject(1, now);
                        update.executeUpdate();
                    }
                }
                return null;
            });
        }
    }

    private static TableItem recent(Table table) {
        for (TableItem item : table.getItems()) {
            if (item.getText(LAST_REPORT).endsWith(" s ago")) {
                return item;
            }
        }
        return null;
    }
}
