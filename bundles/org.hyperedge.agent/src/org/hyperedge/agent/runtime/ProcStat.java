package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Figures of one process from Linux's /proc: its start time (to tell a reused pid), CPU ticks and RSS. */
public final class ProcStat {

    /** Clock ticks per second of utime/stime: 100 on every Linux the agent targets (USER_HZ). */
    public static final int TICKS_PER_SECOND = 100;
    private static final long PAGE_BYTES = 4096;

    private ProcStat() {
    }

    /** Field 22 of /proc/PID/stat: when the process started, in ticks since boot. */
    static OptionalLong startTime(long pid) {
        String[] fields = fields(pid);
        return fields == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(fields[19]));
    }

    /** utime + stime of the process itself. */
    public static long cpuTicks(long pid) {
        String[] fields = fields(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * utime + stime of the process and cutime + cstime of the children it waited for: summed over a live
     * process tree, the CPU the tree ever used, which never goes back when a child ends and is reaped.
     */
    static long cpuTicksWithReapedChildren(long pid) {
        String[] fields = fields(pid);
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    static long residentBytes(long pid) {
        try {
            String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split(" ");
            return Long.parseLong(statm[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields after the command name (which may hold spaces and parentheses), from field 3 on. */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
