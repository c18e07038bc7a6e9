package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.state.AtomicFile;
import org.hyperedge.protocol.report.ReportCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Measures a partition's consumption from /proc and the file system: CPU seconds of its process trees,
 * memory MB-hours (resident size times time) and disk MB-hours (the partition's size times time), summed
 * between samples. The total since the last record accepted by the journal is kept, so a record the
 * journal could not take is never lost, only folded into the next one.
 *
 * <p>Everything the meter knows is in a checkpoint ({@code usage.json} in the partition's private
 * directory, replaced atomically at every sample and record): the start of the period not recorded yet,
 * what it used so far, and the CPU each process tree had used at the last sample (by pid and start time,
 * so a reused pid is a new tree). A restarted agent carries on from it: the services ran on while it was
 * down (it adopts them), so their time and CPU in its absence count, and CPU counted before is not counted
 * again. A record is exactly once across a crash: before it is appended the checkpoint names the journal
 * sequence number it gets, and on start {@link #settle} keeps the record if the journal has that number,
 * and otherwise folds its period back into the one not recorded.
 */
public final class UsageMeter {

    static final String CHECKPOINT = "usage.json";

    /** A process tree: its root's pid and start time (ticks since boot). */
    private record Tree(long pid, long start) {
    }

    private final Path directory;
    private final Path checkpoint;
    private final Map<Tree, Long> cpuAtLastSample = new HashMap<>();
    private Instant from;
    private Instant lastSample;
    private long cpuTicks;
    private double memoryMbHours;
    private double diskMbHours;
    /** The period of the record being appended, put back if the journal refuses it. */
    private ObjectNode inFlight;

    UsageMeter(Path directory, Path checkpoint, Instant now) {
        this.directory = directory;
        this.checkpoint = checkpoint;
        this.from = now;
        this.lastSample = now;
        restore();
    }

    /** Samples the process trees under these root pids (the partition's services) now. */
    synchronized void sample(List<Long> roots, Instant now) {
        double hours = Math.max(0, now.toEpochMilli() - lastSample.toEpochMilli()) / 3_600_000.0;
        Map<Tree, Long> seen = new HashMap<>();
        long residentBytes = 0;
        for (long root : roots) {
            OptionalLong start = ProcStat.startTime(root);
            if (start.isEmpty()) {
                continue;
            }
            List<Long> pids = new ArrayList<>();
            pids.add(root);
            ProcessHandle.of(root).ifPresent(handle -> handle.descendants().forEach(child -> pids.add(child.pid())));
            long ticks = 0;
            for (long pid : pids) {
                ticks += ProcStat.cpuTicksWithReapedChildren(pid);
                residentBytes += ProcStat.residentBytes(pid);
            }
            Tree tree = new Tree(root, start.getAsLong());
            cpuTicks += Math.max(0, ticks - cpuAtLastSample.getOrDefault(tree, 0L));
            seen.put(tree, ticks);
        }
        // a tree not handed in this time (not adopted yet after a restart) keeps its figure while it lives
        cpuAtLastSample.forEach((tree, ticks) -> {
            if (!seen.containsKey(tree) && ProcStat.startTime(tree.pid()).equals(OptionalLong.of(tree.start()))) {
                seen.put(tree, ticks);
            }
        });
        cpuAtLastSample.clear();
        cpuAtLastSample.putAll(seen);
        memoryMbHours += residentBytes / 1_048_576.0 * hours;
        diskMbHours += diskBytes() / 1_048_576.0 * hours;
        lastSample = now;
        save();
    }

    /** The record since the last accepted one; {@link #recorded} starts the next period. */
    synchronized ObjectNode record() {
        return Reporter.data().put("from", from.toString()).put("to", lastSample.toString())
                .put("cpuSeconds", round((double) cpuTicks / ProcStat.TICKS_PER_SECOND))
                .put("memoryMbHours", round(memoryMbHours)).put("diskMbHours", round(diskMbHours))
                .put("instanceHours", round((lastSample.toEpochMilli() - from.toEpochMilli()) / 3_600_000.0));
    }

    /** The record is about to be appended as journal event {@code seq}: the checkpoint says so first. */
    synchronized void writing(long seq) {
        inFlight = period().put("seq", seq);
        startNextPeriod();
        save();
    }

    /** The journal took the record (or holds it): the next period starts at the last sample. */
    synchronized void recorded() {
        inFlight = null;
        startNextPeriod();
        save();
    }

    /** The journal refused the record: its period stays open and keeps accumulating. */
    synchronized void notRecorded() {
        if (inFlight != null) {
            putBack(inFlight);
            inFlight = null;
            save();
        }
    }

    /** The partition's final record is taken: nothing is metered for it again, even after a crash. */
    synchronized void discard() {
        try {
            Files.deleteIfExists(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the usage checkpoint " + checkpoint, e);
        }
    }

    /**
     * On agent start, before anything is appended: a record whose append a crash may have cut is kept if
     * the journal holds its sequence number, and otherwise its period is put back to be recorded again.
     */
    public static void settle(Path privateRoot, long lastSeq) {
        if (!Files.isDirectory(privateRoot)) {
            return;
        }
        try (Stream<Path> partitions = Files.list(privateRoot)) {
            for (Path file : partitions.map(p -> p.resolve(CHECKPOINT)).filter(Files::isRegularFile).toList()) {
                JsonNode saved = read(file);
                if (saved != null && saved.path("inFlight").isObject()) {
                    ObjectNode state = (ObjectNode) saved;
                    ObjectNode pending = (ObjectNode) state.remove("inFlight");
                    if (pending.path("seq").asLong() > lastSeq) {
                        state.put("from", pending.path("from").asText());
                        state.put("cpuTicks", state.path("cpuTicks").asLong() + pending.path("cpuTicks").asLong());
                        state.put("memoryMbHours", state.path("memoryMbHours").asDouble() + pending.path("memoryMbHours").asDouble());
                        state.put("diskMbHours", state.path("diskMbHours").asDouble() + pending.path("diskMbHours").asDouble());
                    }
                    AtomicFile.write(file, ReportCodec.JSON.writeValueAsBytes(state));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot settle the usage checkpoints in " + privateRoot, e);
        }
    }

    private ObjectNode period() {
        return Reporter.data().put("from", from.toString()).put("cpuTicks", cpuTicks).put("memoryMbHours", memoryMbHours)
                .put("diskMbHours", diskMbHours);
    }

    private void startNextPeriod() {
        from = lastSample;
        cpuTicks = 0;
        memoryMbHours = 0;
        diskMbHours = 0;
    }

    private void putBack(JsonNode period) {
        from = Instant.parse(period.path("from").asText());
        cpuTicks += period.path("cpuTicks").asLong();
        memoryMbHours += period.path("memoryMbHours").asDouble();
        diskMbHours += period.path("diskMbHours").asDouble();
    }

    private void save() {
        ObjectNode state = period().put("lastSample", lastSample.toString());
        var trees = state.putArray("trees");
        cpuAtLastSample.forEach((tree, ticks) -> trees.addObject().put("pid", tree.pid()).put("start", tree.start())
                .put("ticks", ticks));
        if (inFlight != null) {
            state.set("inFlight", inFlight);
        }
        try {
            AtomicFile.write(checkpoint, ReportCodec.JSON.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the usage checkpoint " + checkpoint, e);
        }
    }

    private void restore() {
        JsonNode saved = read(checkpoint);
        if (saved == null) {
            return;
        }
        from = Instant.parse(saved.path("from").asText(from.toString()));
        lastSample = Instant.parse(saved.path("lastSample").asText(from.toString()));
        cpuTicks = saved.path("cpuTicks").asLong();
        memoryMbHours = saved.path("memoryMbHours").asDouble();
        diskMbHours = saved.path("diskMbHours").asDouble();
        for (JsonNode tree : saved.path("trees")) {
            cpuAtLastSample.put(new Tree(tree.path("pid").asLong(), tree.path("start").asLong()), tree.path("ticks").asLong());
        }
    }

    private static JsonNode read(Path file) {
        try {
            return Files.isRegularFile(file) ? ReportCodec.JSON.readTree(Files.readAllBytes(file)) : null;
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable checkpoint: metering starts afresh rather than not at all
        }
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
