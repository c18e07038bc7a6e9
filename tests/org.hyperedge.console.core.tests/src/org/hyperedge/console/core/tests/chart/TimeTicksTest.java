package org.hyperedge.console.core.tests.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.hyperedge.console.core.chart.TimeTicks;
import org.junit.jupiter.api.Test;

/** A time axis ticks round local times: minutes over an hour, hours over a day, dates over a week or a month. */
class TimeTicksTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anHourTicksEveryTenMinutesInLocalTime() {
        Instant from = Instant.parse("2026-12-06T13:00:00Z");

        TimeTicks ticks = TimeTicks.over(from, from.plus(Duration.ofHours(1)), PARIS, 7);

        assertEquals(Duration.ofMinutes(10), ticks.step());
        assertEquals(List.of("14:00", "14:10", "14:20", "14:30", "14:40", "14:50", "15:00"), labels(ticks));
    }

    @Test
    void anHourNotOnTheHourTicksTheRoundMinutesInIt() {
        Instant from = Instant.parse("2026-12-06T13:37:00Z");

        assertEquals(List.of("14:40", "14:50", "15:00", "15:10", "15:20", "15:30"),
                labels(TimeTicks.over(from, from.plus(Duration.ofHours(1)), PARIS, 7)));
    }

    @Test
    void aDayTicksEveryThreeHoursAndItsMidnightShowsTheDate() {
        Instant from = Instant.parse("2026-12-06T14:00:00Z");

        TimeTicks ticks = TimeTicks.over(from, from.plus(Duration.ofHours(24)), PARIS, 9);

        assertEquals(Duration.ofHours(3), ticks.step());
        assertEquals(List.of("15:00", "18:00", "21:00", "7 Dec", "03:00", "06:00", "09:00", "12:00", "15:00"), labels(ticks));
    }

    @Test
    void aWeekTicksEveryDayAsDates() {
        Instant from = Instant.parse("2026-11-29T14:00:00Z");

        TimeTicks ticks = TimeTicks.over(from, from.plus(Duration.ofDays(7)), PARIS, 8);

        assertEquals(Duration.ofDays(1), ticks.step());
        assertEquals(List.of("30 Nov", "1 Dec", "2 Dec", "3 Dec", "4 Dec", "5 Dec", "6 Dec"), labels(ticks));
    }

    @Test
    void aMonthTicksMondays() {
        Instant from = Instant.parse("2026-11-06T14:00:00Z");

        TimeTicks ticks = TimeTicks.over(from, from.plus(Duration.ofDays(30)), PARIS, 8);

        assertEquals(Duration.ofDays(7), ticks.step());
        assertEquals(List.of("9 Nov", "16 Nov", "23 Nov", "30 Nov"), labels(ticks), "the Mondays of the month");
    }

    @Test
    void theNightClocksGoForwardHasNoTwoOClockAndNoRepeatedTick() {
        Instant from = Instant.parse("2026-03-28T22:00:00Z"); // 23:00 in Paris, before the 02:00 that does not exist

        TimeTicks ticks = TimeTicks.over(from, from.plus(Duration.ofHours(5)), PARIS, 7);

        assertEquals(List.of("23:00", "29 Mar", "01:00", "03:00", "04:00", "05:00"), labels(ticks));
    }

    @Test
    void aBackwardRangeIsRefusedSayingWhy() {
        Instant at = Instant.parse("2026-12-06T13:00:00Z");

        assertEquals("a time axis runs forward, not from 2026-12-06T13:00:00Z to 2026-12-06T13:00:00Z",
                assertThrows(IllegalArgumentException.class, () -> TimeTicks.over(at, at, PARIS, 5)).getMessage());
    }

    private static List<String> labels(TimeTicks ticks) {
        return ticks.ticks().stream().map(TimeTicks.Tick::label).toList();
    }
}
