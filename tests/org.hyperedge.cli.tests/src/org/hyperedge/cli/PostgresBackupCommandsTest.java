package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code hyperedge --db jdbc:postgresql://... backup FILE} and {@code restore FILE --trust FINGERPRINT [--force]} on a
 * real PostgreSQL (the one the test script starts on loopback), each test on databases of its own.
 */
class PostgresBackupCommandsTest {

    private static final String POSTGRES = System.getProperty("hyperedge.test.postgres", "");
    private static final Pattern TRUST = Pattern.compile("restore \\S+ --trust ([0-9a-f]{64})");

    @TempDir
    Path temp;

    @Test
    void aPostgresMasterRestoredIntoAnotherDatabaseHoldsTheSameInstancesAndStartsANewEpoch() throws Exception {
        String office = freshDatabase();
        assertEquals(Main.OK, cli(office, "office", "request", "builtin:static-web", "shop").code());
        Path backup = temp.resolve("office.backup");

        CliRun backedUp = cli(office, "office", "backup", backup.toString());
        String elsewhere = freshDatabase();
        CliRun restored = cli(elsewhere, "elsewhere", "restore", backup.toString(), "--trust", trust(backedUp));
        CliRun status = cli(elsewhere, "elsewhere", "status");

        assertEquals(Main.OK, backedUp.code(), backedUp.err());
        assertEquals(Main.OK, restored.code(), restored.err());
        assertTrue(restored.out().contains("restored the PostgreSQL master") && restored.out().contains("master epoch "),
                restored.out());
        assertTrue(status.out().contains("shop"), status.out());
        assertTrue(Files.isDirectory(temp.resolve("elsewhere").resolve("master-identity")),
                "the master's identity, the one its nodes pin, came with it");
    }

    @Test
    void aRestoreOverADatabaseWithTablesIsRefusedUnlessForcedAndThenKeepsThemAside() throws Exception {
        String office = freshDatabase();
        assertEquals(Main.OK, cli(office, "office", "request", "builtin:static-web", "shop").code());
        Path backup = temp.resolve("office.backup");
        String fingerprint = trust(cli(office, "office", "backup", backup.toString()));
        assertEquals(Main.OK, cli(office, "office", "request", "builtin:static-web", "blog").code());

        CliRun refused = cli(office, "office", "restore", backup.toString(), "--trust", fingerprint);
        CliRun untouched = cli(office, "office", "status");
        CliRun forced = cli(office, "office", "restore", backup.toString(), "--trust", fingerprint, "--force");
        CliRun restored = cli(office, "office", "status");

        assertEquals(Main.REFUSED, refused.code(), refused.out());
        assertTrue(refused.err().contains("already holds") && refused.err().contains("--force"), refused.err());
        assertTrue(untouched.out().contains("blog"), "the master in place is untouched: " + untouched.out());
        assertEquals(Main.OK, forced.code(), forced.err());
        assertTrue(restored.out().contains("shop") && !restored.out().contains("blog"), restored.out());
        String aside = schemaSetAside(forced);
        assertEquals(2, countRows(office, aside + ".instance"), "the replaced master's two instances are kept aside");
    }

    @Test
    void anEmbeddedMastersBackupIsNotRestoredIntoPostgres() throws Exception {
        Path backup = temp.resolve("laptop.backup");
        String fingerprint = trust(CliRun.inProcess(temp.resolve("laptop"), "backup", backup.toString()));

        // no server is needed: the backup is refused before anything connects
        CliRun refused = cli("jdbc:postgresql://127.0.0.1:9/none?user=nobody", "elsewhere", "restore", backup.toString(),
                "--trust", fingerprint);

        assertEquals(Main.REFUSED, refused.code(), refused.out());
        assertTrue(refused.err().contains("holds an embedded master's H2 store") && refused.err().contains("--data DIR"),
                refused.err());
        assertFalse(Files.exists(temp.resolve("elsewhere").resolve("master-identity")));
    }

    @Test
    void aPostgresBackupIsNotRestoredIntoAnEmbeddedMaster() throws Exception {
        String office = freshDatabase();
        Path backup = temp.resolve("office.backup");
        String fingerprint = trust(cli(office, "office", "backup", backup.toString()));

        CliRun refused = CliRun.inProcess(temp.resolve("laptop"), "restore", backup.toString(), "--trust", fingerprint);

        assertEquals(Main.REFUSED, refused.code(), refused.out());
        assertTrue(refused.err().contains("holds a PostgreSQL master's database") && refused.err().contains("--db"),
                refused.err());
        assertFalse(Files.exists(temp.resolve("laptop").resolve("master.mv.db")));
    }

    private CliRun cli(String url, String data, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", temp.resolve(data).toString(), "--db", url));
        all.addAll(List.of(args));
        return CliRun.inProcess(all);
    }

    private static String freshDatabase() throws SQLException {
        assumeTrue(!POSTGRES.isBlank(), "needs the PostgreSQL the test script starts (hyperedge.test.postgres)");
        String name = "hyperedge_backup_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return POSTGRES.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + name + "$1");
    }

    private static int countRows(String url, String table) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(POSTGRES);
        return admin;
    }

    private static String schemaSetAside(CliRun forced) {
        Matcher schema = Pattern.compile("kept in schema (hyperedge_replaced_\\d{8}_\\d{6})").matcher(forced.out());
        assertTrue(schema.find(), forced.out());
        return schema.group(1);
    }

    private static String trust(CliRun backedUp) {
        Matcher fingerprint = TRUST.matcher(backedUp.out());
        assertTrue(fingerprint.find(), backedUp.out() + backedUp.err());
        return fingerprint.group(1);
    }
}
