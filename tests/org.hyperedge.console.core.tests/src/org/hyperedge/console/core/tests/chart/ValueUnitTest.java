package org.hyperedge.console.core.tests.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hyperedge.console.core.chart.ValueUnit;
import org.junit.jupiter.api.Test;

/** Axis labels and read-outs say the unit people think in: fractions of a core, MB up to TB, percentages. */
class ValueUnitTest {

    @Test
    void fractionsOfACoreReadAsCore() {
        assertEquals(List.of("0", "0.2 core", "0.4 core", "0.6 core", "0.8 core"), ValueUnit.CORES.axis(0.8, 4).labels());
        assertEquals(List.of("0", "0.0005 core", "0.0010 core"), ValueUnit.CORES.axis(0.001, 4).labels());
        assertEquals(List.of("0", "0.05 core", "0.10 core", "0.15 core", "0.20 core", "0.25 core"),
                ValueUnit.CORES.axis(0.25, 5).labels());
    }

    @Test
    void manyCoresReadAsCores() {
        assertEquals(List.of("0", "20 cores", "40 cores", "60 cores", "80 cores"), ValueUnit.CORES.axis(64, 4).labels());
        assertEquals(List.of("0", "1 core", "2 cores", "3 cores", "4 cores"), ValueUnit.CORES.axis(3.2, 4).labels());
    }

    @Test
    void sizesReadInTheLargestUnitTheyReachWithRoundStepsThere() {
        assertEquals(List.of("0", "0.5 MB", "1.0 MB"), ValueUnit.MEGABYTES.axis(1, 4).labels());
        assertEquals(List.of("0", "200 MB", "400 MB", "600 MB", "800 MB"), ValueUnit.MEGABYTES.axis(700, 4).labels());
        assertEquals(List.of("0", "0.5 GB", "1.0 GB", "1.5 GB"), ValueUnit.MEGABYTES.axis(1536, 4).labels());
        assertEquals(List.of("0", "0.5 TB", "1.0 TB", "1.5 TB", "2.0 TB"),
                ValueUnit.MEGABYTES.axis(2.0 * 1024 * 1024, 4).labels());
        assertEquals(2.0 * 1024 * 1024, ValueUnit.MEGABYTES.axis(2.0 * 1024 * 1024, 4).top(), "the top in MB again");
    }

    @Test
    void sharesReadAsPercentagesUpToAHundred() {
        assertEquals(List.of("0", "20 %", "40 %", "60 %", "80 %", "100 %"), ValueUnit.SHARE.axis(0.3, 8).labels());
        assertEquals(1.0, ValueUnit.SHARE.axis(0.3, 8).top());
    }

    @Test
    void aReadOutShowsThreeSignificantDigitsInTheValuesOwnUnit() {
        assertEquals("0.437 core", ValueUnit.CORES.readOut(0.43721));
        assertEquals("0.001 core", ValueUnit.CORES.readOut(0.001));
        assertEquals("12.3 cores", ValueUnit.CORES.readOut(12.345));
        assertEquals("0 core", ValueUnit.CORES.readOut(0));
        assertEquals("512 MB", ValueUnit.MEGABYTES.readOut(512));
        assertEquals("1.23 GB", ValueUnit.MEGABYTES.readOut(1259.52));
        assertEquals("2 TB", ValueUnit.MEGABYTES.readOut(2.0 * 1024 * 1024));
        assertEquals("97.5 %", ValueUnit.SHARE.readOut(0.975));
        assertEquals("100 %", ValueUnit.SHARE.readOut(1));
    }
}
