package org.hyperedge.agent.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What the kernel says a process used, read by the test itself from /proc (not through the agent): CPU
 * ticks (its own and its reaped children's), resident memory, and when it started.
 */
public record ProcFigures(long cpuTicks, long residentBytes, Instant started) {

    public static final double TICKS_PER_SECOND = 100.0;

    public static ProcFigures of(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
        long startTicks = Long.parseLong(fields[19]);
        String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split(" ");
        // its age from the uptime (to the hundredth of a second; the boot time in /proc/stat is whole seconds)
        Instant now = Instant.now();
        double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).trim().split(" ")[0]);
        long ageMs = Math.round((uptime - startTicks / TICKS_PER_SECOND) * 1000);
        return new ProcFigures(ticks, Long.parseLong(statm[1]) * 4096, now.minusMillis(ageMs));
    }

    /** Whether the process still runs: not gone, and not a zombie (ended, waiting for a parent to reap it). */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    public double cpuSeconds() {
        return cpuTicks / TICKS_PER_SECOND;
    }

    public double residentMb() {
        return residentBytes / 1_048_576.0;
    }
}
