package org.hyperedge.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hyperedge.console.core.chart.ValueUnit;

/**
 * What the mouse points at in a chart: of the points at the time under the mouse (within half a bucket), the one
 * whose line is nearest the mouse vertically, and its read-out "edge-berlin-1 · Sun 6 Dec 14:37 · 0.437 core".
 */
record ChartHover(int seriesIndex, int pointIndex, String readOut) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    /** The point under (x, y), or null when the mouse is outside the plot or no point is near that time. */
    static ChartHover at(int x, int y, ChartGeometry geometry, List<TimeChart.Series> series, Duration bucket,
            ValueUnit unit, ZoneId zone) {
        if (geometry == null || !geometry.contains(x, y)) {
            return null;
        }
        Instant time = geometry.time(x);
        // without a bucket (points at any spacing), the nearest point within 4 % of the window counts
        long reach = bucket != null ? bucket.toMillis() / 2 + 1
                : Math.max(1, Duration.between(geometry.from(), geometry.to()).toMillis() / 25);
        ChartHover best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = 0; s < series.size(); s++) {
            TimeChart.Series one = series.get(s);
            int nearest = nearest(one.times(), time, bucket);
            if (nearest < 0 || Math.abs(Duration.between(pointTime(one.times().get(nearest), bucket), time).toMillis()) > reach) {
                continue;
            }
            int distance = Math.abs(geometry.y(one.values().get(nearest)) - y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new ChartHover(s, nearest, one.name() + " · " + TIME.format(one.times().get(nearest).atZone(zone))
                        + " · " + unit.readOut(one.values().get(nearest)));
            }
        }
        return best;
    }

    /** Where a point is drawn: in the middle of its bucket, which its time starts. */
    static Instant pointTime(Instant start, Duration bucket) {
        return bucket == null ? start : start.plus(bucket.dividedBy(2));
    }

    private static int nearest(List<Instant> times, Instant time, Duration bucket) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < times.size(); i++) {
            long distance = Math.abs(Duration.between(pointTime(times.get(i), bucket), time).toMillis());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
