package org.hyperedge.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.hyperedge.master.Master;
import org.hyperedge.master.store.StoreException;

/**
 * Several processes on one H2 data directory. H2's automatic mixed mode lets the first process own the file and
 * serve the others over loopback, but a process that arrives while the owner is starting or leaving is refused
 * ("Lock file recently modified", "Database may be already in use", a connection to an owner that just left).
 * Such a refusal is waited out here, up to a bound, and then said plainly; and a process that ends while it
 * serves others waits (up to a bound) until they are done, so they are not cut off in the middle of a command.
 *
 * <p>Kept apart from {@link Master}: it is the command line's policy for a shared data directory, not the store's.
 */
final class H2LockWait {

    /** How long a command waits for another process to let go of the data directory (a test may shorten it). */
    static final Duration OPEN_BOUND = Duration.ofSeconds(Long.getLong("hyperedge.cli.lockWaitSeconds", 30));
    /** How long a command that served others waits for them before it exits. */
    static final Duration SERVE_BOUND = Duration.ofSeconds(60);

    /** H2 error codes of a file another process holds or is handing over. */
    private static final int ERROR_OPENING_DATABASE = 8000;
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int CONNECTION_BROKEN = 90067;
    private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    private H2LockWait() {
    }

    /** Opens the database, waiting out another process's hold on an H2 file for up to {@link #OPEN_BOUND}. */
    static Master open(String url) {
        java.nio.file.Path directory = DataDirectory.ofH2Url(url);
        if (directory == null) {
            return Master.open(url); // PostgreSQL, an H2 server or memory: no file shared between processes here
        }
        long deadline = System.nanoTime() + OPEN_BOUND.toNanos();
        long pause = 20;
        while (true) {
            try {
                return Master.open(url);
            } catch (StoreException e) {
                if (!heldByAnotherProcess(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreException("another process holds the data directory " + directory + " (the console, "
                            + "a headless master or another command) and did not let go within " + OPEN_BOUND.toSeconds()
                            + " s; try again when it is done, or stop it (H2 said: " + Failures.clean(h2Reason(e)) + ")");
                }
            }
            sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            pause = Math.min(pause * 2, 500);
        }
    }

    /**
     * True when the failure is another process holding or handing over the H2 file, which passes: H2's file lock says
     * "Lock file recently modified", "Concurrent update" or "Another process was faster" (all "error opening
     * database"), a file opened without the mixed mode is "already in use", an owner that just left is a broken
     * connection or a database closing.
     */
    static boolean heldByAnotherProcess(Throwable failure) {
        return h2Code(failure) != 0;
    }

    private static int h2Code(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == ERROR_OPENING_DATABASE || code == DATABASE_ALREADY_OPEN || code == CONNECTION_BROKEN
                        || code == DATABASE_CALLED_AT_SHUTDOWN) {
                    return code;
                }
            }
        }
        return 0;
    }

    private static String h2Reason(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && h2Code(sql) != 0) {
                return sql.getMessage();
            }
        }
        return String.valueOf(failure.getMessage());
    }

    /**
     * Before this process exits: while the H2 file it owns still serves other processes (H2 keeps the database open
     * for their sessions after ours closed, and stops its TCP server when the last one goes), wait for them.
     */
    static void awaitServedProcesses(PrintStream err) {
        long deadline = System.nanoTime() + SERVE_BOUND.toNanos();
        boolean said = false;
        while (servesOthers() && System.nanoTime() < deadline) {
            if (!said) {
                err.println("hyperedge: other processes use the data directory through this one; waiting up to "
                        + SERVE_BOUND.toSeconds() + " s for them to finish");
                said = true;
            }
            sleep(50);
        }
    }

    /** H2 runs its automatic-mixed-mode server in a thread named after it while the database is open here. */
    private static boolean servesOthers() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("H2 TCP Server"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the data directory");
        }
    }
}
