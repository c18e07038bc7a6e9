package org.hyperedge.console.core.tests.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.hyperedge.console.core.monitoring.Staleness;
import org.junit.jupiter.api.Test;

/** A report's age as the console says it, and how worrying it is by the operator's thresholds. */
class StalenessTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void reportAgesAreSaidExactToTheUnitShown() {
        assertEquals("never", Staleness.age(null, NOW));
        assertEquals("42 s ago", Staleness.age(NOW.minusSeconds(42), NOW));
        assertEquals("12 min ago", Staleness.age(NOW.minusSeconds(12 * 60 + 5), NOW));
        assertEquals("3 h ago", Staleness.age(NOW.minusSeconds(3 * 3600), NOW));
        assertEquals("2 d ago", Staleness.age(NOW.minusSeconds(2 * 86_400 + 60), NOW));
    }

    @Test
    void aReportFromTheFutureIsSaidToBeNoSecondsOld() {
        assertEquals("0 s ago", Staleness.age(NOW.plusSeconds(5), NOW));
    }

    @Test
    void aLastReportIsSaidRecentUntilItIsOlderThanAQuietNodesSyncs() {
        assertEquals("< 15 s ago", Staleness.reportAge(NOW, NOW));
        assertEquals("< 15 s ago", Staleness.reportAge(NOW.minusSeconds(14), NOW));
        assertEquals("< 15 s ago", Staleness.reportAge(NOW.plusSeconds(3), NOW), "a node clock ahead of the master's");
        assertEquals("15 s ago", Staleness.reportAge(NOW.minusSeconds(15), NOW));
        assertEquals("3 min ago", Staleness.reportAge(NOW.minusSeconds(185), NOW));
        assertEquals("never", Staleness.reportAge(null, NOW));
    }

    @Test
    void levelsFollowTheThresholdsWithTheBoundsStillTheMilderLevel() {
        Staleness thresholds = new Staleness(30, 120);

        assertEquals(Staleness.Level.FRESH, thresholds.level(NOW.minusSeconds(30), NOW));
        assertEquals(Staleness.Level.WARNING, thresholds.level(NOW.minusSeconds(31), NOW));
        assertEquals(Staleness.Level.WARNING, thresholds.level(NOW.minusSeconds(120), NOW));
        assertEquals(Staleness.Level.ALARM, thresholds.level(NOW.minusSeconds(121), NOW));
        assertEquals(Staleness.Level.NEVER, thresholds.level(null, NOW));
    }
}
