package org.hyperedge.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A line chart of time series drawn on a plain SWT canvas: title, value axis with its unit, time axis, and a legend.
 * SWTChart (the charting library the design names) is only published for Java 21 (its 1.1.0 jar has class files of
 * version 65 and requires JavaSE-21), while the console runs on Java 17, so the console draws its own.
 */
public final class TimeChart extends Canvas {

    /** One series: its name and its points (time, value), in time order. */
    public record Series(String name, List<Instant> times, List<Double> values) {
    }

    private static final RGB[] PALETTE = { new RGB(31, 119, 180), new RGB(214, 39, 40), new RGB(44, 160, 44),
            new RGB(255, 127, 14), new RGB(148, 103, 189), new RGB(140, 86, 75), new RGB(227, 119, 194),
            new RGB(127, 127, 127) };
    private static final int MAX_LEGEND = 8;

    private final String title;
    private String unit;
    private final Double fixedMax;
    private final List<Series> series = new ArrayList<>();
    private Instant from;
    private Instant to;

    /** A chart whose value axis goes from 0 to the largest value, or to {@code fixedMax} (e.g. 1 for a ratio). */
    public TimeChart(Composite parent, String title, String unit, Double fixedMax) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.title = title;
        this.unit = unit;
        this.fixedMax = fixedMax;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(event -> paint(event.gc));
    }

    /** Replaces the series shown, over the window [from, to). */
    public void show(List<Series> shown, Instant windowFrom, Instant windowTo) {
        series.clear();
        series.addAll(shown);
        from = windowFrom;
        to = windowTo;
        redraw();
    }

    /** The value axis' unit, e.g. when the chart switches to another resource. */
    public void setUnit(String newUnit) {
        unit = newUnit;
        redraw();
    }

    public int seriesCount() {
        return series.size();
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

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        Color text = getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        Color grid = getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        gc.setForeground(text);
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.drawText(title, area.x + 8, area.y + 4, true);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawText("in " + unit, area.x + 8 + gc.textExtent(title).x + 12, area.y + 4, true);
        gc.setForeground(text);
        int legendWidth = legendWidth(gc);
        int left = area.x + 8 + gc.textExtent("0000.0").x + 6;
        int top = area.y + 8 + lineHeight + 4;
        int right = area.x + area.width - 12 - legendWidth;
        int bottom = area.y + area.height - lineHeight - 10;
        if (right - left < 40 || bottom - top < 30) {
            return;
        }
        if (series.isEmpty() || from == null) {
            gc.drawText("no data in this window", left + 8, top + 8, true);
            return;
        }
        double max = fixedMax != null ? fixedMax : Math.max(1e-9, series.stream()
                .flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(1));
        max = fixedMax != null ? max : niceCeiling(max);
        gc.setForeground(grid);
        gc.setLineStyle(SWT.LINE_DOT);
        for (int i = 0; i <= 4; i++) {
            int y = bottom - (bottom - top) * i / 4;
            gc.drawLine(left, y, right, y);
            gc.setForeground(text);
            String label = format(max * i / 4);
            gc.drawText(label, left - 6 - gc.textExtent(label).x, y - lineHeight / 2, true);
            gc.setForeground(grid);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawLine(left, bottom, right, bottom);
        gc.drawLine(left, top, left, bottom);
        gc.setForeground(text);
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(span > 3 * 86_400 ? "MM-dd" : "HH:mm").withZone(ZoneId.of("UTC"));
        for (int i = 0; i <= 4; i++) {
            int x = left + (right - left) * i / 4;
            String label = format.format(from.plusSeconds(span * i / 4)) + (i == 4 ? " UTC" : "");
            Point extent = gc.textExtent(label);
            gc.drawText(label, Math.min(x - extent.x / 2, right - extent.x), bottom + 4, true);
        }
        gc.setLineWidth(2);
        for (int s = 0; s < series.size(); s++) {
            Color color = new Color(getDisplay(), PALETTE[s % PALETTE.length]);
            gc.setForeground(color);
            gc.setBackground(color);
            Series one = series.get(s);
            int[] previous = null;
            for (int i = 0; i < one.times().size(); i++) {
                double fraction = (one.times().get(i).getEpochSecond() - from.getEpochSecond()) / (double) span;
                int x = left + (int) Math.round((right - left) * Math.max(0, Math.min(1, fraction)));
                int y = bottom - (int) Math.round((bottom - top) * Math.min(1, one.values().get(i) / max));
                if (previous != null) {
                    gc.drawLine(previous[0], previous[1], x, y);
                }
                gc.fillOval(x - 2, y - 2, 5, 5);
                previous = new int[] { x, y };
            }
            if (s < MAX_LEGEND) {
                int ly = top + s * (lineHeight + 2);
                gc.fillRectangle(right + 12, ly + lineHeight / 2 - 2, 10, 4);
                gc.setForeground(text);
                gc.drawText(one.name(), right + 26, ly, true);
            }
            color.dispose();
        }
        gc.setLineWidth(1);
        if (series.size() > MAX_LEGEND) {
            gc.setForeground(text);
            gc.drawText("+" + (series.size() - MAX_LEGEND) + " more", right + 26, top + MAX_LEGEND * (lineHeight + 2), true);
        }
    }

    private int legendWidth(GC gc) {
        int widest = 0;
        for (int s = 0; s < Math.min(series.size(), MAX_LEGEND); s++) {
            widest = Math.max(widest, gc.textExtent(series.get(s).name()).x);
        }
        return series.isEmpty() ? 0 : widest + 30;
    }

    /** 1, 2 or 5 times a power of ten, at least the value: round axis labels. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] { 1, 2, 5, 10 }) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value) {
        if (value == 0) {
            return "0";
        }
        return Math.abs(value) >= 100 ? String.format("%.0f", value) : Math.abs(value) >= 1 ? String.format("%.1f", value)
                : String.format("%.2f", value);
    }
}
