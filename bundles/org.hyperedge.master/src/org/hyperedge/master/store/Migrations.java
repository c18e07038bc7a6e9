package org.hyperedge.master.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned SQL migrations ({@code migrations/V<n>__<name>.sql}, listed in ascending order in
 * {@code migrations/index}), each applied once in a transaction of its own and recorded with its
 * checksum; a migration changed after it was applied is refused rather than half-trusted. A script whose first
 * line is {@value #POSTGRESQL_ONLY} is run on PostgreSQL only, and recorded as applied on H2 (what it makes has no
 * meaning for one process on a file: triggers that tell other processes of changes, say); one whose first line is
 * {@value #H2_ONLY} the other way round (the same thing in H2's words, where the two dialects differ).
 */
public final class Migrations {

    private static final Pattern FILE = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");
    static final String POSTGRESQL_ONLY = "-- on PostgreSQL only";
    static final String H2_ONLY = "-- on H2 only";

    record Migration(int version, String name, String sql, String checksum) {
    }

    private Migrations() {
    }

    /**
     * The PostgreSQL advisory lock key held while migrations are checked and applied ("HYPEREDG" in ASCII): several
     * masters started together on one database migrate it once, the others wait and then find it up to date.
     */
    static final long MIGRATION_LOCK = 0x4859504552454447L;

    static void apply(Database database) {
        if (!database.onPostgres()) {
            applyUnlocked(database); // H2: one process opens the file, its own lock is enough
            return;
        }
        try (Connection lockHolder = database.dataSource().getConnection()) {
            lockHolder.setAutoCommit(true); // a session lock, held across the migrations' own transactions
            try (PreparedStatement lock = lockHolder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, MIGRATION_LOCK);
                lock.execute();
            }
            try {
                applyUnlocked(database);
            } finally {
                try (PreparedStatement unlock = lockHolder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, MIGRATION_LOCK);
                    unlock.execute();
                }
                lockHolder.setAutoCommit(false); // back to the pool as the pool hands them out
            }
        } catch (SQLException e) {
            throw new StoreException("cannot hold the migration lock on " + JdbcUrls.withoutSecrets(database.url()) + ": " + e.getMessage(), e);
        }
    }

    private static void applyUnlocked(Database database) {
        List<Migration> migrations = load();
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
        for (Migration migration : migrations) {
            database.inTransaction(connection -> {
                String applied = appliedChecksum(connection, migration.version());
                if (applied == null) {
                    run(connection, migration, database.onPostgres());
                } else if (!applied.equals(migration.checksum())) {
                    throw new StoreException("migration V" + migration.version() + "__" + migration.name()
                            + " was changed after it was applied to " + JdbcUrls.withoutSecrets(database.url()) + "; add a new migration instead");
                }
                return null;
            });
        }
    }

    /** The latest schema version this build knows. */
    public static int latestVersion() {
        List<Migration> migrations = load();
        return migrations.get(migrations.size() - 1).version();
    }

    private static String appliedChecksum(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
            query.setInt(1, version);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static void run(Connection connection, Migration migration, boolean onPostgres) throws SQLException {
        boolean otherStore = onPostgres ? migration.sql().startsWith(H2_ONLY + "\n")
                : migration.sql().startsWith(POSTGRESQL_ONLY + "\n");
        if (!otherStore) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(migration.sql())) {
                    statement.execute(sql);
                }
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            record.setInt(1, migration.version());
            record.setString(2, migration.name());
            record.setString(3, migration.checksum());
            record.setObject(4, OffsetDateTime.now());
            record.executeUpdate();
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new StoreException("migration script ends without ';': " + current.toString().strip());
        }
        return statements;
    }

    private static List<Migration> load() {
        List<Migration> migrations = new ArrayList<>();
        for (String file : resource("migrations/index").split("\n")) {
            if (file.isBlank()) {
                continue;
            }
            Matcher name = FILE.matcher(file.strip());
            if (!name.matches()) {
                throw new StoreException("migration file name '" + file + "' is not V<n>__<name>.sql");
            }
            int version = Integer.parseInt(name.group(1));
            int previous = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
            // versions grow; a gap is allowed (numbers are handed out to work done in parallel)
            if (version <= previous) {
                throw new StoreException("migration " + file + " is out of order: it must come after V" + previous);
            }
            String sql = resource("migrations/" + file.strip());
            migrations.add(new Migration(version, name.group(2), sql, sha256(sql)));
        }
        return migrations;
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("missing " + path + " in the master bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
