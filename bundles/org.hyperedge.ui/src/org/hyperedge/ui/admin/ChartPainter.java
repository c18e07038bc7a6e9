package org.hyperedge.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.hyperedge.console.core.chart.TimeTicks;
import org.hyperedge.console.core.chart.ValueUnit;
import org.hyperedge.ui.theme.Palette;

/**
 * Draws a {@link TimeChart}: its title and hover read-out on top, the value axis with round ticks in the unit people
 * read (from {@link ValueUnit}), the time axis with round local times (from {@link TimeTicks}), each series as lines
 * broken where buckets have no data, and the legend. Returns the geometry it drew with, which the hover reads back.
 */
final class ChartPainter {

    private static final RGB[] PALETTE = { new RGB(31, 119, 180), new RGB(214, 39, 40), new RGB(44, 160, 44),
            new RGB(255, 127, 14), new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194),
            new RGB(127, 127, 127) };

    /** What one paint draws. */
    record Content(String title, String note, ValueUnit unit, List<TimeChart.Series> series, Instant from, Instant to,
            Duration bucket, ZoneId zone, ChartHover hover) {
    }

    private final GC gc;
    private final Display display;
    private final Content content;
    private final int lineHeight;
    private final List<Color> colors = new ArrayList<>();
    /** The chart's own colours, as the theme's CSS set them on the canvas (a paint's GC starts with them). */
    private final Color text;
    private final Color background;
    private final Palette palette;

    ChartPainter(GC gc, Display display, Content content) {
        this.gc = gc;
        this.display = display;
        this.content = content;
        this.lineHeight = gc.getFontMetrics().getHeight();
        this.text = gc.getForeground();
        this.background = gc.getBackground();
        this.palette = Palette.forBackground(background.getRGB());
    }

    static RGB color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    /** Paints the chart in the area; the geometry of its plot, or null when the area is too small for one. */
    ChartGeometry paint(Rectangle area) {
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            header(area);
            if (content.from() == null) {
                return null;
            }
            int top = area.y + lineHeight + 14;
            int legendHeight = content.series().isEmpty() ? 0 : lineHeight + 4;
            int bottom = area.y + area.height - lineHeight - 8 - legendHeight;
            int intervals = Math.max(2, Math.min(5, (bottom - top) / (lineHeight * 2)));
            ValueUnit.Axis axis = content.unit().axis(largest(), intervals);
            List<String> labels = axis.labels();
            int widest = labels.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0);
            int left = area.x + 10 + widest + 6;
            int right = area.x + area.width - 16;
            if (right - left < 60 || bottom - top < 30) {
                return null;
            }
            ChartGeometry geometry = new ChartGeometry(new Rectangle(left, top, right - left, bottom - top), content.from(),
                    content.to(), axis.top());
            valueAxis(geometry, axis, labels);
            timeAxis(geometry);
            if (content.series().isEmpty()) {
                gc.setForeground(palette.muted());
                gc.drawText("no data in this range", left + 12, top + 8, true);
            }
            for (int s = 0; s < content.series().size(); s++) {
                lines(geometry, s);
            }
            legend(left, right, bottom + lineHeight + 8);
            hover(geometry);
            return geometry;
        } finally {
            colors.forEach(Color::dispose);
        }
    }

    private void header(Rectangle area) {
        gc.setForeground(text);
        gc.drawText(content.title(), area.x + 8, area.y + 4, true);
        int x = area.x + 8 + gc.textExtent(content.title()).x + 12;
        if (content.note() != null && !content.note().isEmpty()) {
            gc.setForeground(palette.muted());
            gc.drawText(content.note(), x, area.y + 4, true);
        }
    }

    private double largest() {
        return content.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private void valueAxis(ChartGeometry geometry, ValueUnit.Axis axis, List<String> labels) {
        Rectangle plot = geometry.plot();
        Color grid = palette.grid();
        List<Double> ticks = axis.ticks().values();
        for (int i = 0; i < ticks.size(); i++) {
            int y = geometry.y(ticks.get(i) * axis.scale().divisor());
            gc.setForeground(i == 0 ? palette.axis() : grid);
            gc.drawLine(plot.x, y, plot.x + plot.width, y);
            gc.setForeground(text);
            Point extent = gc.textExtent(labels.get(i));
            gc.drawText(labels.get(i), plot.x - 6 - extent.x, y - extent.y / 2, true);
        }
    }

    private void timeAxis(ChartGeometry geometry) {
        Rectangle plot = geometry.plot();
        int labelWidth = Math.max(gc.textExtent("30 Nov").x, gc.textExtent("00:00").x) + 14;
        int maxTicks = Math.max(2, Math.min(13, plot.width / labelWidth));
        TimeTicks ticks = TimeTicks.over(content.from(), content.to(), content.zone(), maxTicks);
        Color grid = palette.minorGrid();
        for (TimeTicks.Tick tick : ticks.ticks()) {
            int x = geometry.x(tick.at());
            gc.setForeground(grid);
            gc.drawLine(x, plot.y, x, plot.y + plot.height - 1);
            gc.setForeground(palette.axis());
            gc.drawLine(x, plot.y + plot.height, x, plot.y + plot.height + 3);
            gc.setForeground(text);
            Point extent = gc.textExtent(tick.label());
            int lx = Math.max(plot.x - 4, Math.min(x - extent.x / 2, plot.x + plot.width + 8 - extent.x));
            gc.drawText(tick.label(), lx, plot.y + plot.height + 4, true);
        }
        gc.setForeground(palette.axis());
        gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
    }

    /**
     * A series as lines between neighbouring points; where points are missing the line breaks; a lone point is a dot.
     * Missing is by the series' own cadence (its usual spacing, at least a bucket): a promise checked every 30 minutes
     * is a line on a chart of 10-minute buckets, and breaks where a check or more did not come.
     */
    private void lines(ChartGeometry geometry, int s) {
        TimeChart.Series one = content.series().get(s);
        Duration cadence = cadence(one.times());
        Color color = color(color(s));
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(2);
        gc.setLineJoin(SWT.JOIN_ROUND);
        List<Integer> segment = new ArrayList<>();
        for (int i = 0; i < one.times().size(); i++) {
            if (i > 0 && cadence != null
                    && Duration.between(one.times().get(i - 1), one.times().get(i)).compareTo(cadence) > 0) {
                draw(segment);
                segment.clear();
            }
            Instant at = ChartHover.pointTime(one.times().get(i), content.bucket());
            segment.add(geometry.x(at));
            segment.add(geometry.y(one.values().get(i)));
        }
        draw(segment);
        gc.setLineWidth(1);
    }

    /** The longest spacing that is not a gap: one and a half times the usual one or the bucket; null joins all. */
    private Duration cadence(List<Instant> times) {
        if (content.bucket() == null) {
            return null;
        }
        List<Duration> spacings = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            spacings.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        spacings.sort(null);
        Duration usual = spacings.isEmpty() ? content.bucket() : spacings.get(spacings.size() / 2);
        Duration longer = usual.compareTo(content.bucket()) > 0 ? usual : content.bucket();
        return longer.multipliedBy(3).dividedBy(2);
    }

    private void draw(List<Integer> segment) {
        if (segment.size() == 2) {
            gc.fillOval(segment.get(0) - 2, segment.get(1) - 2, 5, 5);
        } else if (segment.size() > 2) {
            gc.drawPolyline(segment.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The legend in a row under the time axis: as many series as fit, then how many more there are. */
    private void legend(int left, int right, int y) {
        int x = left;
        List<TimeChart.Series> series = content.series();
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            int width = 14 + gc.textExtent(name).x + 14;
            String more = "+" + (series.size() - s - 1) + " more";
            boolean last = s == series.size() - 1;
            if (x + width + (last ? 0 : gc.textExtent(more).x) > right && s > 0) {
                gc.setForeground(text);
                gc.drawText("+" + (series.size() - s) + " more", x, y, true);
                return;
            }
            gc.setBackground(color(color(s)));
            gc.fillRectangle(x, y + lineHeight / 2 - 2, 10, 4);
            gc.setForeground(text);
            gc.drawText(name, x + 14, y, true);
            x += width;
        }
    }

    /** The hovered point: a guide line at its time, a ring around it, and its read-out beside it in the plot. */
    private void hover(ChartGeometry geometry) {
        ChartHover hover = content.hover();
        if (hover == null || hover.seriesIndex() >= content.series().size()) {
            return;
        }
        TimeChart.Series one = content.series().get(hover.seriesIndex());
        if (hover.pointIndex() >= one.times().size()) {
            return;
        }
        int x = geometry.x(ChartHover.pointTime(one.times().get(hover.pointIndex()), content.bucket()));
        int y = geometry.y(one.values().get(hover.pointIndex()));
        Rectangle plot = geometry.plot();
        gc.setForeground(palette.muted());
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x, plot.y, x, plot.y + plot.height);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        gc.setBackground(background);
        gc.fillOval(x - 4, y - 4, 9, 9);
        gc.setForeground(color(color(hover.seriesIndex())));
        gc.drawOval(x - 4, y - 4, 9, 9);
        gc.setLineWidth(1);
        String readOut = hover.readOut();
        Point extent = gc.textExtent(readOut);
        int width = extent.x + 12;
        int height = extent.y + 6;
        // beside the point, on the side with room, above it unless that leaves the plot
        int bx = x + 10 + width <= plot.x + plot.width ? x + 10 : Math.max(plot.x + 2, x - 10 - width);
        int by = y - 10 - height >= plot.y ? y - 10 - height : Math.min(y + 10, plot.y + plot.height - height - 2);
        gc.setBackground(palette.readOutFill());
        gc.setForeground(palette.readOutBorder());
        gc.fillRoundRectangle(bx, by, width, height, 6, 6);
        gc.drawRoundRectangle(bx, by, width, height, 6, 6);
        gc.setForeground(text);
        gc.drawText(readOut, bx + 6, by + 3, true);
    }

    private Color color(RGB rgb) {
        Color color = new Color(display, rgb);
        colors.add(color);
        return color;
    }
}
