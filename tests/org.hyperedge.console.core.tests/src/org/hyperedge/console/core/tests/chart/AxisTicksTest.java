package org.hyperedge.console.core.tests.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.hyperedge.console.core.chart.AxisTicks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value axis' ticks are round steps of 1, 2 or 5 from 0 that cover the data in the intervals asked for. */
class AxisTicksTest {

    @Test
    void aThirdOfACoreInThreeStepsIsTenthsWrittenExactly() {
        AxisTicks ticks = AxisTicks.covering(0.3, 3);

        assertEquals(List.of(0.0, 0.1, 0.2, 0.3), ticks.values());
        assertEquals(1, ticks.decimals());
    }

    @Test
    void sixtyFourCoresInFiveIntervalsAreStepsOfTwenty() {
        AxisTicks ticks = AxisTicks.covering(64, 5);

        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0), ticks.values());
        assertEquals(0, ticks.decimals());
    }

    @Test
    void aThousandthOfACoreIsStepsOfTwoTenThousandths() {
        AxisTicks ticks = AxisTicks.covering(0.001, 5);

        assertEquals(0.0002, ticks.step());
        assertEquals(0.001, ticks.top());
        assertEquals(4, ticks.decimals());
    }

    @Test
    void nothingAboveZeroIsTheAxisOfZeroToOne() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), AxisTicks.covering(0, 5).values());
    }

    @Test
    void anAxisWithoutIntervalsOrOfNoNumberIsRefusedSayingWhy() {
        assertEquals("an axis needs at least one interval, not 0",
                assertThrows(IllegalArgumentException.class, () -> AxisTicks.covering(3, 0)).getMessage());
        assertEquals("an axis cannot cover NaN",
                assertThrows(IllegalArgumentException.class, () -> AxisTicks.covering(Double.NaN, 4)).getMessage());
    }

    /** From a thousandth of a core to 64 cores, and from 1 MB to 2 TB in MB: every scale gets a round, tight axis. */
    @ParameterizedTest
    @ValueSource(doubles = { 0.001, 0.0013, 0.004, 0.0099, 0.02, 0.07, 0.25, 0.33, 0.999, 1, 1.01, 3.7, 7.9, 12, 16, 31.5,
            48, 64, 1, 17, 256, 999, 1023, 1536, 4096, 65_536, 1_000_000, 2_097_152 })
    void everyScaleGetsRoundStepsThatCoverTheDataTightly(double max) {
        for (int intervals = 2; intervals <= 8; intervals++) {
            AxisTicks ticks = AxisTicks.covering(max, intervals);

            String what = max + " in " + intervals + ": " + ticks;
            assertTrue(ticks.top() >= max * (1 - 1e-12), "covers the largest value, " + what);
            assertTrue(ticks.values().size() - 1 <= intervals, "at most the intervals asked for, " + what);
            assertTrue(ticks.values().size() >= 2, "at least 0 and a top, " + what);
            assertTrue(ticks.top() - ticks.step() < max, "no empty step on top, " + what);
            int mantissa = new BigDecimal(Double.toString(ticks.step())).stripTrailingZeros().unscaledValue().intValueExact();
            assertTrue(List.of(1, 2, 5).contains(mantissa), "a step of 1, 2 or 5, " + what);
            for (int i = 0; i < ticks.values().size(); i++) {
                assertEquals(new BigDecimal(Double.toString(ticks.step())).multiply(BigDecimal.valueOf(i)).doubleValue(),
                        ticks.values().get(i), "tick " + i + " is an exact multiple, " + what);
            }
        }
    }
}
