package org.hyperedge.console.core.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * How old a report is, said as it is ("last report 42 s ago"), and how worrying that age is by the
 * thresholds the operator set in the preferences.
 */
public record Staleness(long warningSeconds, long alarmSeconds) {

    public enum Level {
        FRESH, WARNING, ALARM, NEVER
    }

    public Level level(Instant lastReport, Instant now) {
        if (lastReport == null) {
            return Level.NEVER;
        }
        long age = Duration.between(lastReport, now).getSeconds();
        return age > alarmSeconds ? Level.ALARM : age > warningSeconds ? Level.WARNING : Level.FRESH;
    }

    /**
     * Under this, a node's last report is said as recent ("< 15 s ago"), not to the second: a quiet dialled node is
     * synced at most every 10 s, so a healthy one's age runs from 0 to 10 s, which says nothing more than "recent",
     * while a cell whose text changes is laid out and drawn again, every few seconds in an idle console. (A quiet
     * dialling node is marked heard every 20 s: its age is said in seconds for the last few of them.)
     */
    public static final long RECENT_SECONDS = 15;

    /** The age of a node's (or an instance's) last report: "< 15 s ago" while recent, else as {@link #age}. */
    public static String reportAge(Instant lastReport, Instant now) {
        if (lastReport != null && Duration.between(lastReport, now).getSeconds() < RECENT_SECONDS) {
            return "< " + RECENT_SECONDS + " s ago";
        }
        return age(lastReport, now);
    }

    /** "never", "4 s ago", "12 min ago", "3 h ago", "2 d ago": exact to the unit shown, never rounded to "ok". */
    public static String age(Instant lastReport, Instant now) {
        if (lastReport == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(lastReport, now).getSeconds());
        if (seconds < 120) {
            return seconds + " s ago";
        }
        if (seconds < 7_200) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 172_800) {
            return seconds / 3_600 + " h ago";
        }
        return seconds / 86_400 + " d ago";
    }
}
