package org.hyperedge.console.core.chart;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ticks of a time axis in the operator's time zone: a round step (1, 2, 5, 10, 15 or 30 minutes, 1, 2, 3, 6 or 12
 * hours, a day, two days, a week), the smallest that leaves at most the ticks asked for, placed on the round local
 * times ("14:30", midnight, Mondays). Sub-day ticks read "HH:mm" except at midnight, which reads as the date
 * ("7 Dec"), so a day's boundary shows; ticks of a day or more read as dates.
 *
 * @param step   the time between two ticks
 * @param ticks  the ticks in the range, each with its label
 */
public record TimeTicks(Duration step, List<Tick> ticks) {

    /** One tick: its time and its label. */
    public record Tick(Instant at, String label) {
    }

    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** At most {@code maxTicks} ticks over [from, to] at local times of {@code zone}. */
    public static TimeTicks over(Instant from, Instant to, ZoneId zone, int maxTicks) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a time axis runs forward, not from " + from + " to " + to);
        }
        if (maxTicks < 2) {
            throw new IllegalArgumentException("a time axis needs room for at least 2 ticks, not " + maxTicks);
        }
        Duration span = Duration.between(from, to);
        for (Duration step : STEPS) {
            if (span.dividedBy(step) + 1 <= maxTicks) {
                return new TimeTicks(step, place(from, to, zone, step));
            }
        }
        Duration step = STEPS.get(STEPS.size() - 1).multipliedBy(span.toDays() / 7 / (maxTicks - 1) + 1);
        return new TimeTicks(step, place(from, to, zone, step));
    }

    private static List<Tick> place(Instant from, Instant to, ZoneId zone, Duration step) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (step.toDays() >= 7) {
            // weeks start on Mondays, as calendars print them
            long weeks = step.toDays() / 7;
            LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (LocalDate day = monday; !day.isAfter(last); day = day.plusWeeks(weeks)) {
                add(ticks, day.atStartOfDay(zone), from, to, true);
            }
        } else if (step.toDays() >= 1) {
            long days = step.toDays();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.toEpochDay() % days == 0) {
                    add(ticks, day.atStartOfDay(zone), from, to, true);
                }
            }
        } else {
            long minutes = step.toMinutes();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (long m = 0; m < 24 * 60; m += minutes) {
                    LocalDateTime local = day.atStartOfDay().plusMinutes(m);
                    add(ticks, local.atZone(zone), from, to, m == 0);
                }
            }
        }
        return List.copyOf(ticks);
    }

    private static void add(List<Tick> ticks, ZonedDateTime local, Instant from, Instant to, boolean date) {
        Instant at = local.toInstant();
        boolean repeated = !ticks.isEmpty() && !ticks.get(ticks.size() - 1).at().isBefore(at);
        if (!at.isBefore(from) && !at.isAfter(to) && !repeated) {
            ticks.add(new Tick(at, (date ? DATE : TIME).format(local)));
        }
    }
}
