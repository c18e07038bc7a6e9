package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.agent.report.Reporter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Measures a partition's consumption from /proc and the file system: CPU seconds of its process trees,
 * memory MB-hours (resident size times time) and disk MB-hours (the partition's size times time), summed
 * between samples. The total since the last record accepted by the journal is kept, so a record the
 * journal could not take is never lost, only folded into the next one.
 */
final class UsageMeter {

    private final Path directory;
    private final Map<Long, Long> lastTicks = new HashMap<>();
    private Instant from;
    private Instant lastSample;
    private long cpuTicks;
    private double memoryMbHours;
    private double diskMbHours;

    UsageMeter(Path directory, Instant now) {
        this.directory = directory;
        this.from = now;
        this.lastSample = now;
    }

    synchronized void sample(List<Long> pids, Instant now) {
        double hours = Math.max(0, now.toEpochMilli() - lastSample.toEpochMilli()) / 3_600_000.0;
        Map<Long, Long> seen = new HashMap<>();
        long residentBytes = 0;
        for (long pid : pids) {
            long ticks = ProcStat.cpuTicks(pid);
            cpuTicks += Math.max(0, ticks - lastTicks.getOrDefault(pid, 0L));
            seen.put(pid, ticks);
            residentBytes += ProcStat.residentBytes(pid);
        }
        lastTicks.clear();
        lastTicks.putAll(seen);
        memoryMbHours += residentBytes / 1_048_576.0 * hours;
        diskMbHours += diskBytes() / 1_048_576.0 * hours;
        lastSample = now;
    }

    /** The record since the last accepted one; {@link #recorded} starts the next period. */
    synchronized ObjectNode record() {
        return Reporter.data().put("from", from.toString()).put("to", lastSample.toString())
                .put("cpuSeconds", round((double) cpuTicks / ProcStat.TICKS_PER_SECOND))
                .put("memoryMbHours", round(memoryMbHours)).put("diskMbHours", round(diskMbHours))
                .put("instanceHours", round((lastSample.toEpochMilli() - from.toEpochMilli()) / 3_600_000.0));
    }

    synchronized void recorded() {
        from = lastSample;
        cpuTicks = 0;
        memoryMbHours = 0;
        diskMbHours = 0;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    private long diskBytes() {
        long[] total = { 0 };
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    total[0] += attributes.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a partition being removed: what was counted stands
        }
        return total[0];
    }
}
