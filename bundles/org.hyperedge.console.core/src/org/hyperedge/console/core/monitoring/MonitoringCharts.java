package org.hyperedge.console.core.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.monitoring.MonitoringQueries;
import org.hyperedge.master.monitoring.MonitoringQueries.Point;

/**
 * The series the monitoring charts draw over a range, read from the master in one go: promise success per instance,
 * and CPU, memory and disk per node, each summed per the range's bucket.
 *
 * @param range    the range read
 * @param window   its window
 * @param promises share of passed promise checks per instance (0 to 1)
 * @param cpu      cores per node
 * @param memory   MB per node, on average over each bucket
 * @param disk     MB per node, on average over each bucket
 */
public record MonitoringCharts(ChartRange range, ChartRange.Window window, Map<String, List<Point>> promises,
        Map<String, List<Point>> cpu, Map<String, List<Point>> memory, Map<String, List<Point>> disk) {

    /** Reads the range's series as of {@code now}. */
    public static MonitoringCharts read(MonitoringQueries queries, ChartRange range, Instant now) {
        ChartRange.Window window = range.window(now);
        return new MonitoringCharts(range, window, queries.promiseSuccess(window.from(), window.to(), range.bucket()),
                queries.nodeCpuCores(window.from(), window.to(), range.bucket()),
                queries.nodeMemoryMb(window.from(), window.to(), range.bucket()),
                queries.nodeDiskMb(window.from(), window.to(), range.bucket()));
    }
}
