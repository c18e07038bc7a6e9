package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.Migrations;
import org.hyperedge.master.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void openingAppliesTheLatestSchemaOnce() {
        String url = TestDatabases.freshUrl(data);
        try (Database first = Database.open(url)) {
            assertEquals(Migrations.latestVersion(), appliedMigrations(first));
        }
        try (Database again = Database.open(url)) {
            assertEquals(Migrations.latestVersion(), appliedMigrations(again));
        }
        if (!TestDatabases.onPostgres()) {
            assertTrue(Files.exists(data.resolve("master.mv.db")), "the embedded master keeps a real H2 file");
        }
    }

    @Test
    void consoleAndCommandLineCanUseTheSameDatabaseAtOnce() {
        String url = TestDatabases.freshUrl(data);
        try (Database console = Database.open(url); Database commandLine = Database.open(url)) {
            console.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO instance_tree (root_title, created_at) VALUES ('shared', CURRENT_TIMESTAMP)"));

            int seen = commandLine.inTransaction(c -> {
                try (ResultSet row = c.createStatement().executeQuery("SELECT COUNT(*) FROM instance_tree")) {
                    row.next();
                    return row.getInt(1);
                }
            });

            assertEquals(1, seen);
        }
    }

    @Test
    void aMigrationChangedAfterItWasAppliedIsRefused() {
        String url = TestDatabases.freshUrl(data);
        try (Database database = Database.open(url)) {
            database.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE schema_version SET checksum = 'edited' WHERE version = 1"));
        }

        StoreException error = assertThrows(StoreException.class, () -> Database.open(url));

        assertTrue(error.getMessage().contains("migration V1__catalog_and_instances was changed after it was applied"),
                error.getMessage());
    }

    @Test
    void unsupportedJdbcUrlIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://db/master"));

        assertTrue(error.getMessage().startsWith("unsupported JDBC URL 'jdbc:mysql://db/master': expected jdbc:h2:... or jdbc:postgresql:"), error.getMessage());
    }

    private static int appliedMigrations(Database database) {
        return database.inTransaction(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet row = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
