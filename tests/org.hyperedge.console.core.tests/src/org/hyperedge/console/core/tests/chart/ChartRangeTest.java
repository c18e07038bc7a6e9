package org.hyperedge.console.core.tests.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.hyperedge.console.core.monitoring.ChartRange;
import org.junit.jupiter.api.Test;

/** The chart ranges end where the current, still filling bucket starts, and each draws 60 to 168 points. */
class ChartRangeTest {

    @Test
    void theLastHourEndsAtTheStartOfThisMinute() {
        ChartRange.Window window = ChartRange.LAST_HOUR.window(Instant.parse("2026-12-06T14:37:20Z"));

        assertEquals(new ChartRange.Window(Instant.parse("2026-12-06T13:37:00Z"), Instant.parse("2026-12-06T14:37:00Z")),
                window);
    }

    @Test
    void theLastMonthEndsAtTheStartOfThisSixHourBucket() {
        ChartRange.Window window = ChartRange.LAST_MONTH.window(Instant.parse("2026-12-06T14:37:20Z"));

        assertEquals(Instant.parse("2026-12-06T12:00:00Z"), window.to());
        assertEquals(Duration.ofDays(30), Duration.between(window.from(), window.to()));
    }

    @Test
    void everyRangeDrawsBetweenSixtyAndAHundredSixtyEightPoints() {
        for (ChartRange range : ChartRange.values()) {
            long points = range.span().dividedBy(range.bucket());
            assertEquals(true, points >= 60 && points <= 168, range + " draws " + points);
            assertEquals(range, ChartRange.labelled(range.label()));
        }
    }

    @Test
    void anUnknownRangeIsRefusedNamingTheRangesThereAre() {
        assertEquals("no chart range '2 h': the ranges are 1 h, 24 h, 7 d and 30 d",
                assertThrows(IllegalArgumentException.class, () -> ChartRange.labelled("2 h")).getMessage());
    }
}
