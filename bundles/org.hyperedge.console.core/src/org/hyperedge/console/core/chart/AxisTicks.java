package org.hyperedge.console.core.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a value axis from 0: a step of 1, 2 or 5 times a power of ten, the smallest that covers the largest
 * value in at most the intervals asked for, and the ticks from 0 up to the first multiple of the step at or above it.
 * Ticks are exact decimals (0.3, not 0.30000000000000004), so labels print as people write them.
 *
 * @param step     the distance between two ticks
 * @param decimals the decimals a label needs to show the step (0 for 5, 1 for 0.5, 3 for 0.002)
 * @param values   the ticks, from 0 to the axis' top
 */
public record AxisTicks(double step, int decimals, List<Double> values) {

    private static final int[] MANTISSAS = { 1, 2, 5 };

    /** The axis' top: the last tick. */
    public double top() {
        return values.get(values.size() - 1);
    }

    /**
     * Ticks from 0 covering {@code max} in at most {@code intervals} steps. A chart with nothing above 0 (no data, or
     * all idle) gets the axis of 0 to 1, which reads as "nothing" rather than inventing a scale.
     */
    public static AxisTicks covering(double max, int intervals) {
        if (intervals < 1) {
            throw new IllegalArgumentException("an axis needs at least one interval, not " + intervals);
        }
        if (Double.isNaN(max) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("an axis cannot cover " + max);
        }
        if (max <= 0) {
            max = 1;
        }
        int exponent = (int) Math.floor(Math.log10(max / intervals));
        while (true) {
            for (int mantissa : MANTISSAS) {
                BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
                // a hair of tolerance: 0.3 covered by steps of 0.1 must not need a fourth because of binary rounding
                long count = (long) Math.ceil(max / step.doubleValue() - 1e-9);
                if (count <= intervals) {
                    return of(step, Math.max(1, count));
                }
            }
            exponent++;
        }
    }

    private static AxisTicks of(BigDecimal step, long count) {
        List<Double> values = new ArrayList<>();
        for (long i = 0; i <= count; i++) {
            values.add(step.multiply(BigDecimal.valueOf(i)).doubleValue());
        }
        return new AxisTicks(step.doubleValue(), Math.max(0, step.stripTrailingZeros().scale()), List.copyOf(values));
    }
}
