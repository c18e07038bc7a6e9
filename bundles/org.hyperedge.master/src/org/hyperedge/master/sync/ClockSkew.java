package org.hyperedge.master.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a node's clock is off the master's: the agent's clock when it made a report page minus the middle of the
 * master's clock before and after the request, give or take half the round trip. Positive: the node is ahead.
 *
 * @param skew        agent clock minus master clock
 * @param uncertainty half the round trip: the measurement is good to this much
 * @param measuredAt  the master's clock when the answer came
 */
public record ClockSkew(Duration skew, Duration uncertainty, Instant measuredAt) {

    /** Clocks closer than this are taken as right (system property {@code hyperedge.monitoring.clockToleranceSeconds}). */
    public static final Duration TOLERANCE = Duration.ofSeconds(Long.getLong("hyperedge.monitoring.clockToleranceSeconds", 5));

    /**
     * A clock counted off stays off until it is surely closer than this (four fifths of the tolerance): a skew that
     * hovers about the tolerance would otherwise open and resolve the node's clock ticket on every other report.
     */
    public static final Duration RECOVERY = TOLERANCE.multipliedBy(4).dividedBy(5);

    /** The skew of the agent's {@code clock}, read between the master's {@code asked} and {@code answered}. */
    public static ClockSkew measure(Instant clock, Instant asked, Instant answered) {
        Duration roundTrip = Duration.between(asked, answered);
        Instant middle = asked.plus(roundTrip.dividedBy(2));
        return new ClockSkew(Duration.between(middle, clock), roundTrip.dividedBy(2), answered);
    }

    /** True when the node's clock is surely off by more than the tolerance, whatever the round trip took. */
    public boolean off() {
        return skew.abs().compareTo(TOLERANCE.plus(uncertainty)) > 0;
    }

    /** True when the node's clock is surely closer than {@link #RECOVERY}, whatever the round trip took. */
    public boolean back() {
        return skew.abs().plus(uncertainty).compareTo(RECOVERY) < 0;
    }

    /** Whether a clock that {@code wasOff} is off now: it turns off past the tolerance, and right again below the recovery. */
    public boolean off(boolean wasOff) {
        return wasOff ? !back() : off();
    }

    /** "30 d 1 h behind", "2 min 5 s ahead", "right": the skew in words, to the two largest units. */
    public static String describe(Duration skew) {
        long seconds = Math.abs(skew.getSeconds() + (skew.getNano() >= 500_000_000 ? 1 : 0));
        if (seconds == 0) {
            return "right";
        }
        long[] sizes = { 86_400, 3_600, 60, 1 };
        String[] units = { "d", "h", "min", "s" };
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < sizes.length && shown < 2; i++) {
            long count = seconds / sizes[i];
            seconds %= sizes[i];
            if (count > 0 || shown > 0) {
                if (count > 0) {
                    text.append(text.length() == 0 ? "" : " ").append(count).append(' ').append(units[i]);
                }
                shown++;
            }
        }
        return text + (skew.isNegative() ? " behind" : " ahead");
    }
}
