package org.hyperedge.master.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Which database a URL or a connection is, the one place that tells: for the few statements written twice (on
 * PostgreSQL every statement is a round trip to another process, so the request path folds some of them into one; in
 * H2 a statement is a method call in this JVM, and the plain statements are as fast and read more easily) and for
 * what only one store has (PostgreSQL's change notices and migration lock, H2's data version and delayed writes).
 */
public final class Dialect {

    private Dialect() {
    }

    /** True when the JDBC URL names a PostgreSQL database; the master's other URLs are H2's. */
    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** True when the connection (the pool's proxy or the driver's own) is PostgreSQL's. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }
}
