package org.hyperedge.master.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * A number that grows whenever a change is committed to an embedded H2 store, whichever process made it (a command
 * line on the same data directory reaches the console's H2 engine through its automatic server): H2 keeps, for each
 * table, the id of the last committed modification ({@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION}). Reading
 * it costs a small query instead of reading the models again, so a console can look every half second for what
 * another process changed and do nothing when nothing did.
 */
public final class DataVersion {

    private static final String QUERY = "SELECT MAX(LAST_MODIFICATION) FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE TABLE_SCHEMA = 'PUBLIC'";

    private final Database database;

    DataVersion(Database database) {
        this.database = database;
    }

    /** The version now; a StoreException when the store cannot be read. */
    public long current() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }
}
