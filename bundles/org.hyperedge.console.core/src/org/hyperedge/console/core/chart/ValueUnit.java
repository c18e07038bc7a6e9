package org.hyperedge.console.core.chart;

import java.util.List;
import java.util.Locale;

/**
 * What a chart's values measure and how people read them: cores of CPU ("0.25 core", "16 cores"), sizes from
 * megabytes ("512 MB", "1.5 GB", "2 TB"), and shares as percentages. A size axis is scaled to the unit its top reads
 * best in before its ticks are chosen, so its steps are round in that unit (0.5 GB, not 512 MB).
 */
public enum ValueUnit {

    /** CPU in cores (CPU seconds per second). */
    CORES,
    /** Memory or disk in megabytes (1024 × 1024 bytes, as the agents measure them). */
    MEGABYTES,
    /** A share from 0 to 1, shown as a percentage. */
    SHARE,
    /** A plain number whose unit the chart names once (e.g. "instance-hours per day"), not on every label. */
    NUMBER;

    private static final List<String> SIZES = List.of("MB", "GB", "TB", "PB");

    /** How an axis shows values of this unit: what a value is divided by, and the unit's name after it. */
    public record Scale(double divisor, String unit) {
    }

    /** The scale an axis whose largest value is {@code max} reads best in. */
    public Scale scaleFor(double max) {
        switch (this) {
            case SHARE:
                return new Scale(0.01, "%");
            case NUMBER:
                return new Scale(1, "");
            case MEGABYTES:
                double divisor = 1;
                int index = 0;
                while (max / divisor >= 1024 && index < SIZES.size() - 1) {
                    divisor *= 1024;
                    index++;
                }
                return new Scale(divisor, SIZES.get(index));
            default:
                return new Scale(1, "core");
        }
    }

    /** The axis for values up to {@code max}, in at most {@code intervals} steps of the scale's unit. */
    public Axis axis(double max, int intervals) {
        if (this == SHARE) {
            return new Axis(this, scaleFor(1), AxisTicks.covering(100, Math.min(intervals, 5)));
        }
        Scale scale = scaleFor(max);
        return new Axis(this, scale, AxisTicks.covering(max / scale.divisor(), intervals));
    }

    /** A value read out in full, to three significant digits (the hover read-out): "0.437 core", "1.23 GB", "97.5 %". */
    public String readOut(double value) {
        Scale scale = scaleFor(Math.abs(value));
        double scaled = value / scale.divisor();
        String number;
        double magnitude = Math.abs(scaled);
        if (magnitude == 0) {
            number = "0";
        } else {
            int decimals = Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(magnitude))));
            number = strip(String.format(Locale.ROOT, "%." + decimals + "f", scaled));
        }
        return label(number, scaled, scale);
    }

    /** A number in a scale's unit with the unit after it, "core" singular up to one. */
    static String label(String number, double scaled, Scale scale) {
        if (scale.unit().isEmpty()) {
            return number;
        }
        if (scale.unit().equals("core")) {
            return number + (Math.abs(scaled) <= 1 ? " core" : " cores");
        }
        return number + " " + scale.unit();
    }

    private static String strip(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String stripped = number.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** A value axis: its unit, its scale and its ticks (in the scale's unit), and the labels of the ticks. */
    public record Axis(ValueUnit unit, Scale scale, AxisTicks ticks) {

        /** The axis' top in the values' own unit (cores, MB, share). */
        public double top() {
            return ticks.top() * scale.divisor();
        }

        /** Each tick's label: "0", "0.25 core", "1.5 GB", "40 %"; 0 plain, as it reads the same in every unit. */
        public List<String> labels() {
            return ticks.values().stream().map(this::label).toList();
        }

        private String label(double tick) {
            if (tick == 0) {
                return "0";
            }
            return ValueUnit.label(String.format(Locale.ROOT, "%." + ticks.decimals() + "f", tick), tick, scale);
        }
    }
}
