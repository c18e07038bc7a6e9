package org.hyperedge.master.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * When what the master committed is on disk, for what must not be promised earlier: a report page's
 * acknowledgement makes its node forget the events (issue 15, fault 1).
 *
 * <p>PostgreSQL's commits are durable when they return ({@code synchronous_commit}). H2 2.4's are not: a commit
 * only changes the MVStore in memory; its background writer stores the changes in the file when
 * {@code WRITE_DELAY} (500 ms by default) has passed since the last store, and even then the chunk is serialized
 * and written by two more threads after the writer returns; the file is forced to disk only on close. A headless
 * master killed with {@code kill -9} lost every commit of the last half second or so, after it had acknowledged
 * them. Making every commit synchronous ({@code SET WRITE_DELAY 0}) is no answer: each commit then writes a chunk
 * of its own, and the file grew by gigabytes under a steady load (old chunks are kept 45 s).
 *
 * <p>So durability is asked for, and shared: {@link #mark()} after a commit, {@link #reached} before relying on
 * it. One flusher thread per database makes marks durable in rounds, at most one round per {@link #ROUND_MS}: a
 * round writes a marker row and runs {@code CHECKPOINT SYNC}, which stores the pending changes in this thread,
 * waiting for the background writer's queued chunks first, and forces the file. A mark counts as durable after
 * two rounds that began after it: a checkpoint stores (and so waits for queued chunks) whenever anything is
 * unsaved, and its own marker is; the one case where it finds nothing unsaved is a background store that took the
 * marker in the instant between the marker's commit and the checkpoint. A timed background store comes only
 * {@code WRITE_DELAY} after the last store, so the next round's checkpoint, {@link #ROUND_MS} later, finds its own
 * marker unsaved and stores, waiting for that chunk: only a background store forced by memory pressure in that
 * very instant of both rounds could defeat them. (Measured with a process committing as fast as it can and
 * killed 10 times: each kill lost about 3,000 commits by default, none with every commit stored at once.)
 */
public final class Durability implements AutoCloseable {

    /** The shortest time between two rounds: well under H2's write delay, long enough to share a round widely. */
    static final long ROUND_MS = 50;

    private final Database database;
    private final boolean needsRounds;
    private long requested;
    private long reachedMark;
    private long previousRoundMark;
    private boolean closed;
    private Thread flusher;
    private String failure;

    Durability(Database database) {
        this.database = database;
        this.needsRounds = !database.onPostgres();
    }

    /** Everything committed before this call: durable once {@link #reached} says so. */
    public synchronized long mark() {
        requested++;
        if (!needsRounds) {
            reachedMark = requested;
        } else if (flusher == null && !closed) {
            flusher = new Thread(this::flushInRounds, "hyperedge-store-durability");
            flusher.setDaemon(true);
            flusher.start();
        }
        notifyAll();
        return requested;
    }

    public synchronized boolean reached(long mark) {
        return reachedMark >= mark;
    }

    /** Waits until the mark is durable; false when it was not within the time (or the store failed or closed). */
    public synchronized boolean await(long mark, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (reachedMark < mark && !closed) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return reachedMark >= mark;
    }

    /** Why the last round failed, or null: marks wait until a round succeeds again. */
    public synchronized String failure() {
        return failure;
    }

    private void flushInRounds() {
        try {
            while (true) {
                long started;
                synchronized (this) {
                    while (!closed && reachedMark >= requested) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    started = requested;
                }
                long round = System.nanoTime();
                String error = round();
                synchronized (this) {
                    failure = error;
                    if (error == null) {
                        // what the round before this one began with is durable now (see the class comment)
                        reachedMark = Math.max(reachedMark, previousRoundMark);
                        previousRoundMark = started;
                        notifyAll();
                    }
                }
                long spentMs = (System.nanoTime() - round) / 1_000_000;
                Thread.sleep(Math.max(error == null ? 0 : 1_000, ROUND_MS - spentMs));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String round() {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE store_durability SET rounds = rounds + 1");
            connection.commit();
            statement.execute("CHECKPOINT SYNC");
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = flusher;
            notifyAll();
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
