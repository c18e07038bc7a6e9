package org.hyperedge.master.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The master's database: an H2 file by default, shared by the console and the command line at the same
 * time (H2's automatic mixed mode), with the schema migrated to the latest version on open.
 */
public final class Database implements AutoCloseable {

    /** Work done in one transaction: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String url;
    private final JdbcConnectionPool pool;

    private Database(String url, JdbcConnectionPool pool) {
        this.url = url;
        this.pool = pool;
    }

    /** Opens the database at the JDBC URL and brings its schema up to date. */
    public static Database open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported JDBC URL '" + jdbcUrl + "': expected jdbc:h2:...");
        }
        Database database = new Database(jdbcUrl, JdbcConnectionPool.create(jdbcUrl, "sa", ""));
        try {
            Migrations.apply(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The embedded master's database file in a data directory. */
    public static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("master") + ";AUTO_SERVER=TRUE";
    }

    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return pool;
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error on " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
