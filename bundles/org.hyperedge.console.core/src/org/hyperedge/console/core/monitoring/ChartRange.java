package org.hyperedge.console.core.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * The time ranges the monitoring charts offer, each with the bucket its points sum: minutes over the last hour, ten
 * minutes over a day (both from the node minutes), hours over a week and six hours over a month (from the node hours),
 * so every range draws between 60 and 168 points.
 */
public enum ChartRange {

    LAST_HOUR("1 h", Duration.ofHours(1), Duration.ofMinutes(1), "per minute"),
    LAST_DAY("24 h", Duration.ofHours(24), Duration.ofMinutes(10), "per 10 minutes"),
    LAST_WEEK("7 d", Duration.ofDays(7), Duration.ofHours(1), "hourly"),
    LAST_MONTH("30 d", Duration.ofDays(30), Duration.ofHours(6), "per 6 hours");

    private final String label;
    private final Duration span;
    private final Duration bucket;
    private final String resolution;

    ChartRange(String label, Duration span, Duration bucket, String resolution) {
        this.label = label;
        this.span = span;
        this.bucket = bucket;
        this.resolution = resolution;
    }

    /** What the chooser shows: "1 h", "24 h", "7 d", "30 d". */
    public String label() {
        return label;
    }

    public Duration span() {
        return span;
    }

    public Duration bucket() {
        return bucket;
    }

    /** How often a point is, in words: "per minute", "hourly". */
    public String resolution() {
        return resolution;
    }

    /**
     * The range's window at {@code now}: it ends where the bucket {@code now} falls in starts, so the current bucket,
     * still filling, is not drawn as a dip; it spans the range.
     */
    public Window window(Instant now) {
        long seconds = bucket.getSeconds();
        Instant to = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
        return new Window(to.minus(span), to);
    }

    /** The range a chooser's label names. */
    public static ChartRange labelled(String label) {
        for (ChartRange range : values()) {
            if (range.label.equals(label)) {
                return range;
            }
        }
        throw new IllegalArgumentException("no chart range '" + label + "': the ranges are 1 h, 24 h, 7 d and 30 d");
    }

    /** A window of time [from, to). */
    public record Window(Instant from, Instant to) {
    }
}
