package org.hyperedge.console.core.tests.master;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.hyperedge.console.core.master.Backups;
import org.hyperedge.console.core.master.EmbeddedMaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's backups of its master: named by their time, the newest kept. */
class BackupsTest {

    @TempDir
    Path data;

    @Test
    void aBackupIsDueWhenNoneIsThereOrTheNewestIsADayOld() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(data)) {
            Clock morning = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
            Backups atTwo = new Backups(master, 7, morning);
            boolean dueAtFirst = atTwo.due(Duration.ofDays(1));
            atTwo.takeNow();

            boolean dueRightAfter = atTwo.due(Duration.ofDays(1));
            boolean dueNextNight = new Backups(master, 7, Clock.offset(morning, Duration.ofHours(23))).due(Duration.ofDays(1));
            boolean dueNextMorning = new Backups(master, 7, Clock.offset(morning, Duration.ofHours(24))).due(Duration.ofDays(1));

            assertEquals(List.of(true, false, false, true), List.of(dueAtFirst, dueRightAfter, dueNextNight, dueNextMorning));
        }
    }

    @Test
    void theNewestBackupsAreKeptAndTheOlderOnesRemoved() throws Exception {
        try (EmbeddedMaster master = EmbeddedMaster.open(data)) {
            for (String at : List.of("2026-12-01T02:00:00Z", "2026-12-02T02:00:00Z", "2026-12-03T02:00:00Z")) {
                new Backups(master, 2, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).takeNow();
            }
        }

        List<String> kept = Backups.list(data.resolve(Backups.DIRECTORY)).stream().map(p -> p.getFileName().toString()).toList();

        assertEquals(List.of("master-20261202-020000.backup", "master-20261203-020000.backup"), kept);
    }
}
