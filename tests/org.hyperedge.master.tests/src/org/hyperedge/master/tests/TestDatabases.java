package org.hyperedge.master.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.hyperedge.master.store.Database;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a master test runs on: an H2 file in the test's directory, or — when the test script
 * passes {@value #PROPERTY} (the PostgreSQL it started on loopback) — a new PostgreSQL database per test.
 */
final class TestDatabases {

    static final String PROPERTY = "hyperedge.test.postgres";
    private static final String POSTGRES = System.getProperty(PROPERTY, "");

    private TestDatabases() {
    }

    static boolean onPostgres() {
        return !POSTGRES.isBlank();
    }

    static String backend() {
        return onPostgres() ? "PostgreSQL" : "H2";
    }

    /** The JDBC URL of a new, empty database for one test. */
    static String freshUrl(Path directory) {
        if (!onPostgres()) {
            return Database.h2Url(directory);
        }
        String name = "hyperedge_test_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + POSTGRES + ": " + e.getMessage(), e);
        }
        return POSTGRES.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1");
    }
}
