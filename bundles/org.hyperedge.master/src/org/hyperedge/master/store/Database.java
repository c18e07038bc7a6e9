package org.hyperedge.master.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The master's database: an H2 file by default, shared by the console and the command line at the same
 * time (H2's automatic mixed mode, served on loopback only and only to those who hold the store's secret: see
 * {@link EmbeddedStore}), or PostgreSQL for many operators and large fleets. Connections are pooled; the
 * schema is migrated to the latest version on open.
 */
public final class Database implements AutoCloseable {

    static {
        EmbeddedStore.listenOnLoopbackOnly();
    }

    /** Work done in one transaction: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String url;
    private final HikariDataSource pool;
    private final Durability durability;

    private Database(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.durability = new Durability(this);
    }

    /** Opens the database at the JDBC URL and brings its schema up to date. */
    public static Database open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(driverDataSource(jdbcUrl));
        config.setPoolName("hyperedge-master");
        config.setMaximumPoolSize(8);
        config.setAutoCommit(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("cannot open the database " + JdbcUrls.withoutSecrets(jdbcUrl) + ": " + cause.getMessage(), e);
        }
        Database database = new Database(jdbcUrl, pool);
        try {
            EmbeddedStore.tightenFiles(jdbcUrl);
            Migrations.apply(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The driver's own data source, so no DriverManager look-up (which OSGi class loading defeats) is needed. */
    private static DataSource driverDataSource(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            // a request runs more distinct statements than H2's default cache of 8 parsed queries holds
            h2.setURL(jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? jdbcUrl
                    : jdbcUrl + ";QUERY_CACHE_SIZE=64");
            EmbeddedStore.Credentials credentials = EmbeddedStore.prepare(jdbcUrl);
            h2.setUser(credentials.user());
            h2.setPassword(credentials.password());
            return h2;
        }
        if (Dialect.isPostgres(jdbcUrl)) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(jdbcUrl);
            return postgres;
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + jdbcUrl
                + "': expected jdbc:h2:... or jdbc:postgresql://HOST:PORT/DATABASE?user=...");
    }

    /** True when the database refused a write for breaking a constraint (SQL state class 23), e.g. a race on a unique title. */
    public static boolean isConstraintViolation(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The embedded master's database file in a data directory; opening it makes the directory private and its
     * store take the directory's secret.
     */
    public static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("master") + ";AUTO_SERVER=TRUE";
    }

    public String url() {
        return url;
    }

    /** True on a shared PostgreSQL, false on an embedded H2 store. */
    public boolean onPostgres() {
        return Dialect.isPostgres(url);
    }

    /** The H2 store's file ({@code .../master}, without {@code .mv.db}) when this is an embedded master. */
    public java.util.Optional<java.nio.file.Path> h2File() {
        return java.util.Optional.ofNullable(EmbeddedStore.databaseFile(url));
    }

    public DataSource dataSource() {
        return pool;
    }

    /** When what was committed is on disk (H2 writes commits to its file later): see {@link Durability}. */
    public Durability durability() {
        return durability;
    }

    /** The embedded H2 store's {@link DataVersion}; empty on PostgreSQL, whose change notices say what changed. */
    public java.util.Optional<DataVersion> dataVersion() {
        return onPostgres() ? java.util.Optional.empty() : java.util.Optional.of(new DataVersion(this));
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error on " + JdbcUrls.withoutSecrets(url) + ": " + e.getMessage(), e);
        }
    }

    /** Runs the work and rolls it back whatever happens: "what would happen if", with the real rules. */
    public <T> T rolledBack(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("database error on " + JdbcUrls.withoutSecrets(url) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        durability.close();
        pool.close();
    }
}
