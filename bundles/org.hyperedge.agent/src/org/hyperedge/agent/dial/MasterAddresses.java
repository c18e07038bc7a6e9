package org.hyperedge.agent.dial;

import java.time.Duration;
import java.util.List;

/**
 * A dialling agent's master addresses in the order it was given them, with what failed where: the next dial goes to
 * the first address not backing off. An address that failed waits 1 s, doubling to a minute, before it is tried
 * again; one that worked is tried at once next time. When every address backs off, the one free soonest is next.
 */
final class MasterAddresses {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final List<String> addresses;
    private final long[] notBefore;
    private final int[] failures;
    private String lastFailure;

    MasterAddresses(List<String> addresses) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no master address to dial");
        }
        this.addresses = List.copyOf(addresses);
        this.notBefore = new long[addresses.size()];
        this.failures = new int[addresses.size()];
        long now = System.nanoTime();
        java.util.Arrays.fill(notBefore, now);
    }

    /** The address to dial now; waits (sleeps) until one is free when all back off. */
    synchronized String next() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            int soonest = 0;
            for (int i = 0; i < addresses.size(); i++) {
                if (now - notBefore[i] >= 0) {
                    return addresses.get(i);
                }
                if (notBefore[i] - notBefore[soonest] < 0) {
                    soonest = i;
                }
            }
            long waitMs = Math.max(1, (notBefore[soonest] - now) / 1_000_000);
            wait(waitMs);
        }
    }

    synchronized void worked(String address) {
        int i = addresses.indexOf(address);
        failures[i] = 0;
        notBefore[i] = System.nanoTime();
    }

    /** The address failed: it backs off; returns how long. */
    synchronized Duration failed(String address, String why) {
        int i = addresses.indexOf(address);
        failures[i]++;
        long backoffMs = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(16, failures[i] - 1));
        notBefore[i] = System.nanoTime() + backoffMs * 1_000_000;
        lastFailure = address + ": " + why + " at " + java.time.Instant.now();
        return Duration.ofMillis(backoffMs);
    }

    /** The last failure on any address, for the master to show ({@code null}: none yet); told once. */
    synchronized String takeLastFailure() {
        String failure = lastFailure;
        lastFailure = null;
        return failure;
    }

    List<String> all() {
        return addresses;
    }
}
