package org.hyperedge.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.hyperedge.console.core.chart.ValueUnit;

/**
 * A line chart of time series on a plain SWT canvas: title, value axis with round ticks in the values' unit, time
 * axis in local time, a legend, and a read-out of the point under the mouse. SWTChart (the charting library the design
 * names) is only published for Java 21 (its 1.1.0 jar has class files of version 65 and requires JavaSE-21), while the
 * console runs on Java 17, so the console draws its own; {@link ChartPainter} draws it.
 */
public final class TimeChart extends Canvas {

    /** One series: its name and its points (time, value), in time order. */
    public record Series(String name, List<Instant> times, List<Double> values) {
    }

    private static final String CHART_CSS_CLASS_KEY = "org.eclipse.e4.ui.css.CssClassName";

    private String title;
    private final ValueUnit unit;
    private String unitName;
    private ZoneId zone = ZoneId.systemDefault();
    private final List<Series> series = new ArrayList<>();
    private Instant from;
    private Instant to;
    private Duration bucket;
    private ChartGeometry geometry;
    private ChartHover hover;
    private Point mouse;
    private boolean hoverStale;

    /** A chart of values in {@code unit} (cores, MB, a share), whose labels carry the unit. */
    public TimeChart(Composite parent, String title, ValueUnit unit) {
        this(parent, title, unit, null);
    }

    /** A chart of plain numbers in a unit named once next to the title, e.g. "instance-hours per day". */
    public TimeChart(Composite parent, String title, String unitName) {
        this(parent, title, ValueUnit.NUMBER, unitName);
    }

    private TimeChart(Composite parent, String title, ValueUnit unit, String unitName) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.title = title;
        this.unit = unit;
        this.unitName = unitName;
        // the theme's CSS gives charts the content background and text colour; the painter draws in those
        setData(CHART_CSS_CLASS_KEY, "chart");
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(event -> geometry = new ChartPainter(event.gc, getDisplay(), new ChartPainter.Content(this.title,
                this.unitName == null ? null : "in " + this.unitName, unit, series, from, to, bucket, zone, hover))
                .paint(getClientArea()));
        // new data under a still mouse: the read-out follows it once the new geometry is drawn
        addPaintListener(event -> {
            if (hoverStale && mouse != null) {
                hoverStale = false;
                getDisplay().asyncExec(() -> {
                    if (!isDisposed() && mouse != null) {
                        hover(mouse.x, mouse.y);
                    }
                });
            }
        });
        addListener(SWT.MouseMove, event -> {
            mouse = new Point(event.x, event.y);
            hover(event.x, event.y);
        });
        addListener(SWT.MouseExit, event -> {
            mouse = null;
            setHover(null);
        });
    }

    /** Replaces the series shown over [from, to), points at any spacing, joined in order. */
    public void show(List<Series> shown, Instant windowFrom, Instant windowTo) {
        show(shown, windowFrom, windowTo, null);
    }

    /**
     * Replaces the series shown over [from, to), each point the start of a bucket of the given length: lines join
     * neighbouring buckets and break where one has no data.
     */
    public void show(List<Series> shown, Instant windowFrom, Instant windowTo, Duration pointBucket) {
        series.clear();
        series.addAll(shown);
        from = windowFrom;
        to = windowTo;
        bucket = pointBucket;
        hover = null;
        hoverStale = true;
        redraw();
    }

    /** The time zone the time axis and read-outs show times in. */
    public void setZone(ZoneId newZone) {
        if (!newZone.equals(zone)) {
            zone = newZone;
            hover = null;
            redraw();
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public void setTitle(String newTitle) {
        title = newTitle;
        redraw();
    }

    /** The unit named next to the title, for a chart of plain numbers that switches to another resource. */
    public void setUnit(String newUnit) {
        unitName = newUnit;
        redraw();
    }

    public int seriesCount() {
        return series.size();
    }

    /** The series shown, as they were given. */
    public List<Series> series() {
        return List.copyOf(series);
    }

    public Instant from() {
        return from;
    }

    /**
     * Where a point is drawn, in the chart's own coordinates (where the mouse reads it out), or null before the chart
     * was painted with room for a plot.
     */
    public Point locate(int seriesIndex, int pointIndex) {
        if (geometry == null) {
            return null;
        }
        Series one = series.get(seriesIndex);
        return new Point(geometry.x(ChartHover.pointTime(one.times().get(pointIndex), bucket)),
                geometry.y(one.values().get(pointIndex)));
    }

    /** What the read-out says about the point under the mouse ("edge-1 · Sun 6 Dec 14:37 · 0.437 core"), or null. */
    public String readOut() {
        return hover == null ? null : hover.readOut();
    }

    private void hover(int x, int y) {
        setHover(ChartHover.at(x, y, geometry, series, bucket, unit, zone));
    }

    private void setHover(ChartHover next) {
        boolean changed = next == null ? hover != null : !next.equals(hover);
        hover = next;
        if (changed) {
            redraw();
        }
    }

    /** Series from name-to-points maps, the shape the master's queries give. */
    public static <P> List<Series> of(Map<String, List<P>> points, java.util.function.Function<P, Instant> time,
            java.util.function.ToDoubleFunction<P> value) {
        List<Series> list = new ArrayList<>();
        for (Map.Entry<String, List<P>> entry : new LinkedHashMap<>(points).entrySet()) {
            list.add(new Series(entry.getKey(), entry.getValue().stream().map(time).toList(),
                    entry.getValue().stream().map(p -> value.applyAsDouble(p)).toList()));
        }
        return list;
    }
}
