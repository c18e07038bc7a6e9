package org.hyperedge.master.tests;

import java.nio.file.Path;
import java.sql.ResultSet;

import org.hyperedge.master.store.Database;

/**
 * A second process on a data directory another process has open, as the command line is beside a running
 * console: opens the embedded store as every command does, adds an instance tree named by its argument and
 * prints how many trees it sees.
 */
public final class StoreShareMain {

    private StoreShareMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Database.h2Url(Path.of(args[0])))) {
            database.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO instance_tree (root_title, created_at) VALUES ('" + args[1] + "', CURRENT_TIMESTAMP)"));
            int trees = database.inTransaction(c -> {
                try (ResultSet row = c.createStatement().executeQuery("SELECT COUNT(*) FROM instance_tree")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            System.out.println("trees: " + trees);
        }
    }
}
