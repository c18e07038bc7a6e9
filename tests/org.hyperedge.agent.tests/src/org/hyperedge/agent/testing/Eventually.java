package org.hyperedge.agent.testing;

import java.time.Duration;

/** Waits for what an agent does in the background (a process started, a user made) to be seen, or fails naming it. */
public final class Eventually {

    /** What is waited for; may throw while it cannot be told yet. */
    @FunctionalInterface
    public interface Check {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Returns once {@code check} holds; an AssertionError naming {@code what} when it did not within {@code within}. */
    public static void holds(Duration within, Check check, String what) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not seen within " + within);
            }
            Thread.sleep(20);
        }
    }
}
