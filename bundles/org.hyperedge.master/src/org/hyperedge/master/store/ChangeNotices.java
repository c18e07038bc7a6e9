package org.hyperedge.master.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears, on a shared PostgreSQL database, that another process changed what the consoles show: the triggers of
 * migration V29 notify channel {@value #CHANNEL} at each such commit, and this listener runs {@code onChange} once per
 * burst of notices. One connection of its own and one thread; when the database goes away (a restart) it listens
 * again once it is back, and tells of a change then, since notices sent meanwhile are lost.
 */
public final class ChangeNotices implements AutoCloseable {

    static final String CHANNEL = "hyperedge_change";
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class.getName());
    /** How long one wait for notices lasts: how soon closing is noticed. */
    private static final int WAIT_MS = 500;
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Database database;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;

    private ChangeNotices(Database database, Runnable onChange) {
        this.database = database;
        this.onChange = onChange;
        this.thread = new Thread(this::listen, "hyperedge-change-notices");
        thread.setDaemon(true);
    }

    /**
     * Starts listening when the database is PostgreSQL; on H2 one process holds the file, and every change is made
     * in it (nothing to hear: empty).
     */
    public static Optional<ChangeNotices> listen(Database database, Runnable onChange) {
        if (!database.onPostgres()) {
            return Optional.empty();
        }
        ChangeNotices notices = new ChangeNotices(database, onChange);
        notices.thread.start();
        return Optional.of(notices);
    }

    private void listen() {
        boolean heardBefore = false;
        while (running) {
            try (Connection listening = database.dataSource().getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (heardBefore) {
                    onChange.run(); // listening again: what changed while the connection was gone was not heard
                }
                heardBefore = true;
                PGConnection notices = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notices.getNotifications(WAIT_MS);
                    if (heard != null && heard.length > 0) {
                        onChange.run();
                    }
                }
                try (Statement statement = listening.createStatement()) {
                    statement.execute("UNLISTEN " + CHANNEL);
                }
                listening.setAutoCommit(false); // back to the pool as the pool hands connections out
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "cannot hear the database's change notices now (again in " + RETRY.toSeconds()
                        + " s): " + e.getMessage());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(WAIT_MS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
