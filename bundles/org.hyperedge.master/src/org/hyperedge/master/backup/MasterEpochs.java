package org.hyperedge.master.backup;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.hyperedge.master.store.Database;

/**
 * The master's epoch: 0 until the master is restored; each restore moves it past every epoch before (to the time
 * of the restore in milliseconds, at least one more than the backup's), so two restores of one backup are two
 * epochs, and marks every node's desired state as not yet pushed in this epoch, so each node is sent it at once.
 */
public final class MasterEpochs {

    private MasterEpochs() {
    }

    /** Starts a new epoch; returns it. */
    public static long advance(Database database) {
        return database.inTransaction(connection -> {
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE master_epoch SET epoch = GREATEST(epoch + 1, ?) WHERE id = 1")) {
                advance.setLong(1, System.currentTimeMillis());
                advance.executeUpdate();
            }
            try (PreparedStatement unpushed = connection.prepareStatement("UPDATE node SET pushed_generation = -1")) {
                unpushed.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT epoch FROM master_epoch WHERE id = 1");
                    ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The master's current epoch. */
    public static long current(Database database) {
        return database.inTransaction(connection -> {
            try (PreparedStatement read = connection.prepareStatement("SELECT epoch FROM master_epoch WHERE id = 1");
                    ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
