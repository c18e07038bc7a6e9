package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.Migrations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: several masters started together on one PostgreSQL database migrate it once. Without the advisory lock
 * two of them race on {@code CREATE TABLE} and on the same {@code schema_version} row, and one fails to start.
 */
class MigrationLockTest {

    private static final int MASTERS = 3;

    @TempDir
    Path directory;

    @Test
    void mastersOpeningOneEmptyDatabaseAtOnceAllStartAndEachMigrationIsAppliedOnce() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "the advisory lock is PostgreSQL's (H2 has one process)");
        // given one empty PostgreSQL database and three masters about to open it at the same instant
        String url = TestDatabases.freshUrl(directory);
        CyclicBarrier together = new CyclicBarrier(MASTERS);
        ExecutorService masters = Executors.newFixedThreadPool(MASTERS);
        List<Future<Database>> opened = new ArrayList<>();
        try {
            // when they all open it
            for (int i = 0; i < MASTERS; i++) {
                opened.add(masters.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return Database.open(url);
                }));
            }
            List<Database> databases = new ArrayList<>();
            for (Future<Database> database : opened) {
                databases.add(database.get(120, TimeUnit.SECONDS)); // then every one starts
            }
            // then the schema is at the latest version, each migration recorded exactly once
            try (Connection connection = databases.get(0).dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT COUNT(*), COUNT(DISTINCT version), MAX(version) FROM schema_version")) {
                row.next();
                assertEquals(row.getInt(1), row.getInt(2), "a migration recorded twice");
                assertEquals(Migrations.latestVersion(), row.getInt(3));
                connection.rollback();
            }
            databases.forEach(Database::close);
        } finally {
            masters.shutdownNow();
        }
    }
}
