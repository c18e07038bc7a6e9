package org.hyperedge.master.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * How a service process of an instance last ended, as its node reported it: the exit status in words
 * ({@code exit code 1}, {@code exit code 137 (signal 9 KILL)}), the last lines of its output (at most ten,
 * bounded by the agent), when, and how long the agent waits before starting it again (-1: not said).
 */
public record ProcessExit(long instanceId, String process, String status, List<String> log, Instant at,
        long restartInMs) {

    /** "process http exited with exit code 1, restarting in 4 s". */
    public String summary() {
        return "process " + process + " exited with " + status
                + (restartInMs < 0 ? "" : ", restarting in " + restartText());
    }

    private String restartText() {
        return restartInMs % 1000 == 0 ? restartInMs / 1000 + " s" : restartInMs / 1000.0 + " s";
    }
}
