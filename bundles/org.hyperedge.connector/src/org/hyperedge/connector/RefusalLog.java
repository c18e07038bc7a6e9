package org.hyperedge.connector;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Refused connections logged once per certificate per interval, not once per attempt: an agent with a revoked
 * certificate that retries every second would otherwise fill the master's log (issue 18). The line says how many
 * attempts were refused since the last one.
 */
final class RefusalLog {

    private static final int MAX_CERTIFICATES = 10_000;

    private final Duration interval;
    private final Consumer<String> log;
    private final Map<String, long[]> byCertificate = new ConcurrentHashMap<>();
    private final AtomicLong lines = new AtomicLong();

    RefusalLog(Duration interval, Consumer<String> log) {
        this.interval = interval;
        this.log = log;
    }

    void refused(String certificate, String from, String why) {
        long now = System.nanoTime();
        if (byCertificate.size() > MAX_CERTIFICATES) {
            byCertificate.clear(); // a flood of fresh certificates: at worst one more line each, never unbounded memory
        }
        long[] state = byCertificate.computeIfAbsent(certificate, c -> new long[] { now - interval.toNanos() - 1, 0 });
        String line = null;
        synchronized (state) {
            state[1]++;
            if (now - state[0] > interval.toNanos()) {
                line = "refused " + state[1] + " connection" + (state[1] == 1 ? "" : "s") + " of certificate "
                        + certificate + " (last from " + from + "): " + why;
                state[0] = now;
                state[1] = 0;
            }
        }
        if (line != null) {
            lines.incrementAndGet();
            log.accept(line);
        }
    }

    /** Lines written so far (tests: one per interval however often an agent tries). */
    long lines() {
        return lines.get();
    }
}
